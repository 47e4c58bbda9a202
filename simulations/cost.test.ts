import { describe, expect, it } from 'vitest';
import { breakEvenRate, costPerRequest, createRun, monthlyAlwaysOn, monthlyPayPerUse, parseScenario, prices, SECONDS_PER_MONTH } from './index';

describe('cost helpers (fact sheet §9)', () => {
  const example = { duration: 0.1, memoryMB: 512 };

  it('prices one request: 512 MB for 100 ms costs $1.0333e-6', () => {
    expect(costPerRequest(example)).toBeCloseTo(1.0333e-6, 10);
  });

  it('reproduces the worked example: break-even with a t4g.small ≈ 11.9 M requests/month ≈ 4.5 req/s', () => {
    const b = breakEvenRate({ ...example, perInstanceHour: prices.t4gSmall });
    expect(monthlyAlwaysOn({ perInstanceHour: prices.t4gSmall })).toBeCloseTo(12.26, 2);
    expect(b.requestsPerMonth / 1e6).toBeCloseTo(11.9, 1);
    expect(b.requestsPerSecond).toBeCloseTo(4.5, 1);
  });

  it('and with the free tier: ≈ 18.5 M/month ≈ 7.0 req/s; versus a t3.micro ≈ 7.35 M ≈ 2.8 req/s', () => {
    const free = breakEvenRate({ ...example, perInstanceHour: prices.t4gSmall, freeTier: prices.lambdaFreeTier });
    expect(free.requestsPerMonth / 1e6).toBeCloseTo(18.5, 1);
    expect(free.requestsPerSecond).toBeCloseTo(7.0, 1);
    const micro = breakEvenRate({ ...example, perInstanceHour: prices.t3Micro });
    expect(micro.requestsPerMonth / 1e6).toBeCloseTo(7.35, 2);
    expect(micro.requestsPerSecond).toBeCloseTo(2.8, 1);
  });

  it('matches the §9 grid row for arm 512 MB, 100 ms: 14.2 M/month', () => {
    const b = breakEvenRate({ ...example, prices: prices.lambdaArm, perInstanceHour: prices.t4gSmall });
    expect(b.requestsPerMonth / 1e6).toBeCloseTo(14.2, 1);
  });

  it('at the break-even rate both bills are equal', () => {
    for (const freeTier of [undefined, prices.lambdaFreeTier]) {
      const b = breakEvenRate({ ...example, freeTier, instances: 2 });
      expect(monthlyPayPerUse({ ...example, freeTier, rate: b.requestsPerSecond })).toBeCloseTo(monthlyAlwaysOn({ instances: 2 }), 9);
    }
  });

  it('never breaks even when requests are free', () => {
    const b = breakEvenRate({ duration: 0, memoryMB: 128, prices: { perMillionRequests: 0, perGBSecond: 0 } });
    expect(b.requestsPerSecond).toBe(Infinity);
  });

  it('a month is 730 hours', () => {
    expect(SECONDS_PER_MONTH).toBe(730 * 3600);
    expect(monthlyPayPerUse({ ...example, rate: 1 })).toBeCloseTo(costPerRequest(example) * SECONDS_PER_MONTH, 9);
  });
});

describe('cost inside a run', () => {
  it('bills requests and busy GB-seconds, init included', () => {
    const s = parseScenario({
      seed: 1,
      duration: 10_000,
      traffic: { rate: 5 },
      function: { service: { dist: 'constant', mean: 0.1 }, coldStart: { dist: 'constant', mean: 0.5 }, memoryMB: 512 },
      platform: { keepAlive: 30 },
    });
    const run = createRun(s);
    run.advanceTo(s.duration);
    const r = run.summary();
    const busySeconds = r.served * 0.1 + r.coldStarts * 0.5;
    expect(r.cost.requests).toBeCloseTo(r.served * 0.2e-6, 9);
    // Requests still running at the end are billed for the part done; allow for a handful.
    expect(r.cost.compute / (busySeconds * 0.5 * 0.0000166667)).toBeCloseTo(1, 3);
    expect(r.cost.total).toBeCloseTo(r.cost.payPerUse, 12);
    expect(r.cost.baseline).toBeCloseTo((10_000 / 3600) * 0.0168, 12);
  });

  it('a fixed fleet pays by the hour, whatever it serves', () => {
    const s = parseScenario({ preset: 'always-on-vm', duration: 7200, traffic: { rate: 1 }, platform: { instances: 3 } });
    const run = createRun(s);
    run.advanceTo(7200);
    const r = run.summary();
    expect(r.cost.payPerUse).toBe(0);
    expect(r.cost.alwaysOn).toBeCloseTo(3 * 2 * 0.0168, 12);
    expect(run.samples().at(-1)?.alwaysOnCost).toBeCloseTo(r.cost.alwaysOn, 12);
  });

  it('provisioned instances are billed for their whole life', () => {
    const s = parseScenario({ preset: 'aws-lambda-provisioned', duration: 3600, traffic: { rate: 0 } });
    const run = createRun(s);
    run.advanceTo(3600);
    const r = run.summary();
    expect(r.requests).toBe(0);
    expect(r.cost.provisioned).toBeCloseTo(5 * 3600 * (128 / 1024) * 0.0000041667, 12);
  });
});
