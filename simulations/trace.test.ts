import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, type Sample, type ScenarioInput, type TraceEvent } from './index';

/*
 * The trace's newer fields (readyAt, active, and the load, provision and drain events): replayed
 * naively, they must give the same counts the engine's own samples report, at every sample.
 */

const base: ScenarioInput = {
  seed: 7,
  duration: 1800,
  traffic: { pattern: 'onoff', rate: 30, on: 120, off: 180 },
  function: { service: { dist: 'exponential', mean: 0.5 }, coldStart: { dist: 'exponential', mean: 2 } },
  platform: { policy: 'per-request', keepAlive: 30, maxConcurrency: 1000 },
};

interface Replayed {
  readyAt: number;
  active: number;
  provisioned: boolean;
}

/** Runs `input` (with `during` applied at `at`) and checks the replayed trace at every sample. */
function replay(input: ScenarioInput, during?: { at: number; set: [string, number][] }) {
  const s = parseScenario(input);
  const live = new Map<number, Replayed>();
  const events: TraceEvent[] = [];
  const mismatches: string[] = [];
  let samples = 0;
  const check = (smp: Sample) => {
    samples++;
    let starting = 0;
    let busy = 0;
    let idle = 0;
    let inFlight = 0;
    for (const r of live.values()) {
      inFlight += r.active;
      if (r.readyAt > smp.t) starting++;
      else if (r.active > 0) busy++;
      else idle++;
    }
    const got = { starting, busy, idle, inFlight };
    const want = { starting: smp.starting, busy: smp.busy, idle: smp.idle, inFlight: smp.inFlight };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`t=${smp.t}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
  };
  const trace = (e: TraceEvent) => {
    events.push(e);
    const r = live.get(e.instance);
    if (e.kind === 'start') live.set(e.instance, { readyAt: e.readyAt ?? NaN, active: 0, provisioned: e.provisioned });
    else if (!r) mismatches.push(`${e.kind} for unknown #${e.instance}`);
    else if (e.kind === 'end') live.delete(e.instance);
    else if (e.kind === 'ready') r.readyAt = e.t;
    else if (e.kind === 'provision') r.provisioned = e.provisioned;
    else if (e.kind === 'busy' || e.kind === 'load' || e.kind === 'idle') {
      if (e.active === undefined || Math.abs(e.active - r.active) !== 1) mismatches.push(`${e.kind} #${e.instance} ${r.active} → ${e.active}`);
      r.active = e.active ?? 0;
    }
  };
  const run = createRun(s, { trace, onSample: check });
  if (during) {
    run.advanceTo(during.at);
    for (const [path, value] of during.set) run.set(path, value);
  }
  run.advanceTo(s.duration);
  return { events, mismatches, samples, live, run };
}

describe('trace', () => {
  it('start events say when the cold start ends, and ready comes exactly then', () => {
    const { events, mismatches } = replay(base);
    expect(mismatches.slice(0, 5)).toEqual([]);
    const readyAt = new Map<number, number>();
    let cold = 0;
    for (const e of events) {
      if (e.kind === 'start') {
        expect(e.readyAt).toBeGreaterThanOrEqual(e.t);
        readyAt.set(e.instance, e.readyAt ?? NaN);
        if ((e.readyAt ?? 0) > e.t) cold++;
      }
      if (e.kind === 'ready') expect(e.t).toBe(readyAt.get(e.instance));
    }
    expect(cold).toBeGreaterThan(20);
    // Concurrency 1: busy and idle say everything; no load events.
    expect(events.some((e) => e.kind === 'load')).toBe(false);
  });

  it('with concurrency above 1, load events keep each instance’s request count, matching every sample', () => {
    const { events, mismatches, samples } = replay({ ...base, function: { ...base.function, concurrency: 8 } });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(samples).toBeGreaterThan(100);
    expect(Math.max(...events.filter((e) => e.kind === 'load').map((e) => e.active ?? 0))).toBeGreaterThan(2);
  });

  it('min instances changed mid-run: provision events flip live instances both ways', () => {
    const input = { ...base, platform: { ...base.platform, minInstances: 2 } };
    const up = replay(input, { at: 130, set: [['platform.minInstances', 6]] });
    expect(up.mismatches.slice(0, 5)).toEqual([]);
    const flips = up.events.filter((e) => e.kind === 'provision');
    expect(flips.length).toBeGreaterThan(0);
    expect(flips.every((e) => e.provisioned && e.t === 130)).toBe(true);

    const down = replay(input, { at: 600, set: [['platform.minInstances', 0]] });
    expect(down.mismatches.slice(0, 5)).toEqual([]);
    const off = down.events.filter((e) => e.kind === 'provision');
    expect(off).toHaveLength(2);
    expect(off.every((e) => !e.provisioned)).toBe(true);
    // No longer provisioned, they idle out like any other instance.
    for (const e of off) expect(down.events.some((x) => x.kind === 'end' && x.instance === e.instance && !x.provisioned)).toBe(true);
    expect([...down.live.values()].some((r) => r.provisioned)).toBe(false);
  });

  it('a shrinking target-tracking fleet drains busy instances: no request after drain, then end', () => {
    const { events, mismatches } = replay({
      ...base,
      duration: 900,
      traffic: { pattern: 'steps', rate: 400, steps: [{ at: 300, rate: 5 }] },
      function: { ...base.function, concurrency: 10 },
      platform: { policy: 'target-tracking', maxConcurrency: 1000, autoscaler: { target: 10, targetUtilization: 0.7 } },
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    const drained = new Set<number>();
    let ended = 0;
    for (const e of events) {
      if (e.kind === 'drain') drained.add(e.instance);
      else if (drained.has(e.instance) && e.kind === 'busy') throw new Error(`#${e.instance} took a request after draining`);
      else if (drained.has(e.instance) && e.kind === 'end') ended++;
    }
    expect(drained.size).toBeGreaterThan(0);
    expect(ended).toBe(drained.size);
  });

  it('tracing changes nothing the run reports', () => {
    const input = { ...base, function: { ...base.function, concurrency: 4 } };
    const a = createRun(parseScenario(input));
    a.advanceTo(1800);
    const b = replay(input).run;
    expect(b.summary()).toEqual(a.summary());
    expect(b.samples()).toEqual(a.samples());
    expect(b.requestCounts()).toEqual(a.requestCounts());
  });

  it('requestCounts: queued now and turned away so far agree with the summary', () => {
    const run = createRun(
      parseScenario({ ...base, traffic: { pattern: 'constant', rate: 50 }, platform: { policy: 'per-request', maxConcurrency: 5, queue: { size: 20, timeout: 3 } } }),
    );
    run.advanceTo(600);
    const c = run.requestCounts();
    const s = run.summary();
    expect(c.turnedAway).toBeGreaterThan(1000);
    expect(c.turnedAway).toBe(s.rejected);
    expect(c.queued).toBe(s.queued);
    expect(c.queued).toBeGreaterThan(0);
  });
});
