/**
 * A run: the engine plus what a widget needs around it: samples at a fixed interval (the newest
 * `sampleLimit` kept, in a ring), the summary, scripted changes and Run.set. A change made with
 * set() at time t and one scripted at t give the same run, bit for bit.
 */
import { Engine, PER_REQUEST, FIXED, type TraceEvent } from './engine';
import { Kpa } from './knative';
import { Sampler } from './distributions';
import { nextArrival } from './traffic';
import { chartHistogram, type ChartHistogram } from './histogram';
import { CostMeter, makeSample, makeSummary, resetInterval, snapshot, type Counters, type Sample, type SampleMarks, type Summary } from './metrics';
import { applySet, ScenarioError } from './scenario';
import type { Scenario, SetValue } from './types';

export interface RunOptions {
  /** Called with every sample as it is made, including those the ring later drops. */
  onSample?: (s: Sample) => void;
  /** Instance lifecycle events, for tests and teaching tools; costs nothing when absent. */
  trace?: (e: TraceEvent) => void;
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
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

  constructor(s: Scenario, opts: RunOptions) {
    const e = new Engine(s, opts.trace);
    this.e = e;
    this.onSample = opts.onSample;
    this.meter = new CostMeter(s);
    this.from = snapshot(e, this.meter, false);
    e.onSampleTimer = () => this.sample();
    e.onWarmupTimer = () => this.markWarmup();
    e.onChangeTimer = (t) => this.scripted(t);
    e.sampleAt = s.sampleInterval <= s.duration ? s.sampleInterval : Infinity;
    e.warmupAt = s.warmup > 0 ? s.warmup : Infinity;
    e.changeAt = s.changes[0]?.at ?? Infinity;
    e.resetTimer();
  }

  get time(): number {
    return this.e.now;
  }
  get done(): boolean {
    return this.e.now >= this.e.s.duration;
  }
  get scenario(): Scenario {
    return this.e.s;
  }

  advanceTo(t: number): void {
    this.e.advanceTo(t);
  }

  set(path: string, value: SetValue): void {
    this.apply(applySet(this.e.s, path, value));
  }

  samples(): readonly Sample[] {
    if (!this.cache) this.cache = [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)];
    return this.cache;
  }

  /** Before the warm-up ends the measured interval is empty. */
  private inWarmup(): boolean {
    return this.e.warmupAt !== Infinity;
  }

  summary(): Summary {
    const now = snapshot(this.e, this.meter, this.inWarmup());
    return this.inWarmup() ? makeSummary(this.e, now, now) : makeSummary(this.e, { ...this.from, hist: this.fromHist }, now);
  }

  latencyHistogram(): ChartHistogram {
    const e = this.e;
    if (this.inWarmup()) return { bounds: [], cold: [], warm: [] };
    const h = this.fromHist;
    if (!h) return chartHistogram(e.hCold, e.hWarm);
    const n = e.hCold.length;
    return chartHistogram(
      e.hCold.map((v, i) => v - (h[i] as number)),
      e.hWarm.map((v, i) => v - (h[i + n] as number)),
    );
  }

  // ---------------------------------------------------------------- timers

  private sample(): void {
    const e = this.e;
    const s = makeSample(e, this.meter, this.marks);
    resetInterval(e);
    const limit = e.s.sampleLimit;
    if (this.ring.length < limit) {
      this.ring.push(s);
    } else {
      this.ring[this.ringStart] = s;
      this.ringStart = (this.ringStart + 1) % limit;
    }
    this.cache = null;
    this.onSample?.(s);
    e.sampleN++;
    const next = (e.sampleN + 1) * e.s.sampleInterval;
    e.sampleAt = next <= e.s.duration ? next : Infinity;
  }

  private markWarmup(): void {
    const e = this.e;
    const snap = snapshot(e, this.meter, true);
    this.fromHist = snap.hist;
    this.from = snap;
    e.peakAlive = e.alive;
    e.peakBusy = e.busy;
    e.latMin = Infinity;
    e.latMax = 0;
  }

  private scripted(t: number): void {
    const e = this.e;
    const list = e.s.changes;
    while (e.changeIdx < list.length && (list[e.changeIdx]?.at ?? Infinity) <= t) {
      const c = list[e.changeIdx++];
      for (const [path, value] of Object.entries(c?.set ?? {})) {
        try {
          this.apply(applySet(e.s, path, value));
        } catch (err) {
          // Valid when parsed, but a learner's own change since may have made it inconsistent
          // (say, min instances above a lowered maximum): the learner's setting wins.
          if (!(err instanceof ScenarioError)) throw err;
        }
      }
    }
    e.changeAt = list[e.changeIdx]?.at ?? Infinity;
  }

  // ---------------------------------------------------------------- changes

  private apply(next: Scenario): void {
    const e = this.e;
    const old = e.s;
    const t = e.now;
    e.clock(t);
    this.meter.refold(e, next);
    e.s = next;
    e.derive(next);
    const p = next.platform;
    const op = old.platform;
    if (!same(old.traffic, next.traffic)) {
      e.traffic = next.traffic;
      // Memorylessness: redrawing the next arrival from now is exact for the new rate.
      e.nextArr = nextArrival(next.traffic, t, e.arrRng, next.duration);
    }
    if (!same(old.function.service, next.function.service)) e.svc = new Sampler(next.function.service);
    if (!same(old.function.coldStart, next.function.coldStart)) e.cs = new Sampler(next.function.coldStart);
    if (old.function.concurrency !== next.function.concurrency) e.refreeAll();
    if (!same(op.scaleUpLimit, p.scaleUpLimit)) {
      e.tokens = op.scaleUpLimit ? Math.min(e.tokCap, e.tokens + (t - e.tokT) * (op.scaleUpLimit.instances / op.scaleUpLimit.per)) : e.tokCap;
      e.tokT = t;
    }
    if (e.policy === PER_REQUEST) {
      if (op.keepAlive !== p.keepAlive) e.expireOverdue(t);
      if (op.minInstances !== p.minInstances) e.setProvisioned(p.minInstances, t);
    } else if (e.policy === FIXED) {
      if (op.instances !== p.instances) e.scaleTo(p.instances, t);
    } else if (op.autoscaler.tick !== p.autoscaler.tick) {
      e.kpa = new Kpa(p.autoscaler.tick, t, e.aInFlight + e.aQueued, e.alive - e.draining - e.starting);
      e.tickN = Math.floor(t / p.autoscaler.tick);
      e.tickAt = (e.tickN + 1) * p.autoscaler.tick;
    }
    if (e.q.len > 0) e.drainQueue(t);
    e.resetTimer();
  }
}

/** Starts a run at t = 0; nothing is simulated until advanceTo. */
export function createRun(scenario: Scenario, options: RunOptions = {}): Run {
  return new RunImpl(scenario, options);
}
