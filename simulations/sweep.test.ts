import { describe, expect, it } from 'vitest';
import { aggregate, crossing, PointCollector, runPoint, runSweep, sweepSeeds, sweepValues, type Outcome, type SweepPoint } from './sweep';
import { createRun, parseScenario, type ScenarioInput } from './index';

// Sparse traffic: a minute of requests then four of silence, as the scale-to-zero lesson's preset.
const sparse = (keepAlive: number, seed: number): ScenarioInput => ({
  seed,
  duration: 3600,
  traffic: { pattern: 'onoff', rate: 0.25, on: 60, off: 240 },
  function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 0.5 } },
  platform: { policy: 'per-request', keepAlive, maxConcurrency: 1000 },
});

const busy = (maxConcurrency: number, seed: number): ScenarioInput => ({
  seed,
  duration: 600,
  traffic: { pattern: 'constant', rate: 50 },
  function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 0.5 } },
  platform: { policy: 'per-request', keepAlive: 60, maxConcurrency },
});

const medians = (points: SweepPoint[], id: keyof Outcome) => points.map((p) => p.outcomes[id].median);

describe('sweep values and seeds', () => {
  it('spans the range inclusively, linear or logarithmic', () => {
    expect(sweepValues(0, 10, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const log = sweepValues(1, 1000, 4, { log: true });
    expect(log).toEqual([1, 10, 100, 1000]);
    // A zero start cannot be logarithmic: it falls back to linear.
    expect(sweepValues(0, 30, 4, { log: true })).toEqual([0, 10, 20, 30]);
    expect(sweepValues(10, 0, 3)).toEqual([0, 5, 10]);
  });

  it('rounds integer settings and drops the repeats', () => {
    expect(sweepValues(1, 5, 30, { integer: true })).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every value the same seeds', () => {
    expect(sweepSeeds(42, 3)).toEqual([42, 43, 44]);
  });
});

describe('what the model must show', () => {
  it('cold starts fall as keep-alive rises on sparse traffic, and idle instances pile up', () => {
    const points = runSweep([1, 10, 60, 300, 1800], sweepSeeds(42, 3), sparse);
    const cold = medians(points, 'coldStarts');
    // Gaps of ~4 s inside a burst: a 1 s keep-alive starts cold nearly every time.
    expect(cold[0]).toBeGreaterThan(50);
    // Longer than the four-minute silences: only the first requests start cold (~180 in the hour).
    expect(cold[4]).toBeLessThan(3);
    for (let i = 1; i < cold.length; i++) expect(cold[i]).toBeLessThanOrEqual(cold[i - 1] as number);
    const idle = medians(points, 'idle');
    for (let i = 1; i < idle.length; i++) expect(idle[i]).toBeGreaterThan(idle[i - 1] as number);
    // Kept past every silence, one instance idles nearly the whole month (730 h, ~1 % busy).
    expect(idle[4]).toBeGreaterThan(650);
  });

  it('rejected requests rise as max concurrency falls', () => {
    const points = runSweep([2, 5, 10, 20, 40], sweepSeeds(7, 2), busy);
    const rejected = medians(points, 'rejected');
    // 50 req/s of 0.2 s each needs about 10 instances busy.
    expect(rejected[0]).toBeGreaterThan(70);
    expect(rejected[4]).toBeLessThan(0.5);
    for (let i = 1; i < rejected.length; i++) expect(rejected[i]).toBeLessThan(rejected[i - 1] as number);
  });

  it('a point is the run summary itself, in display units', () => {
    const input = busy(10, 3);
    const s = parseScenario(input);
    const run = createRun(s);
    run.advanceTo(s.duration);
    const sum = run.summary();
    const o = runPoint(input);
    expect(o.rejected).toBeCloseTo(sum.rejectionFraction * 100, 10);
    expect(o.coldStarts).toBeCloseTo(sum.coldStartFraction * 100, 10);
    expect(o.p99).toBeCloseTo(sum.latency.p99 * 1000, 10);
    expect(o.cost).toBeCloseTo((sum.cost.total * 730 * 3600) / 600, 10);
  });

  it('pay-per-use crosses the always-on server at the break-even rate', () => {
    const at = (rate: number, seed: number): ScenarioInput => ({
      seed,
      duration: 600,
      traffic: { pattern: 'constant', rate },
      function: { service: { dist: 'constant', mean: 0.1 }, coldStart: { dist: 'constant', mean: 0.3 }, memoryMB: 512 },
      platform: { policy: 'per-request', keepAlive: 600, maxConcurrency: 1000 },
      cost: { perMillionRequests: 0.2, perGBSecond: 0.0000166667, perInstanceHour: 0.0168, baselineInstances: 1 },
    });
    const points = runSweep(sweepValues(1, 20, 20, { log: true }), [1], at);
    const cost = medians(points, 'cost');
    expect(cost[cost.length - 1]).toBeGreaterThan(cost[0] as number);
    // Per request 0.2 µ$ + 0.1 s × 0.5 GB × 16.67 µ$; a server hour 1.68 ¢: about 4.5 req/s.
    const even = crossing(points, 'cost', 'alwaysOn');
    expect(even).toBeGreaterThan(4.2);
    expect(even).toBeLessThan(4.8);
  });
});

describe('reducing seeds to a band', () => {
  const o = (n: number): Outcome => ({ coldStarts: n, p99: n, cost: n, rejected: n, alwaysOn: n, idle: n });
  it('takes min, median and max', () => {
    expect(aggregate(5, [o(3), o(1), o(2)]).outcomes.p99).toEqual({ min: 1, median: 2, max: 3 });
    expect(aggregate(5, [o(4), o(1)]).outcomes.cost).toEqual({ min: 1, median: 2.5, max: 4 });
  });

  it('hands back a point only once all its seeds are in, whatever the order', () => {
    const c = new PointCollector([10, 20], 2);
    expect(c.add(1, o(1))).toBeNull();
    expect(c.add(0, o(1))).toBeNull();
    expect(c.add(1, o(3))?.value).toBe(20);
    expect(c.add(0, o(5))?.outcomes.rejected.median).toBe(3);
  });
});
