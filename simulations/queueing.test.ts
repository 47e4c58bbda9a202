/**
 * The engine against queueing theory. Run lengths are chosen for statistical power (the
 * tolerance is several standard errors wide), the seeds are arbitrary and fixed.
 */
import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, type ScenarioInput } from './index';
import { erlangB, erlangC, mmcMeanWait } from './testing/erlang';

function summarise(input: ScenarioInput) {
  const s = parseScenario(input);
  const run = createRun(s);
  run.advanceTo(s.duration);
  return run.summary();
}

describe('closed forms', () => {
  it("busy instances follow Little's law within 1 %", () => {
    const lambda = 10;
    const service = 0.2;
    const cold = 1;
    const r = summarise({
      seed: 42,
      duration: 100_000,
      sampleInterval: 1000,
      traffic: { pattern: 'constant', rate: lambda },
      function: { service: { dist: 'exponential', mean: service }, coldStart: { dist: 'exponential', mean: cold } },
      platform: { policy: 'per-request', keepAlive: 60, maxConcurrency: 1000 },
    });
    // A request holds its instance for its service, plus the cold start if it triggered one.
    const hold = service + r.coldStartFraction * cold;
    const expected = lambda * (1 - r.rejectionFraction) * hold;
    expect(r.coldStarts).toBeGreaterThan(100);
    expect(Math.abs(r.avgBusyInstances / expected - 1)).toBeLessThan(0.01);
  });

  it("Little's law holds with throttling and lognormal cold starts too", () => {
    const r = summarise({
      seed: 5,
      duration: 50_000,
      sampleInterval: 1000,
      traffic: { pattern: 'constant', rate: 30 },
      function: { service: { dist: 'lognormal', mean: 0.5, cv: 2 }, coldStart: { dist: 'lognormal', mean: 2, cv: 0.5 } },
      platform: { policy: 'per-request', keepAlive: 5, maxConcurrency: 16 },
    });
    const hold = 0.5 + r.coldStartFraction * 2;
    const expected = 30 * (1 - r.rejectionFraction) * hold;
    expect(r.rejectionFraction).toBeGreaterThan(0.01);
    expect(Math.abs(r.avgBusyInstances / expected - 1)).toBeLessThan(0.01);
  });

  it('a loss system matches Erlang B within 2 % relative', () => {
    const r = summarise({
      seed: 7,
      duration: 40_000,
      sampleInterval: 1000,
      traffic: { pattern: 'constant', rate: 50 },
      function: { service: { dist: 'exponential', mean: 1 }, coldStart: { dist: 'constant', mean: 0 } },
      platform: { policy: 'per-request', keepAlive: 1e9, maxConcurrency: 40 },
    });
    const b = erlangB(40, 50);
    expect(r.peakBusyInstances).toBe(40);
    expect(Math.abs(r.rejectionFraction / b - 1)).toBeLessThan(0.02);
  });

  it('Erlang B is insensitive to the service distribution (constant service)', () => {
    const r = summarise({
      seed: 8,
      duration: 40_000,
      sampleInterval: 1000,
      traffic: { pattern: 'constant', rate: 8 },
      function: { service: { dist: 'constant', mean: 1 }, coldStart: { dist: 'constant', mean: 0 } },
      platform: { policy: 'per-request', keepAlive: 1e9, maxConcurrency: 10 },
    });
    expect(Math.abs(r.rejectionFraction / erlangB(10, 8) - 1)).toBeLessThan(0.02);
  });

  it('a fixed fleet with an unbounded queue matches Erlang C within 3 %', () => {
    // ρ = 0.6: over 400,000 s the mean-wait estimate's error is about 0.7 % rms across seeds.
    const c = 5;
    const lambda = 3;
    const r = summarise({
      seed: 11,
      duration: 400_000,
      sampleInterval: 1000,
      traffic: { pattern: 'constant', rate: lambda },
      function: { service: { dist: 'exponential', mean: 1 }, concurrency: 1 },
      platform: { policy: 'fixed', instances: c },
    });
    expect(r.rejected).toBe(0);
    expect(r.avgInstances).toBeCloseTo(c, 9);
    expect(Math.abs(r.wait.waitedFraction / erlangC(c, lambda) - 1)).toBeLessThan(0.03);
    expect(Math.abs(r.wait.mean / mmcMeanWait(c, lambda, 1) - 1)).toBeLessThan(0.03);
  });

  it('the helpers agree with textbook values', () => {
    // Erlang B(1, 1) = 1/2; C(2, 1) = 1/3 (M/M/2 at ρ = 0.5).
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(mmcMeanWait(1, 0.5, 1)).toBeCloseTo(1, 12); // M/M/1: ρ/(μ−λ) = 0.5/0.5
  });
});
