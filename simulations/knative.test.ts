import { describe, expect, it } from 'vitest';
import { Kpa } from './knative';
import { createRun, isSettable, mergeScenario, parseScenario, presets, ScenarioError, scenarioToInput, type Sample } from './index';
import { files, KNATIVE_COMMIT, knativeCases, notModelled } from './validation/knative-cases';
import { checkCase, tally } from './validation/knative-check';

const defaults = parseScenario(presets.knative).platform.autoscaler;

describe('Knative KPA decision (fact sheet §5.2)', () => {
  it('the worked example: stable average 350 → 5 pods', () => {
    const kpa = new Kpa(2);
    // 60 s of 350 concurrent requests: the integral grows by 350 per second.
    let desired = 0;
    for (let t = 2; t <= 60; t += 2) desired = kpa.decide(t, 350 * t, 5, 5, defaults, 1000, 0, 1000);
    expect(desired).toBe(5);
  });

  it('a burst to 1,000 over the panic window with 5 ready pods → panic, 15 pods, held', () => {
    const kpa = new Kpa(2);
    let area = 0;
    let t = 0;
    const tick = (concurrency: number, ready: number) => {
      t += 2;
      area += concurrency * 2;
      return kpa.decide(t, area, ready, ready, defaults, 1000, 0, 1000);
    };
    for (let i = 0; i < 30; i++) tick(350, 5);
    // Three ticks (6 s) at 1,000: the panic window average is 1,000, the stable one far lower.
    tick(1000, 5);
    tick(1000, 5);
    expect(tick(1000, 5)).toBe(15);
    // Back to 350: no scale-down while panicking (at least the stable window).
    for (let i = 0; i < 25; i++) expect(tick(350, 15)).toBe(15);
    let d = 15;
    for (let i = 0; i < 40; i++) d = tick(350, 15);
    expect(d).toBeLessThan(15);
  });

  it('scales to zero only after the stable window is empty and the grace period has passed', () => {
    const kpa = new Kpa(2);
    let area = 0;
    let zeroAt = -1;
    for (let t = 2; t <= 400; t += 2) {
      if (t <= 100) area += 50 * 2;
      const d = kpa.decide(t, area, 1, 1, defaults, 1000, 0, 1000);
      if (d === 0 && zeroAt < 0) zeroAt = t;
    }
    // Traffic stopped at 100: the 60 s window empties at 160, then 30 s of grace.
    expect(zeroAt).toBeGreaterThanOrEqual(160 + 30);
    expect(zeroAt).toBeLessThanOrEqual(160 + 30 + 2);
  });
});

describe('target-tracking runs', () => {
  const run = (traffic: object, extra: object = {}) => {
    const s = parseScenario(mergeScenario(presets.knative, { seed: 2, duration: 900, sampleInterval: 5, traffic, function: { service: { dist: 'exponential', mean: 0.5 }, coldStart: { dist: 'constant', mean: 2 } } }, extra));
    const r = createRun(s);
    r.advanceTo(s.duration);
    return r;
  };

  it('sizes the fleet to concurrency ÷ 70 and spreads requests over it', () => {
    const r = run({ pattern: 'constant', rate: 1000 });
    const late = r.samples().filter((p) => p.t > 300);
    const pods = late.reduce((a, p) => a + p.instances, 0) / late.length;
    // 1,000 req/s × 0.5 s = 500 concurrent; ceil(500 / 70) = 8, with Poisson swings 8–9.
    expect(pods).toBeGreaterThanOrEqual(8);
    expect(pods).toBeLessThanOrEqual(9.5);
    for (const p of late) expect(p.idle).toBeLessThanOrEqual(1);
  });

  it('buffers requests at the activator while the first pod starts, then scales to zero', () => {
    const r = run({ pattern: 'steps', rate: 0, steps: [{ at: 100, rate: 20 }, { at: 400, rate: 0 }] });
    const s = r.summary();
    expect(s.rejected).toBe(0);
    expect(s.wait.waited).toBeGreaterThan(0);
    // The first requests waited for the 2 s pod start.
    expect(s.latency.max).toBeGreaterThan(1.9);
    expect(s.coldRequests).toBeGreaterThan(0);
    const last = r.samples().at(-1) as Sample;
    expect(last.instances).toBe(0);
    const zeroFrom = r.samples().find((p) => p.t > 400 && p.instances === 0)?.t ?? Infinity;
    expect(zeroFrom).toBeGreaterThanOrEqual(400 + 60 + 30);
  });

  it('respects min-scale and max-scale', () => {
    // 1,000 concurrent requests want 15 pods of 70; five pods of 150 slots cannot hold them.
    const r = run({ pattern: 'constant', rate: 2000 }, { function: { concurrency: 150 }, platform: { minInstances: 2, maxConcurrency: 5 } });
    for (const p of r.samples()) {
      expect(p.instances).toBeGreaterThanOrEqual(2);
      expect(p.instances).toBeLessThanOrEqual(5);
    }
    expect(r.summary().avgQueued).toBeGreaterThan(0);
  });
});

describe(`Knative Serving's own tests (${KNATIVE_COMMIT.slice(0, 7)})`, () => {
  it.each(knativeCases.map((c) => [`${c.test}: ${c.what}`, c] as const))('%s', (_name, c) => {
    const r = checkCase(c);
    expect(r.got).toEqual(r.want);
  });

  it('every case and omission names a test and one of the four files', () => {
    const known = new Set(Object.values(files));
    for (const c of [...knativeCases, ...notModelled]) {
      expect(c.test).toMatch(/^Test/);
      expect(known.has(c.file)).toBe(true);
    }
    for (const n of notModelled) expect(n.onCluster.length).toBeGreaterThan(20);
    const t = tally(knativeCases.map(checkCase));
    expect(t.agree).toBe(t.checks);
  });
});

describe('fix: the target is unset unless given (TestMakeDecider/with burst capacity set)', () => {
  // Concurrency 120 at 80 % with no target: Knative aims at 96 per pod, so 9,600 concurrent
  // requests want 100 pods (the model used to aim at min(100, 120) × 0.8 = 80: 120 pods).
  it('concurrency 120 at 80 % aims at 96', () => {
    const s = parseScenario({ function: { concurrency: 120 }, platform: { policy: 'target-tracking', autoscaler: { targetUtilization: 0.8 } } });
    const kpa = new Kpa(2);
    let d = 0;
    for (let t = 2; t <= 60; t += 2) d = kpa.decide(t, 9600 * t, 100, 100, s.platform.autoscaler, s.function.concurrency, 0, 1000);
    expect(d).toBe(100);
  });

  it('a target given is still capped by the concurrency', () => {
    const s = parseScenario({ function: { concurrency: 10 }, platform: { policy: 'target-tracking', autoscaler: { target: 50, targetUtilization: 1 } } });
    const kpa = new Kpa(2);
    let d = 0;
    for (let t = 2; t <= 60; t += 2) d = kpa.decide(t, 100 * t, 10, 10, s.platform.autoscaler, s.function.concurrency, 0, 1000);
    expect(d).toBe(10);
  });

  it('concurrency 0 is unlimited for target tracking and aims at the default 100 × 70 %', () => {
    const s = parseScenario(mergeScenario(presets.knative, {
      seed: 2, duration: 600, traffic: { pattern: 'constant', rate: 1000 },
      function: { concurrency: 0, service: { dist: 'exponential', mean: 0.5 }, coldStart: { dist: 'constant', mean: 2 } },
      platform: { autoscaler: { target: null } },
    }));
    const r = createRun(s);
    r.advanceTo(s.duration);
    const late = r.samples().filter((p) => p.t > 300);
    const pods = late.reduce((a, p) => a + p.instances, 0) / late.length;
    // 500 concurrent requests over 70 per pod: 8, with Poisson swings 8–9, as with the preset.
    expect(pods).toBeGreaterThanOrEqual(8);
    expect(pods).toBeLessThanOrEqual(9.5);
    expect(r.summary().rejected).toBe(0);
  });

  it('the target defaults to unset, and a run can still set it (the playground knob) or clear it', () => {
    const s = parseScenario({ platform: { policy: 'target-tracking' } });
    expect(s.platform.autoscaler.target).toBeNull();
    expect(isSettable('platform.autoscaler.target')).toBe(true);
    const r = createRun(s);
    r.advanceTo(10);
    r.set('platform.autoscaler.target', 50);
    expect(parseScenario(scenarioToInput(s)).platform.autoscaler.target).toBeNull();
  });

  it('concurrency 0 is refused for the other policies, naming the field', () => {
    expect(() => parseScenario({ function: { concurrency: 0 } })).toThrow(ScenarioError);
    expect(() => parseScenario({ function: { concurrency: 0 } })).toThrow(/^function\.concurrency: .*target-tracking/);
  });
});

describe('fix: an autoscaler created over more than one ready pod starts in panic (TestStartInPanicMode)', () => {
  const spec = { target: 100, panicThreshold: 220, stableWindow: 60, maxScaleUpRate: 10, maxScaleDownRate: 10 };

  it('holds the two pods it was created with while the averages are low', () => {
    // Static concurrency 10 over target 100 wants 1 pod; in panic the 2 are held.
    expect(new Kpa(2, 0, 0, 2).scale(2, 10, 10, 2, spec)).toBe(2);
    expect(new Kpa(2, 0, 0, 1).scale(2, 10, 10, 1, spec)).toBe(1);
  });

  it('a run that rebuilds the autoscaler mid-run keeps its fleet for a stable window', () => {
    const s = parseScenario(mergeScenario(presets.knative, {
      seed: 2, duration: 420, sampleInterval: 1, traffic: { pattern: 'constant', rate: 1000 },
      function: { service: { dist: 'exponential', mean: 0.5 }, coldStart: { dist: 'constant', mean: 2 } },
      // A new tick rebuilds the autoscaler; the traffic stops at the same moment.
      changes: [{ at: 300, set: { 'platform.autoscaler.tick': 1, 'traffic.rate': 0 } }],
    }));
    const r = createRun(s);
    r.advanceTo(s.duration);
    const at = (t: number) => r.samples().find((p) => p.t === t)?.instances ?? -1;
    const before = at(300);
    expect(before).toBeGreaterThanOrEqual(8);
    // Knative holds the count in panic mode until a stable window (60 s) has passed.
    for (let t = 301; t <= 359; t++) expect(at(t)).toBe(before);
    expect(at(400)).toBeLessThan(before);
  });
});
