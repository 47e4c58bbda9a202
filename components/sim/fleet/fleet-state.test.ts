import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, type Sample, type ScenarioInput, type TraceEvent } from '../../../simulations';
import { CELLS_AGAIN_BELOW, CELLS_UP_TO, FleetState, MAX_GONE, cellCaption, cellGrid, chooseScale, coldProgress, describeFleet, keepAliveLeft, type Scale } from './fleet-state';

const ev = (t: number, kind: TraceEvent['kind'], instance: number, more: Partial<TraceEvent> = {}): TraceEvent => ({ t, kind, instance, provisioned: false, ...more });

describe('fleet state: events to cells', () => {
  it('an instance starts cold, holds a waiting request, serves it, idles through its keep-alive and goes', () => {
    const f = new FleetState();
    f.apply(ev(10, 'start', 0, { readyAt: 12 }));
    const cell = f.live.get(0);
    expect(cell?.state).toBe('starting');
    expect(coldProgress(cell!, 11)).toBeCloseTo(0.5);
    f.apply(ev(10, 'busy', 0, { active: 1 }));
    expect(cell?.state).toBe('starting');
    expect(f.counts).toMatchObject({ starting: 1, busy: 0, idle: 0, waitingCold: 1 });

    f.apply(ev(12, 'ready', 0));
    expect(cell?.state).toBe('busy');
    expect(f.counts).toMatchObject({ starting: 0, busy: 1, waitingCold: 0 });

    f.apply(ev(12.2, 'idle', 0, { active: 0 }));
    expect(cell?.state).toBe('idle');
    expect(keepAliveLeft(cell!, 12.2 + 15, 60, true)).toBeCloseTo(0.75);
    // Fleets that shrink by target or by hand have no keep-alive to run down.
    expect(keepAliveLeft(cell!, 20, 60, false)).toBeNull();

    f.apply(ev(72.2, 'end', 0));
    expect(f.live.size).toBe(0);
    expect(f.gone.map((c) => [c.id, c.state, c.goneAt])).toEqual([[0, 'gone', 72.2]]);
    expect(f.counts).toEqual({ starting: 0, busy: 0, idle: 0, provisioned: 0, waitingCold: 0 });
    expect(f.takeTally()).toEqual({ started: 1, tookRequests: 1, wentIdle: 1, gone: 1 });
    expect(f.takeTally()).toEqual({ started: 0, tookRequests: 0, wentIdle: 0, gone: 0 });
  });

  it('warm and provisioned instances start idle; provisioning flips both ways and restarts the keep-alive', () => {
    const f = new FleetState();
    f.apply(ev(0, 'start', 0, { provisioned: true, readyAt: 0 }));
    f.apply(ev(0, 'start', 1, { readyAt: 0 }));
    expect(f.counts).toMatchObject({ idle: 2, provisioned: 1 });
    expect(f.tally.started).toBe(0);
    const p = f.live.get(0)!;
    expect(keepAliveLeft(p, 100, 60, true)).toBeNull();
    f.apply(ev(100, 'provision', 0, { provisioned: false }));
    expect(f.counts.provisioned).toBe(0);
    expect(keepAliveLeft(p, 130, 60, true)).toBeCloseTo(0.5);
    f.apply(ev(110, 'provision', 1, { provisioned: true }));
    expect(f.counts.provisioned).toBe(1);
  });

  it('with concurrency above 1 a busy cell holds its request count', () => {
    const f = new FleetState();
    f.apply(ev(0, 'start', 3, { readyAt: 0 }));
    f.apply(ev(1, 'busy', 3, { active: 1 }));
    f.apply(ev(1.1, 'load', 3, { active: 2 }));
    f.apply(ev(1.2, 'load', 3, { active: 3 }));
    f.apply(ev(1.5, 'load', 3, { active: 2 }));
    expect(f.live.get(3)).toMatchObject({ state: 'busy', active: 2 });
    f.apply(ev(2, 'drain', 3));
    expect(f.live.get(3)?.draining).toBe(true);
  });

  it('keeps at most MAX_GONE vanishing cells, and sweeps each once its vanishing has been shown', () => {
    const f = new FleetState();
    for (let i = 0; i < MAX_GONE + 30; i++) {
      f.apply(ev(i, 'start', i, { readyAt: i }));
      f.apply(ev(i + 0.5, 'end', i));
    }
    expect(f.gone).toHaveLength(MAX_GONE);
    expect(f.gone[0]?.id).toBe(30);
    f.sweepGone(1000, 400);
    expect(f.gone).toHaveLength(MAX_GONE);
    f.sweepGone(1399, 400);
    expect(f.gone).toHaveLength(MAX_GONE);
    f.sweepGone(1400, 400);
    expect(f.gone).toHaveLength(0);
    // Reduced motion: gone at once.
    f.apply(ev(200, 'start', 200, { readyAt: 200 }));
    f.apply(ev(201, 'end', 200));
    f.sweepGone(5000, 0);
    expect(f.gone).toHaveLength(0);
  });
});

describe('fleet state against the engine', () => {
  const base: ScenarioInput = {
    seed: 11,
    duration: 1200,
    traffic: { pattern: 'onoff', rate: 20, on: 90, off: 150 },
    function: { service: { dist: 'exponential', mean: 0.4 }, coldStart: { dist: 'exponential', mean: 1.5 } },
    platform: { policy: 'per-request', keepAlive: 20, maxConcurrency: 1000, minInstances: 1 },
  };

  function compare(input: ScenarioInput, change?: [number, string, number]) {
    const f = new FleetState();
    const bad: string[] = [];
    let n = 0;
    const onSample = (s: Sample) => {
      n++;
      let inFlight = 0;
      for (const c of f.live.values()) inFlight += c.active;
      const got = [f.counts.starting, f.counts.busy, f.counts.idle, f.instances, inFlight];
      const want = [s.starting, s.busy, s.idle, s.instances, s.inFlight];
      if (got.join() !== want.join()) bad.push(`t=${s.t} ${got.join()} vs ${want.join()}`);
    };
    const run = createRun(parseScenario(input), { trace: f.apply, onSample });
    if (change) {
      run.advanceTo(change[0]);
      run.set(change[1], change[2]);
    }
    run.advanceTo(input.duration ?? 0);
    return { bad, n, f };
  }

  it('per request, concurrency 1: every sample’s starting, busy, idle, instances and in flight', () => {
    const { bad, n, f } = compare(base);
    expect(bad.slice(0, 3)).toEqual([]);
    expect(n).toBeGreaterThan(100);
    expect(f.counts.provisioned).toBe(1);
  });

  it('concurrency 8, with min instances raised mid-run', () => {
    const { bad, f } = compare({ ...base, function: { ...base.function, concurrency: 8 } }, [400, 'platform.minInstances', 4]);
    expect(bad.slice(0, 3)).toEqual([]);
    expect(f.counts.provisioned).toBe(4);
  });

  it('a target-tracking fleet that grows and drains', () => {
    const { bad } = compare({
      ...base,
      traffic: { pattern: 'steps', rate: 300, steps: [{ at: 400, rate: 3 }] },
      function: { ...base.function, concurrency: 10 },
      platform: { policy: 'target-tracking', maxConcurrency: 1000, autoscaler: { target: 10, targetUtilization: 0.7 } },
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });
});

describe('the scale switch', () => {
  it('switches to totals above CELLS_UP_TO and back only below CELLS_AGAIN_BELOW', () => {
    const seen: Scale[] = [];
    let s: Scale = 'cells';
    for (const n of [0, 50, 100, 101, 99, 90, 80, 79, 85, 100, 101]) {
      s = chooseScale(s, n);
      seen.push(s);
    }
    expect(seen).toEqual(['cells', 'cells', 'cells', 'totals', 'totals', 'totals', 'totals', 'cells', 'cells', 'cells', 'totals']);
    expect(CELLS_AGAIN_BELOW).toBeLessThan(CELLS_UP_TO);
  });

  it('a hundred cells fit a phone-width panel; a few get large cells', () => {
    // 390 px screen: the panel's inside is about 326 px.
    const g = cellGrid(CELLS_UP_TO, 326, 112);
    expect(Math.ceil(CELLS_UP_TO / g.cols) * (g.size + g.gap) - g.gap).toBeLessThanOrEqual(112);
    expect(g.size).toBeGreaterThanOrEqual(12);
    expect(g.caption).toBe(0);
    // A few instances: large cells with their state in words under them.
    expect(cellGrid(3, 326, 112)).toMatchObject({ size: 48, caption: 16 });
    expect(cellGrid(1, 20, 112)).toMatchObject({ cols: 1 });
  });

  it('a large cell says its state in words, an idle one the keep-alive it has left', () => {
    const f = new FleetState();
    f.apply(ev(0, 'start', 0, { readyAt: 1 }));
    const c = f.live.get(0)!;
    expect(cellCaption(c, 0.5, 60, true)).toBe('cold start');
    f.apply(ev(0, 'busy', 0, { active: 1 }));
    f.apply(ev(1, 'ready', 0));
    expect(cellCaption(c, 1, 60, true)).toBe('busy');
    f.apply(ev(1.2, 'idle', 0, { active: 0 }));
    expect(cellCaption(c, 20, 60, true)).toBe('idle 42 s');
    expect(cellCaption(c, 20, 60, false)).toBe('idle');
  });
});

describe('the text alternative', () => {
  it('counts by state, waiting (queued and on cold starts) and turned away, then what happened since', () => {
    const f = new FleetState();
    f.apply(ev(0, 'start', 0, { readyAt: 3 }));
    f.apply(ev(0, 'busy', 0, { active: 1 }));
    f.apply(ev(0, 'start', 1, { readyAt: 0, provisioned: true }));
    f.apply(ev(0, 'busy', 1, { active: 1 }));
    f.apply(ev(0, 'start', 2, { readyAt: 0 }));
    expect(describeFleet(f, { queued: 3, turnedAway: 0 })).toBe('3 instances (1 provisioned): 1 starting, 1 busy, 1 idle; 4 requests waiting; 0 turned away.');
    expect(describeFleet(f, { queued: 0, turnedAway: 2 }, { at: 600, tally: f.takeTally() })).toBe(
      '3 instances (1 provisioned): 1 starting, 1 busy, 1 idle; 1 request waiting; 2 turned away. Since 10:00: 1 instance started cold, 2 became busy.',
    );
    expect(describeFleet(new FleetState(), { queued: 0, turnedAway: 0 })).toBe('0 instances: 0 starting, 0 busy, 0 idle; 0 requests waiting; 0 turned away.');
  });
});
