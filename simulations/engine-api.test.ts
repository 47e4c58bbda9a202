/**
 * The engine's surface: its state is private and spelled out, and what Run and metrics may do
 * is call its methods. The `@ts-expect-error` lines make `npm run typecheck` fail the day a
 * field becomes writable from outside again.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { parseScenario } from './index';

/** The abbreviations the engine's fields used to have; a learner reads `departureTimes`. */
const ABBREVIATED = /^(s|q|fh|cap|kpa|cs|svc|conc|prov|alive|busy|billed|lastT)$|^(d|a|h|int|tok|lat|rh|fh|arr|svc|cs|q)[A-Z]|(N|Idx|Rng|Sum)$/;

describe('the engine', () => {
  it('spells out every field it holds', () => {
    const e = new Engine(parseScenario({ preset: 'knative', duration: 60 }));
    const short = Object.keys(e).filter((k) => ABBREVIATED.test(k));
    expect(short).toEqual([]);
  });

  it('lets nothing outside write its state (checked by the type checker)', () => {
    const e = new Engine(parseScenario({ duration: 60 }));
    const writes = () => {
      // @ts-expect-error private: Run no longer schedules the engine's ticks
      e.ticks = 0;
      // @ts-expect-error private: the arrival counter is the engine's own
      e.arrivals = 0;
      // @ts-expect-error private: the instance counts are the fleet's (protected)
      e.instances = 0;
      // @ts-expect-error read-only: the queue is read through a view
      e.queue.len = 0;
      // @ts-expect-error read-only: latency extremes restart only at the warm-up's end
      e.latencies.min = 0;
    };
    expect(typeof writes).toBe('function');
    expect(e.totals().arrivals).toBe(0);
  });

  it('runs the autoscaler on its own, without a Run around it', () => {
    // The engine schedules its ticks itself: 50 requests in flight on average need several pods.
    const s = parseScenario({
      preset: 'knative',
      duration: 600,
      traffic: { pattern: 'constant', rate: 250 },
      function: { service: { dist: 'constant', mean: 0.2 }, concurrency: 10 },
    });
    const e = new Engine(s);
    e.advanceTo(s.duration);
    expect(e.gauges().instances).toBeGreaterThan(3);
    expect(e.totals().served).toBeGreaterThan(0.95 * 250 * 600);
  });

  it('reports integrals up to its own time, wherever the last event was', () => {
    const s = parseScenario({ preset: 'always-on-vm', duration: 100, traffic: { pattern: 'constant', rate: 0 }, platform: { instances: 3 } });
    const e = new Engine(s);
    e.advanceTo(40);
    // No event after t = 0: the three idle VMs' 120 instance-seconds are all tail.
    expect(e.totals().aliveSeconds).toBe(120);
    expect(e.time).toBe(40);
  });
});
