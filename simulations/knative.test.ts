import { describe, expect, it } from 'vitest';
import { Kpa } from './knative';
import { createRun, mergeScenario, parseScenario, presets, type Sample } from './index';

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
