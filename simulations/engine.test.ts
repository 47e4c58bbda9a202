import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, type Run, type Sample, type ScenarioInput, type TraceEvent } from './index';

const base: ScenarioInput = {
  seed: 42,
  duration: 3600,
  traffic: { pattern: 'constant', rate: 10 },
  function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 1 } },
  platform: { policy: 'per-request', keepAlive: 60, maxConcurrency: 1000 },
};

function finished(input: ScenarioInput, trace?: (e: TraceEvent) => void): Run {
  const s = parseScenario(input);
  const run = createRun(s, { trace });
  run.advanceTo(s.duration);
  return run;
}

describe('determinism', () => {
  it('the same seed gives the same summary and series, bit for bit', () => {
    const a = finished(base);
    const b = finished(base);
    expect(b.summary()).toEqual(a.summary());
    expect(b.samples()).toEqual(a.samples());
    expect(b.latencyHistogram()).toEqual(a.latencyHistogram());
  });

  it('a different seed gives a different run', () => {
    const a = finished(base);
    const b = finished({ ...base, seed: 43 });
    expect(b.summary().requests).not.toBe(a.summary().requests);
    expect(b.samples()).not.toEqual(a.samples());
  });

  it('does not depend on how the run is advanced (one call or many small ones)', () => {
    const whole = finished(base);
    const s = parseScenario(base);
    const steps = createRun(s);
    for (let t = 0; t <= s.duration; t += 16.7 / 1000 * 60) steps.advanceTo(t);
    steps.advanceTo(s.duration);
    expect(steps.summary()).toEqual(whole.summary());
    expect(steps.samples()).toEqual(whole.samples());
  });

  it('every policy and pattern is deterministic', () => {
    const policies: ScenarioInput[] = [
      { preset: 'cloud-run', traffic: { pattern: 'spike', rate: 2, height: 300, width: 15, period: 300 } },
      { preset: 'knative', traffic: { pattern: 'diurnal', rate: 100, period: 1800 } },
      { preset: 'always-on-vm', traffic: { pattern: 'onoff', rate: 5, on: 120, off: 300 } },
      { preset: 'aws-lambda-provisioned', traffic: { pattern: 'ramp', from: 0, to: 80, over: 1200 } },
      { preset: 'azure-flex', traffic: { pattern: 'steps', rate: 1, steps: [{ at: 600, rate: 200 }, { at: 900, rate: 0 }] } },
    ];
    for (const p of policies) {
      const input = { ...p, seed: 3, duration: 1800 };
      expect(finished(input).samples()).toEqual(finished(input).samples());
    }
  });
});

describe('instances', () => {
  it('routes every request to the newest free instance, provisioned first, and cold-starts only when none is free', () => {
    // A naive reference of the routing rule, replayed from the trace.
    const free = new Map<number, boolean>(); // creation number → provisioned
    let checked = 0;
    const fail: string[] = [];
    finished(
      {
        ...base,
        duration: 3000,
        traffic: { pattern: 'spike', rate: 3, height: 60, width: 20, period: 300 },
        platform: { policy: 'per-request', keepAlive: 40, minInstances: 2, maxConcurrency: 1000 },
      },
      (e) => {
        if (e.kind === 'start') {
          if (e.provisioned) free.set(e.instance, true);
          else if (free.size > 0) fail.push(`cold start at ${e.t} with ${free.size} free`);
        } else if (e.kind === 'idle') {
          free.set(e.instance, e.provisioned);
        } else if (e.kind === 'end') {
          free.delete(e.instance);
        } else if (e.kind === 'busy' && free.has(e.instance)) {
          const ids = [...free.keys()];
          const provisioned = ids.filter((id) => free.get(id));
          const expected = Math.max(...(provisioned.length > 0 ? provisioned : ids));
          if (e.instance !== expected) fail.push(`at ${e.t} went to #${e.instance}, expected #${expected}`);
          free.delete(e.instance);
          checked++;
        }
      },
    );
    expect(fail.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('after traffic stops, the last instance ends exactly keepAlive after the last request finished', () => {
    const events: TraceEvent[] = [];
    const keepAlive = 45;
    const run = finished(
      { ...base, duration: 600, traffic: { pattern: 'steps', rate: 20, steps: [{ at: 120, rate: 0 }] }, platform: { policy: 'per-request', keepAlive } },
      (e) => events.push(e),
    );
    const lastIdle = new Map<number, number>();
    let lastFinished = 0;
    let lastEnd = 0;
    for (const e of events) {
      if (e.kind === 'idle') {
        lastIdle.set(e.instance, e.t);
        lastFinished = Math.max(lastFinished, e.t);
      }
      if (e.kind === 'end') {
        // Every instance ends exactly keepAlive after it last became idle.
        expect(e.t - (lastIdle.get(e.instance) ?? NaN)).toBeCloseTo(keepAlive, 9);
        lastEnd = Math.max(lastEnd, e.t);
      }
    }
    expect(lastFinished).toBeGreaterThan(119);
    expect(lastEnd - lastFinished).toBeCloseTo(keepAlive, 9);
    const last = run.samples().at(-1) as Sample;
    expect(last.instances).toBe(0);
    expect(run.summary().inFlight).toBe(0);
  });

  it('keepAlive 0 scales to zero the moment a request finishes', () => {
    const run = finished({ ...base, duration: 600, platform: { policy: 'per-request', keepAlive: 0 } });
    const r = run.summary();
    expect(r.avgIdleInstances).toBe(0);
    expect(r.coldStarts).toBe(r.requests);
    expect(r.coldStartFraction).toBe(1);
  });

  it('provisioned instances are warm from the start, never end, and are preferred', () => {
    const events: TraceEvent[] = [];
    const run = finished(
      { ...base, duration: 2000, traffic: { pattern: 'onoff', rate: 2, on: 100, off: 400 }, platform: { policy: 'per-request', minInstances: 3, keepAlive: 30 } },
      (e) => events.push(e),
    );
    expect(events.filter((e) => e.kind === 'end' && e.provisioned)).toEqual([]);
    expect(events.filter((e) => e.kind === 'start' && e.provisioned && e.t === 0)).toHaveLength(3);
    for (const s of run.samples()) expect(s.instances).toBeGreaterThanOrEqual(3);
    const r = run.summary();
    // At 2 req/s × 0.2 s, three warm instances almost never all busy: few cold starts.
    expect(r.coldStarts).toBeLessThan(10);
    expect(r.cost.provisioned).toBeGreaterThan(0);
  });

  it('busy instances never exceed maxConcurrency; beyond it requests are throttled', () => {
    let busyOrStarting = 0;
    let peak = 0;
    const starting = new Set<number>();
    const run = finished(
      { ...base, duration: 600, traffic: { pattern: 'constant', rate: 200 }, function: { service: { dist: 'exponential', mean: 1 }, coldStart: { dist: 'constant', mean: 0.5 } }, platform: { policy: 'per-request', maxConcurrency: 50, keepAlive: 10 } },
      (e) => {
        if (e.kind === 'start') starting.add(e.instance);
        if (e.kind === 'busy' && !starting.has(e.instance)) busyOrStarting++;
        if (e.kind === 'start') busyOrStarting++;
        if (e.kind === 'ready') starting.delete(e.instance);
        if (e.kind === 'idle') busyOrStarting--;
        peak = Math.max(peak, busyOrStarting);
      },
    );
    const r = run.summary();
    expect(peak).toBe(50);
    expect(r.peakBusyInstances).toBe(50);
    for (const s of run.samples()) expect(s.busy + s.starting).toBeLessThanOrEqual(50);
    expect(r.rejectionFraction).toBeGreaterThan(0.5);
    expect(r.throttled).toBe(r.rejected);
  });

  it('a scale-up limit holds new instances to its rate', () => {
    const run = finished({
      ...base,
      duration: 60,
      sampleInterval: 1,
      traffic: { pattern: 'constant', rate: 2000 },
      function: { service: { dist: 'constant', mean: 1 }, coldStart: { dist: 'constant', mean: 0.2 } },
      platform: { policy: 'per-request', maxConcurrency: 10_000, scaleUpLimit: { instances: 100, per: 10 } },
    });
    let started = 0;
    for (const s of run.samples()) {
      started += s.coldStarts;
      // A full bucket of 100 at t = 0, then 10 per second.
      expect(started).toBeLessThanOrEqual(100 + 10 * s.t + 1e-9);
    }
    expect(started).toBeGreaterThan(600);
  });

  it('a bounded queue with a timeout: requests wait, then give up', () => {
    const r = finished({
      ...base,
      duration: 2000,
      traffic: { pattern: 'constant', rate: 12 },
      function: { service: { dist: 'exponential', mean: 1 }, coldStart: { dist: 'constant', mean: 0 } },
      platform: { policy: 'per-request', maxConcurrency: 10, keepAlive: 1e9, queue: { size: 20, timeout: 2 } },
    }).summary();
    expect(r.wait.waited).toBeGreaterThan(0);
    expect(r.timedOut).toBeGreaterThan(0);
    expect(r.throttled).toBeGreaterThan(0);
    expect(r.latency.max).toBeLessThan(2 + 20);
  });
});

describe('changes during a run', () => {
  const changeAt = 600;

  it('set() changes the run from that time only', () => {
    const s = parseScenario(base);
    const a = createRun(s);
    a.advanceTo(s.duration);
    const b = createRun(s);
    b.advanceTo(changeAt);
    b.set('traffic.rate', 50);
    b.advanceTo(s.duration);
    const before = (x: Run) => x.samples().filter((p) => p.t <= changeAt);
    const after = (x: Run) => x.samples().filter((p) => p.t > changeAt);
    expect(before(b)).toEqual(before(a));
    expect(after(b)).not.toEqual(after(a));
    const late = after(b).reduce((n, p) => n + p.arrivals, 0) / after(b).length;
    expect(late).toBeGreaterThan(40);
  });

  it('a scripted change equals the same change made with set() at that time', () => {
    const scripted = finished({ ...base, changes: [{ at: changeAt, set: { 'traffic.rate': 50, 'platform.keepAlive': 5 } }] });
    const s = parseScenario(base);
    const live = createRun(s);
    live.advanceTo(changeAt);
    live.set('traffic.rate', 50);
    live.set('platform.keepAlive', 5);
    live.advanceTo(s.duration);
    expect(live.samples()).toEqual(scripted.samples());
    expect(live.summary()).toEqual(scripted.summary());
  });

  it('every knob the widgets drive can be changed mid-run', () => {
    const s = parseScenario({ ...base, duration: 1200 });
    const run = createRun(s);
    const changes: [string, number | string][] = [
      ['traffic.rate', 30],
      ['function.service.mean', 0.5],
      ['function.coldStart.mean', 2],
      ['platform.keepAlive', 10],
      ['platform.maxConcurrency', 20],
      ['platform.minInstances', 3],
      ['function.concurrency', 4],
      ['function.memoryMB', 1024],
      ['traffic.pattern', 'spike'],
      ['platform.queue.size', 50],
      ['platform.queue.timeout', 3],
      ['platform.scaleUpLimit.instances', 5],
      ['platform.minInstances', 0],
      ['function.concurrency', 1],
    ];
    let t = 0;
    for (const [path, value] of changes) {
      t += 60;
      run.advanceTo(t);
      run.set(path, value);
    }
    run.advanceTo(1200);
    const r = run.summary();
    expect(r.requests).toBe(r.served + r.rejected + r.inFlight + r.queued);
    expect(run.scenario.function.memoryMB).toBe(1024);
    expect(run.scenario.platform.scaleUpLimit).toEqual({ instances: 5, per: 10 });
  });

  it('raising minInstances mid-run adds warm instances; lowering lets them expire', () => {
    const s = parseScenario({ ...base, duration: 1000, traffic: { pattern: 'constant', rate: 0.5 }, platform: { policy: 'per-request', keepAlive: 20 } });
    const run = createRun(s);
    run.advanceTo(100);
    run.set('platform.minInstances', 5);
    run.advanceTo(101);
    expect((run.samples().at(-1) as Sample).instances).toBeGreaterThanOrEqual(5);
    run.set('platform.minInstances', 0);
    run.set('traffic.rate', 0);
    run.advanceTo(200);
    expect((run.samples().at(-1) as Sample).instances).toBe(0);
  });

  it('a memory change re-prices only what comes after it', () => {
    const s = parseScenario({ ...base, duration: 1000, function: { ...base.function, memoryMB: 128 } });
    const a = createRun(s);
    a.advanceTo(500);
    const costAt500 = a.summary().cost.compute;
    a.set('function.memoryMB', 1024);
    a.advanceTo(1000);
    const b = createRun(s);
    b.advanceTo(1000);
    const secondHalf128 = b.summary().cost.compute - costAt500;
    expect(a.summary().cost.compute - costAt500).toBeCloseTo(secondHalf128 * 8, 9);
  });

  it('rejects an invalid change and names the field', () => {
    const run = createRun(parseScenario(base));
    expect(() => run.set('traffic.rate', -1)).toThrow(/^traffic\.rate: must be ≥ 0/);
    expect(() => run.set('traffic.nope', 1)).toThrow(/^traffic\.nope: unknown field/);
    expect(() => run.set('platform.policy', 'fixed')).toThrow(/^platform\.policy: cannot be changed during a run/);
    expect(() => run.set('platform.minInstances', 5000)).toThrow(/^platform\.minInstances: must not exceed/);
  });
});

describe('samples', () => {
  it('stay bounded, newest kept, at the sample interval', () => {
    const run = finished({ ...base, duration: 5000, sampleInterval: 2, sampleLimit: 100 });
    const s = run.samples();
    expect(s).toHaveLength(100);
    expect(s[0]?.t).toBe(4802);
    expect(s.at(-1)?.t).toBe(5000);
    expect(run.samples()).toBe(s);
  });

  it('count every request once across the series', () => {
    let arrivals = 0;
    let served = 0;
    const s = parseScenario({ ...base, duration: 1000 });
    const run = createRun(s, {
      onSample: (p) => {
        arrivals += p.arrivals;
        served += p.served;
        expect(p.instances).toBe(p.starting + p.busy + p.idle);
        if (p.served === 0) expect(p.p99).toBe(0);
        else expect(p.p50).toBeLessThanOrEqual(p.p99);
      },
    });
    run.advanceTo(1000);
    expect(arrivals).toBe(run.summary().requests);
    expect(served).toBe(run.summary().served);
  });

  it('sample percentiles follow the distribution in quiet and busy intervals alike', () => {
    for (const rate of [20, 400]) {
      const run = finished({ ...base, duration: 200, sampleInterval: 1, sampleLimit: 200, traffic: { pattern: 'constant', rate }, function: { service: { dist: 'exponential', mean: 1 }, coldStart: { dist: 'constant', mean: 0 } }, platform: { policy: 'per-request', keepAlive: 1e9 } });
      const late = run.samples().filter((p) => p.t > 20);
      // 20/s stays under the exact-percentile limit (64 a sample); 400/s goes through the histogram.
      expect(late.every((p) => (rate === 20 ? p.served <= 64 : p.served > 64))).toBe(true);
      const mean = (k: 'p50' | 'p95') => late.reduce((a, p) => a + p[k], 0) / late.length;
      expect(Math.abs(mean('p50') / Math.LN2 - 1)).toBeLessThan(rate === 20 ? 0.08 : 0.03);
      expect(Math.abs(mean('p95') / Math.log(20) - 1)).toBeLessThan(rate === 20 ? 0.1 : 0.03);
    }
  });

  it('latency percentiles agree with the exact distribution (constant service, no cold start)', () => {
    const r = finished({ ...base, duration: 600, function: { service: { dist: 'constant', mean: 0.25 }, coldStart: { dist: 'constant', mean: 0 } }, platform: { policy: 'per-request', keepAlive: 1e9 } }).summary();
    // Exact up to the rounding of (arrival + 0.25) − arrival.
    expect(r.latency.p50).toBeCloseTo(0.25, 9);
    expect(r.latency.p99).toBeCloseTo(0.25, 9);
    expect(r.latency.mean).toBeCloseTo(0.25, 12);
  });

  it('latency percentiles of exponential service are within the histogram resolution', () => {
    const r = finished({ ...base, duration: 20_000, function: { service: { dist: 'exponential', mean: 1 }, coldStart: { dist: 'constant', mean: 0 } }, platform: { policy: 'per-request', keepAlive: 1e9 } }).summary();
    // Exponential quantiles: −ln(1 − q).
    expect(Math.abs(r.latency.p50 / Math.LN2 - 1)).toBeLessThan(0.03);
    expect(Math.abs(r.latency.p99 / Math.log(100) - 1)).toBeLessThan(0.03);
  });

  it('the latency histogram separates cold from warm requests', () => {
    const run = finished({ ...base, duration: 3600, traffic: { pattern: 'constant', rate: 0.2 }, function: { service: { dist: 'constant', mean: 0.1 }, coldStart: { dist: 'constant', mean: 2 } }, platform: { policy: 'per-request', keepAlive: 5 } });
    const h = run.latencyHistogram();
    const r = run.summary();
    expect(h.bounds).toHaveLength(h.cold.length + 1);
    const cold = h.cold.reduce((a, b) => a + b, 0);
    const warm = h.warm.reduce((a, b) => a + b, 0);
    expect(cold).toBe(r.coldRequests);
    expect(cold + warm).toBe(r.served);
    // Cold requests took 2.1 s, warm ones 0.1 s: they fall in different buckets.
    const where = (counts: number[]) => h.bounds[counts.findIndex((c) => c > 0)] as number;
    expect(where(h.cold)).toBeGreaterThan(1.5);
    expect(where(h.warm)).toBeLessThan(0.11);
  });

  it('a warm-up is left out of the summary', () => {
    const s = parseScenario({ ...base, duration: 2000, warmup: 1000, sampleLimit: 2000 });
    const run = createRun(s);
    run.advanceTo(500);
    expect(run.summary().requests).toBe(0);
    expect(run.summary().measured).toBe(0);
    expect(run.latencyHistogram().bounds).toEqual([]);
    run.advanceTo(2000);
    const r = run.summary();
    expect(r.measured).toBe(1000);
    const measuredArrivals = run.samples().filter((p) => p.t > 1000).reduce((n, p) => n + p.arrivals, 0);
    expect(r.requests).toBe(measuredArrivals);
  });
});
