/**
 * A run: the engine plus what a widget needs around it: samples at a fixed interval (the newest
 * `sampleLimit` kept, in a ring), the summary, scripted changes and Run.set. A change made with
 * set() at time t and one scripted at t give the same run, bit for bit.
 */
import { Engine, type EngineHooks, type Totals, type TraceEvent } from './engine';
import { chartHistogram, type ChartHistogram } from './histogram';
import { CostMeter, makeSample, makeSummary, snapshot, type Counters, type Sample, type SampleMarks, type Summary } from './metrics';
import { applySet, ScenarioError } from './scenario';
import type { Tapes } from './tape';
import type { Change, Scenario, SetValue } from './types';

export interface RunOptions {
  /** Called with every sample as it is made, including those the ring later drops. */
  onSample?: (s: Sample) => void;
  /** Instance lifecycle events, for tests and teaching tools; costs nothing when absent. */
  trace?: (e: TraceEvent) => void;
  /** Kept draws of this scenario's streams, read instead of drawn (sweeps; see tape.ts). */
  tapes?: Tapes | null;
}

export interface Run {
  /** Simulated seconds reached. */
  readonly time: number;
  /** time >= scenario.duration. */
  readonly done: boolean;
  /** The scenario as it stands now, after any changes. */
  readonly scenario: Scenario;
  /** Simulates up to t (clamped to the duration); a t at or before `time` does nothing. */
  advanceTo(t: number): void;
  /** Changes one field from the current time on; throws ScenarioError naming the field. */
  set(path: string, value: SetValue): void;
  /** The newest samples (at most scenario.sampleLimit), oldest first. Same array until a new
   * sample arrives. */
  samples(): readonly Sample[];
  summary(): Summary;
  /** Response times of requests completed in the measured interval, cold and warm. */
  latencyHistogram(): ChartHistogram;
  /** Requests in the queue now, and turned away (throttled or timed out) since t = 0: cheap
   * enough to read every animation frame, unlike summary(). */
  requestCounts(): RequestCounts;
}

export interface RequestCounts {
  queued: number;
  turnedAway: number;
}

class RunImpl implements Run {
  private readonly e: Engine;
  private readonly meter: CostMeter;
  private readonly ring: Sample[] = [];
  private ringStart = 0;
  private cache: readonly Sample[] | null = null;
  private readonly marks: SampleMarks = { arrivals: 0, served: 0, rejected: 0, coldStarts: 0 };
  private from: Counters;
  private fromHist: Float64Array | null = null;
  private readonly onSample: ((s: Sample) => void) | undefined;
  private readonly scratch = {} as Totals;

  constructor(s: Scenario, opts: RunOptions) {
    const hooks: EngineHooks = {
      sample: () => this.sample(),
      warmupEnded: () => this.markWarmup(),
      scripted: (c) => this.scripted(c),
    };
    const e = new Engine(s, hooks, opts.trace, undefined, opts.tapes ?? null);
    this.e = e;
    this.onSample = opts.onSample;
    this.meter = new CostMeter(s);
    this.from = snapshot(e, this.meter, false);
  }

  get time(): number {
    return this.e.time;
  }
  get done(): boolean {
    return this.e.time >= this.e.scenario.duration;
  }
  get scenario(): Scenario {
    return this.e.scenario;
  }

  advanceTo(t: number): void {
    this.e.advanceTo(t);
  }

  set(path: string, value: SetValue): void {
    this.apply(applySet(this.e.scenario, path, value));
  }

  samples(): readonly Sample[] {
    if (!this.cache) this.cache = [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
    return this.cache;
  }

  summary(): Summary {
    const e = this.e;
    const now = snapshot(e, this.meter, e.warmingUp);
    // Before the warm-up ends the measured interval is empty.
    return e.warmingUp ? makeSummary(e, now, now) : makeSummary(e, { ...this.from, hist: this.fromHist }, now);
  }

  latencyHistogram(): ChartHistogram {
    const e = this.e;
    if (e.warmingUp) return { bounds: [], cold: [], warm: [] };
    const { coldHistogram, warmHistogram } = e.latencies;
    const h = this.fromHist;
    if (!h) return chartHistogram(coldHistogram, warmHistogram);
    const n = coldHistogram.length;
    return chartHistogram(
      coldHistogram.map((v, i) => v - (h[i] as number)),
      warmHistogram.map((v, i) => v - (h[i + n] as number)),
    );
  }

  requestCounts(): RequestCounts {
    const t = this.e.totals(this.scratch);
    return { queued: this.e.queue.len, turnedAway: t.throttled + t.timedOut };
  }

  // ---------------------------------------------------------------- the engine's timers

  private sample(): void {
    const s = makeSample(this.e, this.meter, this.marks);
    const limit = this.e.scenario.sampleLimit;
    if (this.ring.length < limit) {
      this.ring.push(s);
    } else {
      this.ring[this.ringStart] = s;
      this.ringStart = (this.ringStart + 1) % limit;
    }
    this.cache = null;
    this.onSample?.(s);
  }

  private markWarmup(): void {
    const snap = snapshot(this.e, this.meter, true);
    this.fromHist = snap.hist;
    this.from = snap;
  }

  private scripted(c: Change): void {
    for (const [path, value] of Object.entries(c.set)) {
      try {
        this.apply(applySet(this.e.scenario, path, value));
      } catch (err) {
        // Valid when parsed, but a learner's own change since may have made it inconsistent
        // (say, min instances above a lowered maximum): the learner's setting wins.
        if (!(err instanceof ScenarioError)) throw err;
      }
    }
  }

  /** The bill is folded at the old prices before the engine takes the new scenario. */
  private apply(next: Scenario): void {
    this.meter.refold(this.e, next);
    this.e.change(next);
  }
}

/** Starts a run at t = 0; nothing is simulated until advanceTo. */
export function createRun(scenario: Scenario, options: RunOptions = {}): Run {
  return new RunImpl(scenario, options);
}
