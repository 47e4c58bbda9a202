/**
 * Overloaded queues: requests arrive faster than the platform can ever serve them, so the queue
 * grows for the whole run. What the engine stores must stay bounded, and what it reports must
 * stay true: counts exactly, waits to within the queue's grouping (see queue.ts).
 */
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { MAX_GROUPS } from './queue';
import { createRun, parseScenario, type ScenarioInput } from './index';

/** One always-on server (2 requests at once), a minute of work per request, 1,000 req/s. */
const vmOverload = (hours: number): ScenarioInput => ({
  preset: 'always-on-vm',
  seed: 3,
  duration: hours * 3600,
  sampleInterval: 60,
  traffic: { pattern: 'constant', rate: 1000 },
  function: { service: { dist: 'exponential', mean: 60 } },
  platform: { instances: 1 },
});

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('an overloaded queue', () => {
  it('keeps what the engine stores bounded, whatever the queue length', () => {
    const before = process.memoryUsage().arrayBuffers;
    const run = createRun(parseScenario(vmOverload(3)));
    run.advanceTo(3 * 3600);
    expect(run.summary().queued).toBeGreaterThan(10_000_000);
    // Ten million arrival times one by one were 127 MB of typed arrays; the whole run holds 3.
    expect((process.memoryUsage().arrayBuffers - before) / 2 ** 20).toBeLessThan(16);
  });

  it('on Lambda with a concurrency of 1 and a queue without limit, too', () => {
    const s = parseScenario({
      preset: 'aws-lambda',
      duration: 7200,
      traffic: { pattern: 'constant', rate: 1000 },
      function: { service: { dist: 'exponential', mean: 0.2 } },
      platform: { maxConcurrency: 1, queue: { size: null } },
    });
    const e = new Engine(s);
    e.advanceTo(s.duration);
    expect(e.queue.len).toBeGreaterThan(7_000_000);
    expect(e.queue.storedBytes).toBeLessThanOrEqual(24 * MAX_GROUPS);
  });

  it('reports exact counts and honest waits, including those of requests still waiting', () => {
    const hours = 2;
    const T = hours * 3600;
    const run = createRun(parseScenario(vmOverload(hours)));
    run.advanceTo(T);
    const r = run.summary();
    expect(r.requests).toBe(r.served + r.rejected + r.inFlight + r.queued);
    expect(r.queued).toBeGreaterThan(7_000_000);
    // The queue grows at λ − capacity, so on average it held half its final length.
    expect(rel(r.avgQueued, ((1000 - 2 / 60) * T) / 2)).toBeLessThan(0.005);
    // Every second spent in the queue is accounted for: by requests that left it for the server,
    // and by those still in it (Little's law over the queue, L·T = Σ waits).
    const dispatched = r.served + r.inFlight;
    expect(rel(r.wait.mean * dispatched + r.wait.inQueue * r.queued, r.avgQueued * T)).toBeLessThan(1e-3);
    // Arrivals are even over the run and almost all still wait: half the run on average, the
    // oldest nearly all of it.
    expect(rel(r.wait.inQueue, T / 2)).toBeLessThan(0.01);
    expect(r.wait.oldest).toBeGreaterThan(T - 60);
    expect(r.wait.oldest).toBeLessThanOrEqual(T);
  });

  it('grouping the queue changes no count and moves waits by a hair', () => {
    // 30 req/s against 2/60: about 108,000 waiting at the end, exact under the default cap.
    const s = parseScenario({ ...vmOverload(1), traffic: { pattern: 'constant', rate: 30 } });
    const exact = new Engine(s);
    const grouped = new Engine(s, null, undefined, 256);
    exact.advanceTo(s.duration);
    grouped.advanceTo(s.duration);
    expect(exact.queue.grouped).toBe(false);
    expect(grouped.queue.grouped).toBe(true);
    const [a, b] = [exact.totals(), grouped.totals()];
    for (const k of ['arrivals', 'served', 'waited', 'dispatched', 'queuedSeconds', 'busySeconds'] as const) expect(b[k]).toBe(a[k]);
    expect(grouped.queue.len).toBe(exact.queue.len);
    expect(rel(b.totalWait, a.totalWait)).toBeLessThan(1e-3);
    expect(rel(b.totalLatency, a.totalLatency)).toBeLessThan(1e-3);
    expect(rel(grouped.queue.sum, exact.queue.sum)).toBeLessThan(1e-4);
  });

  it('times requests out at nearly the same moments when grouped', () => {
    const s = parseScenario({ ...vmOverload(1), traffic: { pattern: 'constant', rate: 100 }, platform: { instances: 1, queue: { size: null, timeout: 600 } } });
    const exact = new Engine(s);
    const grouped = new Engine(s, null, undefined, 256);
    exact.advanceTo(s.duration);
    grouped.advanceTo(s.duration);
    const timedOut = exact.totals().timedOut;
    expect(timedOut).toBeGreaterThan(250_000);
    expect(rel(grouped.totals().timedOut, timedOut)).toBeLessThan(0.002);
    expect(Math.abs(grouped.queue.len - exact.queue.len)).toBeLessThan(exact.queue.len * 0.01);
  });
});
