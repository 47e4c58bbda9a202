import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, type ScenarioInput } from './index';
import { TapeCache } from './tape';
import type { Scenario } from './types';

// One of each kind of draw the engine makes: smooth traffic (thinning), piecewise traffic,
// lognormal times (Box–Muller pairs), constant times, and the three policies.
const inputs: Record<string, ScenarioInput> = {
  'per-request, diurnal, lognormal': {
    seed: 11,
    duration: 900,
    traffic: { pattern: 'diurnal', rate: 20, period: 300, amplitude: 0.9 },
    function: { service: { dist: 'lognormal', mean: 0.3, cv: 1.5 }, coldStart: { dist: 'lognormal', mean: 1.2, cv: 0.5 } },
    platform: { policy: 'per-request', keepAlive: 20, maxConcurrency: 15, minInstances: 1 },
  },
  'per-request, spikes, queue': {
    seed: 12,
    duration: 900,
    traffic: { pattern: 'spike', rate: 2, height: 80, width: 10, period: 120 },
    function: { service: { dist: 'constant', mean: 0.4 }, coldStart: { dist: 'exponential', mean: 2 } },
    platform: { policy: 'per-request', keepAlive: 5, maxConcurrency: 8, queue: { size: 50, timeout: 3 } },
  },
  'target-tracking, on and off': {
    preset: 'knative',
    seed: 13,
    duration: 900,
    traffic: { pattern: 'onoff', rate: 40, on: 60, off: 90 },
  },
  'fixed fleet, steps': {
    seed: 14,
    duration: 900,
    traffic: { pattern: 'steps', rate: 5, steps: [{ at: 300, rate: 30 }] },
    platform: { policy: 'fixed', instances: 4 },
  },
};

const plain = (s: Scenario) => {
  const run = createRun(s);
  run.advanceTo(s.duration);
  return { summary: run.summary(), samples: run.samples() };
};

describe('tapes: draws kept once and read back', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`give a run the numbers it would have drawn, bit for bit: ${name}`, () => {
      const s = parseScenario(input);
      const cache = new TapeCache();
      const expected = plain(s);
      // Twice: the first run draws its cold starts as it goes, the second reads all back.
      for (let i = 0; i < 2; i++) {
        const run = createRun(s, { tapes: cache.for(s) });
        run.advanceTo(s.duration);
        expect(run.summary()).toEqual(expected.summary);
        expect(run.samples()).toEqual(expected.samples);
      }
    });
  }

  it('let a run leave them at a change and go on as if it had drawn for itself', () => {
    const s = parseScenario(inputs['per-request, diurnal, lognormal']);
    const cache = new TapeCache();
    const filled = createRun(s, { tapes: cache.for(s) });
    filled.advanceTo(s.duration);
    const change = (run: ReturnType<typeof createRun>) => {
      run.advanceTo(400);
      run.set('traffic.rate', 35);
      run.set('function.service.mean', 0.5);
      run.set('function.coldStart.cv', 1);
      run.advanceTo(s.duration);
      return run.summary();
    };
    expect(change(createRun(s, { tapes: cache.for(s) }))).toEqual(change(createRun(s)));
  });

  it('share a seed’s streams between values of another setting, and only the same streams', () => {
    const cache = new TapeCache();
    const a = parseScenario({ ...inputs['per-request, spikes, queue'], platform: { policy: 'per-request', keepAlive: 5 } });
    const b = parseScenario({ ...inputs['per-request, spikes, queue'], platform: { policy: 'per-request', keepAlive: 600 } });
    const other = parseScenario({ ...inputs['per-request, spikes, queue'], seed: 99 });
    const ta = cache.for(a);
    const tb = cache.for(b);
    expect(tb?.arrivals).toBe(ta?.arrivals);
    expect(tb?.service).toBe(ta?.service);
    expect(cache.for(other)?.arrivals).not.toBe(ta?.arrivals);
  });

  it('are not used for scripted changes or for runs too long to keep', () => {
    const cache = new TapeCache(10_000);
    const scripted = parseScenario({ ...inputs['fixed fleet, steps'], changes: [{ at: 100, set: { 'platform.instances': 6 } }] });
    expect(cache.for(scripted)).toBeNull();
    // 900 s at up to 85 req/s is far more than a 10,000-number budget allows.
    expect(cache.for(parseScenario(inputs['per-request, spikes, queue']))).toBeNull();
  });

  it('hold every arrival and service time a run reads before it starts, and no more than a chunk past', () => {
    const s = parseScenario(inputs['per-request, diurnal, lognormal']);
    const tapes = new TapeCache().for(s);
    if (!tapes) throw new Error('expected tapes');
    const { arrivals, service } = tapes;
    const held = [arrivals.length, service.length];
    // The last arrival held is past the end, the one a chunk before is not.
    expect(arrivals.at(arrivals.length - 1)).toBeGreaterThan(s.duration);
    expect(arrivals.at(arrivals.length - 8193)).toBeLessThanOrEqual(s.duration);
    const run = createRun(s, { tapes });
    run.advanceTo(s.duration);
    // The run drew nothing more: a request is served at most once.
    expect([arrivals.length, service.length]).toEqual(held);
    expect(run.summary().requests).toBeLessThan(service.length);
  });

  it('drop the least recently used beyond the budget', () => {
    // Each seed's tapes are drawn ahead, so measure what one holds and allow room for two.
    const at = (seed: number, duration = 300) => parseScenario({ ...inputs['fixed fleet, steps'], seed, duration });
    const sizes = new TapeCache().for(at(1));
    const one = (sizes?.arrivals.length ?? 0) + (sizes?.service.length ?? 0);
    const cache = new TapeCache(Math.floor(2.5 * one));
    const first = cache.for(at(1));
    cache.trim();
    const second = cache.for(at(2));
    cache.trim();
    // Two seeds' tapes fit: both are kept.
    expect(cache.for(at(1))?.arrivals).toBe(first?.arrivals);
    expect(cache.for(at(2))?.arrivals).toBe(second?.arrivals);
    // Seed 1 is used after seed 2, so seed 2 is the one to go when a third seed overflows.
    cache.for(at(1));
    cache.for(at(3));
    cache.trim();
    expect(cache.for(at(1))?.arrivals).toBe(first?.arrivals);
    expect(cache.for(at(2))?.arrivals).not.toBe(second?.arrivals);
  });
});
