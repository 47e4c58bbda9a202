import { describe, expect, it } from 'vitest';
import { linearTicks, logTicks, timeTicks } from './ticks';
import type { Row } from './chart-rows';

describe('linearTicks', () => {
  it.each([
    [7, false, [0, 2, 4, 6, 8]],
    [100, false, [0, 25, 50, 75, 100]],
    [0.00034, false, [0, 0.0001, 0.0002, 0.0003, 0.0004]],
    [3, true, [0, 1, 2, 3]],
    [9, true, [0, 5, 10]],
    [77, true, [0, 20, 40, 60, 80]],
  ])('max %s (integer %s) → %j', (max, integer, ticks) => {
    expect(linearTicks(max, integer)).toEqual(ticks);
  });

  it('always covers the maximum, starts at 0, and has at most six ticks', () => {
    for (const max of [0.3, 1, 1.01, 49, 50, 51, 999, 12345, 2.6e6]) {
      const t = linearTicks(max);
      expect(t[0]).toBe(0);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
      expect(t.length).toBeLessThanOrEqual(6);
    }
  });

  it('gives an axis for empty or broken data', () => {
    for (const max of [0, -1, NaN, Infinity]) expect(linearTicks(max)).toEqual([0, 1]);
  });
});

describe('timeTicks', () => {
  it('uses round clock steps and leaves the end free for its label', () => {
    expect(timeTicks(600)).toEqual([0, 120, 240, 360, 480]);
    expect(timeTicks(86400)).toEqual([0, 21600, 43200, 64800]);
  });
});

describe('logTicks', () => {
  const row = (p50: number | null, p99: number | null) => ({ p50, p95: p50, p99 }) as unknown as Row;
  it('spans the latencies shown in 1-2-5 steps', () => {
    expect(logTicks([row(40, 300)])).toEqual([20, 50, 100, 200, 500]);
  });
  it('keeps only powers of ten across many decades, and has a default', () => {
    expect(logTicks([row(1, 20000)])).toEqual([1, 10, 100, 1000, 10000]);
    expect(logTicks([row(null, null)])).toEqual([1, 10, 100, 1000]);
  });
});
