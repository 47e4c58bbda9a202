import { describe, expect, it } from 'vitest';
import { ArrivalQueue, MAX_GROUPS } from './queue';
import { Rng } from './rng';
import { exp1 } from './distributions';

/** Poisson arrival times at rate 1, seeded. */
function arrivals(n: number, seed = 1): Float64Array {
  const rng = new Rng(seed, 0);
  const out = new Float64Array(n);
  let t = 0;
  for (let i = 0; i < n; i++) out[i] = t += exp1(rng);
  return out;
}

function drain(q: ArrivalQueue): number[] {
  const out: number[] = [];
  while (q.len > 0) out.push(q.shift());
  return out;
}

describe('ArrivalQueue', () => {
  it('is an exact FIFO while it has fewer requests than groups', () => {
    const times = arrivals(5000);
    const q = new ArrivalQueue(8192);
    times.forEach((t) => q.push(t));
    expect(q.grouped).toBe(false);
    expect(q.sum).toBeCloseTo(times.reduce((a, b) => a + b, 0), 6);
    expect(drain(q)).toEqual([...times]);
  });

  it('is exact when pushes and shifts interleave around the ring', () => {
    const times = arrivals(3000, 2);
    const q = new ArrivalQueue(8192, 4);
    const out: number[] = [];
    times.forEach((t, i) => {
      q.push(t);
      if (i % 3 === 2) out.push(q.shift(), q.shift());
    });
    out.push(...drain(q));
    expect(out).toEqual([...times]);
  });

  it('stores at most maxGroups groups however many requests wait, and counts them exactly', () => {
    const n = 1_000_000;
    const times = arrivals(n, 3);
    const q = new ArrivalQueue(1024);
    times.forEach((t) => q.push(t));
    expect(q.len).toBe(n);
    expect(q.grouped).toBe(true);
    expect(q.storedBytes).toBeLessThanOrEqual(24 * 1024);
    expect(q.oldest()).toBe(times[0]);
    const sum = q.sum;
    const out = drain(q);
    expect(out).toHaveLength(n);
    // The sum it reported is the sum of what it hands out.
    expect(Math.abs(out.reduce((a, b) => a + b, 0) / sum - 1)).toBeLessThan(1e-9);
    // Still first in, first out, and each time near the true one: a group spans about
    // n / 1024 ≈ 1,000 arrivals, so ~1,000 s here; the error is well inside that.
    let maxErr = 0;
    let meanErr = 0;
    let outOfOrder = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && (out[i] as number) < (out[i - 1] as number)) outOfOrder++;
      const err = Math.abs((out[i] as number) - (times[i] as number));
      maxErr = Math.max(maxErr, err);
      meanErr += err / n;
    }
    expect(outOfOrder).toBe(0);
    expect(maxErr).toBeLessThan(2000);
    expect(meanErr).toBeLessThan(100);
    expect(out[n - 1]).toBe(times[n - 1]);
  });

  it('hands back evenly spaced arrivals exactly even when grouped', () => {
    const q = new ArrivalQueue(16);
    for (let i = 0; i < 10_000; i++) q.push(i * 0.5);
    expect(q.grouped).toBe(true);
    const worst = Math.max(...drain(q).map((t, i) => Math.abs(t - i * 0.5)));
    expect(worst).toBeLessThan(1e-6);
  });

  it('is exact again once it has drained', () => {
    const q = new ArrivalQueue(16);
    arrivals(1000, 4).forEach((t) => q.push(t));
    drain(q);
    expect(q.sum).toBe(0);
    const again = arrivals(10, 5);
    again.forEach((t) => q.push(t));
    expect(q.grouped).toBe(false);
    expect(drain(q)).toEqual([...again]);
  });

  it('takes single requests again when a grouped queue has mostly drained', () => {
    const q = new ArrivalQueue(64);
    const times = arrivals(100_000, 6);
    times.forEach((t) => q.push(t));
    while (q.len > 50) q.shift();
    const late = arrivals(10, 7).map((t) => t + 200_000);
    late.forEach((t) => q.push(t));
    const out = drain(q);
    // The new arrivals come back exactly, not spread over the gap since the old ones.
    expect(out.slice(-10)).toEqual([...late]);
  });

  it('has a cap that fits every finite queue the course lets a learner set', () => {
    expect(MAX_GROUPS).toBeGreaterThanOrEqual(100_000);
    expect(24 * MAX_GROUPS).toBeLessThanOrEqual(4 * 2 ** 20);
  });
});
