import { describe, expect, it } from 'vitest';
import type { Row } from './chart-rows';
import { sharedScale } from './shared-scale';
import { linearTicks, logTicks } from './ticks';

const row = (r: Partial<Row>): Row => ({ t: 0, rate: 0, expected: 0, throttled: 0, starting: 0, busy: 0, idle: 0, instances: 0, coldStarts: 0, p50: null, p95: null, p99: null, cost: 0, alwaysOnCost: 0, ...r });

describe('compare mode shares its axes', () => {
  it('each extent covers the larger of the two runs', () => {
    const a = [row({ rate: 5, busy: 2, idle: 1, coldStarts: 4, p50: 20, p99: 90, cost: 0.5, alwaysOnCost: 2 })];
    const b = [row({ rate: 3, throttled: 7, busy: 1, starting: 6, coldStarts: 1, p50: 5, p99: 400, cost: 1.5, alwaysOnCost: 1 })];
    const s = sharedScale([a, b]);
    // Rounded up to each axis's top tick: 7 requests/s draws 0–8.
    expect(s).toEqual({ rate: 8, instances: 8, latencyTicks: logTicks([...a, ...b]).join(','), coldStarts: 4, cost: 1.5, costWithAlwaysOn: 2 });
    // The log axis reaches from A's fastest to B's slowest.
    const ticks = s.latencyTicks.split(',').map(Number);
    expect(ticks[0]).toBeLessThanOrEqual(5);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(400);
  });

  it('stays the same while the data grows inside the axes, and each chart draws the ticks it would alone', () => {
    const grow = (k: number) => [row({ rate: k, busy: k, cost: k / 10 })];
    expect(sharedScale([grow(6.1), grow(1)])).toEqual(sharedScale([grow(7.9), grow(1)]));
    for (const max of [0.7, 3, 5.5, 7, 9, 13, 99, 1234]) {
      const t = sharedScale([grow(max)]);
      // The rounded extent gives back the same ticks as the raw one.
      expect(linearTicks(t.rate)).toEqual(linearTicks(max));
      expect(linearTicks(t.instances, true)).toEqual(linearTicks(max, true));
    }
  });
});
