/** Invariants that must hold for any scenario, on random ones (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRun, parseScenario, type Sample, type ScenarioInput } from './index';

const dist = (min: number, max: number) =>
  fc.record({
    dist: fc.constantFrom('exponential' as const, 'constant' as const, 'lognormal' as const),
    mean: fc.double({ min, max, noNaN: true }),
    cv: fc.double({ min: 0, max: 3, noNaN: true }),
  });

const traffic = fc.oneof(
  fc.record({ pattern: fc.constant('constant' as const), rate: fc.double({ min: 0, max: 40, noNaN: true }) }),
  fc.record({ pattern: fc.constant('spike' as const), rate: fc.double({ min: 0, max: 5, noNaN: true }), height: fc.double({ min: 0, max: 100, noNaN: true }), width: fc.double({ min: 1, max: 30, noNaN: true }), period: fc.double({ min: 30, max: 200, noNaN: true }) }),
  fc.record({ pattern: fc.constant('diurnal' as const), rate: fc.double({ min: 0, max: 30, noNaN: true }), amplitude: fc.double({ min: 0, max: 1, noNaN: true }), period: fc.double({ min: 20, max: 600, noNaN: true }) }),
  fc.record({ pattern: fc.constant('onoff' as const), rate: fc.double({ min: 0, max: 40, noNaN: true }), on: fc.double({ min: 1, max: 100, noNaN: true }), off: fc.double({ min: 0, max: 200, noNaN: true }) }),
  fc.record({ pattern: fc.constant('ramp' as const), from: fc.double({ min: 0, max: 40, noNaN: true }), to: fc.double({ min: 0, max: 40, noNaN: true }), over: fc.double({ min: 1, max: 600, noNaN: true }) }),
  fc.record({ pattern: fc.constant('steps' as const), rate: fc.double({ min: 0, max: 20, noNaN: true }), steps: fc.array(fc.record({ at: fc.double({ min: 0, max: 500, noNaN: true }), rate: fc.double({ min: 0, max: 40, noNaN: true }) }), { maxLength: 4 }).map((s) => [...s].sort((a, b) => a.at - b.at)) }),
);

const scenario: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer(),
    duration: fc.double({ min: 5, max: 500, noNaN: true }),
    sampleInterval: fc.constantFrom(1, 2.5, 10),
    traffic,
    service: dist(0.001, 2),
    coldStart: dist(0, 3),
    concurrency: fc.constantFrom(1, 1, 2, 5, 80),
    policy: fc.constantFrom('per-request' as const, 'per-request' as const, 'target-tracking' as const, 'fixed' as const),
    keepAlive: fc.double({ min: 0, max: 120, noNaN: true }),
    maxConcurrency: fc.integer({ min: 1, max: 60 }),
    minInstances: fc.integer({ min: 0, max: 5 }),
    instances: fc.integer({ min: 0, max: 10 }),
    queue: fc.option(fc.record({ size: fc.option(fc.integer({ min: 0, max: 50 })), timeout: fc.option(fc.double({ min: 0, max: 20, noNaN: true })) })),
    scaleUpLimit: fc.option(fc.record({ instances: fc.integer({ min: 1, max: 20 }), per: fc.double({ min: 0.5, max: 20, noNaN: true }) })),
    change: fc.option(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        path: fc.constantFrom('traffic.rate', 'platform.keepAlive', 'function.service.mean', 'function.coldStart.mean', 'function.concurrency', 'function.memoryMB'),
        value: fc.double({ min: 0.01, max: 30, noNaN: true }),
      }),
    ),
  })
  .map((r) => ({
    seed: r.seed,
    duration: r.duration,
    sampleInterval: r.sampleInterval,
    traffic: r.traffic,
    function: { service: r.service, coldStart: r.coldStart, concurrency: r.concurrency },
    platform: {
      policy: r.policy,
      keepAlive: r.keepAlive,
      maxConcurrency: r.maxConcurrency,
      minInstances: Math.min(r.minInstances, r.maxConcurrency),
      instances: r.instances,
      scaleUpLimit: r.scaleUpLimit,
      ...(r.queue ? { queue: r.queue } : {}),
    },
    changes: r.change ? [{ at: r.change.at * r.duration, set: { [r.change.path]: r.change.path === 'function.concurrency' ? Math.ceil(r.change.value) : r.change.value } }] : [],
  }));

const counts: (keyof Sample)[] = ['arrivals', 'rate', 'starting', 'busy', 'idle', 'instances', 'inFlight', 'queued', 'throttled', 'coldStarts', 'served', 'p50', 'p95', 'p99', 'cost', 'alwaysOnCost'];

describe('properties of any run', () => {
  it('no count goes negative; served + rejected + in flight = arrived; utilization in [0, 1]', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const s = parseScenario(input);
        // Plain checks per sample (expect() per field would dominate the test's time).
        const bad: string[] = [];
        const check = (ok: boolean, what: string, p: Sample) => {
          if (!ok && bad.length < 3) bad.push(`${what} at t=${p.t}: ${JSON.stringify(p)}`);
        };
        const run = createRun(s, {
          onSample: (p) => {
            for (const k of counts) check(p[k] >= 0, `${k} < 0`, p);
            check(p.instances === p.starting + p.busy + p.idle, 'instances ≠ starting + busy + idle', p);
            check(p.p50 <= p.p95 && p.p95 <= p.p99, 'percentiles out of order', p);
            if (s.platform.policy === 'per-request') check(p.busy + p.starting <= s.platform.maxConcurrency, 'over maxConcurrency', p);
            if (s.platform.policy === 'target-tracking') check(p.instances <= s.platform.maxConcurrency, 'over max-scale', p);
          },
        });
        run.advanceTo(s.duration / 3);
        run.advanceTo(s.duration);
        expect(bad).toEqual([]);
        const r = run.summary();
        expect(r.served + r.rejected + r.inFlight + r.queued).toBe(r.requests);
        expect(r.rejected).toBe(r.throttled + r.timedOut);
        expect(r.utilization).toBeGreaterThanOrEqual(0);
        expect(r.utilization).toBeLessThanOrEqual(1 + 1e-12);
        for (const x of [r.coldStartFraction, r.rejectionFraction, r.wait.waitedFraction]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        for (const x of [r.avgInstances, r.avgBusyInstances, r.avgIdleInstances, r.avgStartingInstances, r.avgInFlight, r.avgQueued, r.latency.mean, r.wait.mean]) {
          expect(x).toBeGreaterThanOrEqual(-1e-9);
        }
        expect(r.avgBusyInstances + r.avgIdleInstances).toBeLessThanOrEqual(r.avgInstances + 1e-9);
        for (const x of Object.values(r.cost)) expect(x).toBeGreaterThanOrEqual(0);
        expect(r.latency.p99).toBeLessThanOrEqual(r.latency.max + 1e-12);
        expect(r.coldRequests).toBeLessThanOrEqual(r.served + r.inFlight);
      }),
      { numRuns: 200, seed: 20260 },
    );
  });
});
