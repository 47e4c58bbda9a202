/**
 * Parameter sweeps: the same scenario run at many values of one setting, on several seeds each,
 * reduced to the outcomes a learner weighs (cold starts, p99, cost a month, rejected) with their
 * spread across seeds. Pure and synchronous: the browser's worker pool, the Node benchmark's
 * worker threads and a lesson's build-time chart all run points through `runPoint` and reduce
 * them with `aggregate`, so the three cannot disagree.
 *
 * A job is plain data (a scenario input, a value and a seed) so it can cross a postMessage.
 */
import { createRun } from './run';
import { parseScenario } from './scenario';
import { TapeCache } from './tape';
import { outcomeIds, type Band, type Outcome, type OutcomeId, type SweepPoint } from './sweep-outcomes';

/** Seconds in the 730-hour month every monthly figure of the course uses. */
const SECONDS_PER_MONTH = 730 * 3600;

export { outcomeIds, outcomeInfo, type Band, type Outcome, type OutcomeId, type OutcomeInfo, type SweepPoint } from './sweep-outcomes';

export interface SweepJob {
  /** Index of the value in the sweep (points are reassembled by it). */
  index: number;
  value: number;
  seed: number;
  /** A scenario input (anything parseScenario accepts), already holding `value` and `seed`. */
  scenario: unknown;
}

/**
 * `n` values from `from` to `to`, both included. Log spacing when asked and the range allows it
 * (a positive start): keep-alive from 1 s to an hour reads better that way. Integer settings are
 * rounded and their repeats dropped, so a short integer range gives fewer points, never twins.
 */
export function sweepValues(from: number, to: number, n: number, opts: { log?: boolean; integer?: boolean } = {}): number[] {
  const count = Math.max(2, Math.floor(n));
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const log = opts.log === true && lo > 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = i / (count - 1);
    let v = log ? lo * Math.pow(hi / lo, f) : lo + (hi - lo) * f;
    // Floating error would otherwise put the last value a hair past the range.
    if (i === count - 1) v = hi;
    v = opts.integer ? Math.round(v) : Number(v.toPrecision(6));
    if (out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** Seeds for a sweep: the learner's seed and the ones after it, the same at every value. */
export function sweepSeeds(seed: number, n: number): number[] {
  return Array.from({ length: Math.max(1, Math.floor(n)) }, (_, i) => seed + i);
}

/**
 * The jobs of a sweep, value by value (so whole points finish early and the curve grows from one
 * end). `scenarioFor` builds the input of one run; every value gets the same seeds, so the
 * difference between two points is the setting, not the traffic.
 */
export function sweepJobs(values: readonly number[], seeds: readonly number[], scenarioFor: (value: number, seed: number) => unknown): SweepJob[] {
  const jobs: SweepJob[] = [];
  values.forEach((value, index) => {
    for (const seed of seeds) jobs.push({ index, value, seed, scenario: scenarioFor(value, seed) });
  });
  return jobs;
}

/**
 * Runs one scenario to its end and reads its outcomes. Samples are not wanted, so the run takes
 * none: a sweep point costs the requests it simulates and nothing more.
 */
export function runPoint(input: unknown): Outcome {
  return measure(input).outcome;
}

/**
 * This thread's kept draws: every value of a sweep runs the same traffic on the same seeds, so
 * its arrival, service and cold-start times are drawn once per seed here and read back by each
 * run (the same numbers, bit for bit; about a fifth of a run's time is drawing them).
 */
const tapes = new TapeCache();

function measure(input: unknown): { outcome: Outcome; requests: number } {
  const parsed = parseScenario(input);
  // No samples: a sampling interval past the end takes none, and the engine then skips keeping
  // the latencies of an interval nobody reads.
  const scenario = { ...parsed, sampleInterval: Infinity, sampleLimit: 1 };
  const run = createRun(scenario, { tapes: tapes.for(scenario) });
  run.advanceTo(scenario.duration);
  tapes.trim();
  const s = run.summary();
  const month = s.measured > 0 ? SECONDS_PER_MONTH / s.measured : 0;
  const outcome = {
    coldStarts: s.coldStartFraction * 100,
    p99: s.served > 0 ? s.latency.p99 * 1000 : 0,
    cost: s.cost.total * month,
    rejected: s.rejectionFraction * 100,
    alwaysOn: (s.cost.alwaysOn > 0 ? s.cost.alwaysOn : s.cost.baseline) * month,
    idle: s.avgIdleInstances * 730,
  };
  return { outcome, requests: s.requests };
}

/** What a worker sends back for a job. */
export interface JobResult {
  index: number;
  outcome: Outcome;
  /** Requests simulated and milliseconds taken, for the benchmark's requests per second. */
  requests: number;
  ms: number;
}

/** A worker's whole task: one job in, one result out. */
export function runJob(job: SweepJob): JobResult {
  const t0 = performance.now();
  const { outcome, requests } = measure(job.scenario);
  return { index: job.index, outcome, requests, ms: performance.now() - t0 };
}

/** Min, median and max of the seeds' outcomes at one value. */
export function aggregate(value: number, outcomes: readonly Outcome[]): SweepPoint {
  const bands = {} as Record<OutcomeId, Band>;
  for (const id of outcomeIds) {
    const xs = outcomes.map((o) => o[id]).sort((a, b) => a - b);
    const n = xs.length;
    const mid = n === 0 ? 0 : n % 2 ? (xs[n >> 1] as number) : ((xs[n / 2 - 1] as number) + (xs[n / 2] as number)) / 2;
    bands[id] = { min: xs[0] ?? 0, median: mid, max: xs[n - 1] ?? 0 };
  }
  return { value, seeds: outcomes.length, outcomes: bands };
}

/**
 * Collects finished jobs and hands back a point as soon as all of its seeds are in. Shared by the
 * pools, which finish jobs in any order.
 */
export class PointCollector {
  private readonly pending = new Map<number, Outcome[]>();
  constructor(
    private readonly values: readonly number[],
    private readonly seedsPerValue: number,
  ) {}

  /** Returns the point this job completed, or null while its value still waits for seeds. */
  add(index: number, outcome: Outcome): SweepPoint | null {
    const list = this.pending.get(index) ?? [];
    list.push(outcome);
    if (list.length < this.seedsPerValue) {
      this.pending.set(index, list);
      return null;
    }
    this.pending.delete(index);
    return aggregate(this.values[index] as number, list);
  }
}

/** A whole sweep on this thread (tests, the build's lesson charts). Points in value order. */
export function runSweep(values: readonly number[], seeds: readonly number[], scenarioFor: (value: number, seed: number) => unknown): SweepPoint[] {
  const collector = new PointCollector(values, seeds.length);
  const points: SweepPoint[] = [];
  for (const job of sweepJobs(values, seeds, scenarioFor)) {
    const p = collector.add(job.index, runPoint(job.scenario));
    if (p) points.push(p);
  }
  return points;
}

/**
 * Where a rising and a falling outcome cross (the break-even of two bills), by linear
 * interpolation between the sweep's values; undefined when they do not cross inside the range.
 */
export function crossing(points: readonly SweepPoint[], a: OutcomeId, b: OutcomeId): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as SweepPoint;
    const q = points[i] as SweepPoint;
    const d0 = p.outcomes[a].median - p.outcomes[b].median;
    const d1 = q.outcomes[a].median - q.outcomes[b].median;
    if (d0 === 0) return p.value;
    if (d0 < 0 !== d1 < 0 || d1 === 0) return p.value + ((q.value - p.value) * d0) / (d0 - d1);
  }
  return undefined;
}
