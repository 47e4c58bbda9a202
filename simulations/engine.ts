/**
 * The discrete-event core: requests and time. One loop serves all three policies; per-policy
 * differences are a few branches at routing and scaling points. Everything the loop touches is
 * a number field or a typed array: no allocation per event, no closures, so a long run costs
 * time but not memory. Pure: no Math.random (seeded streams, rng.ts), no clock, no DOM.
 *
 * Event order at equal times: instance ready, departure, queue timeout, arrival, keep-alive
 * expiry, then timers (token refill, autoscaler tick, warm-up mark, sample, scripted change).
 * A sample therefore sees everything that happened at its own time, and a change made at
 * time t (scripted or Run.set) affects only what happens after t.
 *
 * All state is private (the instances' is the fleet's, protected). Run and metrics.ts read it
 * through `time`, `scenario`, `warmingUp`, `queue`, `latencies`, `totals()` and `gauges()`, and
 * change it only through `advanceTo` and `change`; the engine keeps Run's timers itself and
 * calls Run's hooks (engine-types.ts) when they fire.
 */
import { Kpa } from './knative';
import * as fleet from './fleet';
import * as pool from './pool';
import { Rng, STREAM_ARRIVALS, STREAM_SERVICE } from './rng';
import * as distributions from './distributions';
import * as traffic from './traffic';
import { Latencies, type LatencyView } from './latencies';
import { ArrivalQueue, MAX_GROUPS } from './queue';
import type { Tape, Tapes } from './tape';
import type { EngineHooks, Gauges, Totals, TraceEvent } from './engine-types';
import type { Scenario } from './types';

export type { EngineHooks, Gauges, Totals, TraceEvent } from './engine-types';

// Imported bindings can compile to getter calls (CommonJS interop in tsx, Vitest's module
// runner); read once into module constants, they cost nothing in the hot loop.
const { Fleet } = fleet;
const PER_REQUEST = fleet.PER_REQUEST;
const TARGET = fleet.TARGET;
const FIXED = fleet.FIXED;
const PROV = pool.PROV;
const DRAIN = pool.DRAIN;
const READY = pool.READY;
const ALIVE = pool.ALIVE;
const nextArrival = traffic.nextArrival;
const exp1 = distributions.exp1;
const { Sampler } = distributions;
type Sampler = distributions.Sampler;
type Traffic = traffic.Traffic;

const EV_READY = 0;
const EV_DEP = 1;
const EV_TIMEOUT = 2;
const EV_ARR = 3;
const EV_EXPIRE = 4;
const EV_TIMER = 5;

const NO_TIMERS: EngineHooks | null = null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class Engine extends Fleet {
  private current: Scenario;
  private now = 0;
  /** Time integrals are advanced only at events: this is the last one. */
  private integratedTo = 0;
  private readonly hooks: EngineHooks | null;

  // Parameters derived from the scenario (refreshed at a change), read by the hot loop; NaN
  // until then, for the reason Fleet gives.
  private queueSize = NaN;
  private queueTimeout = Infinity;
  private traffic: Traffic;
  /** The rate when traffic is constant (drawn without a call into traffic.ts), else -1. */
  private constantRate = NaN;
  private serviceTime: Sampler;
  private readonly arrivalRandom: Rng;
  private readonly serviceRandom: Rng;
  private nextArrivalAt = Infinity;
  /** Kept draws read instead of drawing (sweeps: tape.ts), with the index of the next one. */
  private arrivalTape: Tape | null = null;
  private arrivalIndex = 0;
  private serviceTape: Tape | null = null;
  private serviceIndex = 0;

  // Departures: a min-heap on time; the instance is stored as ~id for a request that met a
  // cold start.
  private departureTimes = new Float64Array(64);
  private departureInstances = new Int32Array(64);
  private departureArrivals = new Float64Array(64);
  private departureCount = 0;

  /** Requests waiting for capacity, by arrival time; bounded memory however long it grows. */
  private readonly waiting: ArrivalQueue;

  // Timers; the earliest is nextTimerAt.
  private nextTimerAt = Infinity;
  /** When the bucket will hold a token for a queued request (per-request only). */
  private tokenTimerAt = Infinity;
  private nextTickAt = Infinity;
  private ticks = 0;
  private nextSampleAt = Infinity;
  private samplesTaken = 0;
  private warmupEndsAt = Infinity;
  private nextChange = 0;
  private nextChangeAt = Infinity;
  private podAutoscaler: Kpa | null = null;

  /** Requests on instances now. */
  private inFlight = 0;

  // Counters since t = 0.
  private arrivals = 0;
  private served = 0;
  private throttled = 0;
  private timedOut = 0;
  private coldRequests = 0;
  private dispatched = 0;
  private waited = 0;
  private totalWait = 0;

  // Time integrals since t = 0, up to integratedTo.
  private aliveSeconds = 0;
  private busySeconds = 0;
  private startingSeconds = 0;
  private startingWithRequestSeconds = 0;
  private provisionedSeconds = 0;
  private busyProvisionedSeconds = 0;
  private inFlightSeconds = 0;
  private queuedSeconds = 0;

  private readonly responseTimes: Latencies;

  /**
   * `hooks`: Run's sample, warm-up and scripted-change timers (none without). `queueGroups`: see
   * ArrivalQueue; tests lower it to watch a long queue being grouped. `tapes`: the draws of this
   * scenario's streams, kept by a sweep (tape.ts), read instead of drawn.
   */
  constructor(s: Scenario, hooks = NO_TIMERS, trace?: (e: TraceEvent) => void, queueGroups = MAX_GROUPS, tapes: Tapes | null = null) {
    super(s, trace);
    if (tapes) {
      this.arrivalTape = tapes.arrivals;
      this.serviceTape = tapes.service;
      this.coldStartTape = tapes.coldStart;
    }
    this.current = s;
    this.hooks = hooks;
    this.waiting = new ArrivalQueue(queueGroups);
    this.responseTimes = new Latencies(hooks !== null && s.sampleInterval <= s.duration);
    this.arrivalRandom = new Rng(s.seed, STREAM_ARRIVALS);
    this.serviceRandom = new Rng(s.seed, STREAM_SERVICE);
    this.traffic = s.traffic;
    this.serviceTime = new Sampler(s.function.service);
    this.derive(s);
    const p = s.platform;
    if (this.policy === FIXED) for (let i = 0; i < p.instances; i++) this.addWarm(0, false);
    else for (let i = 0; i < p.minInstances; i++) this.addWarm(0, this.policy === PER_REQUEST);
    if (p.scaleUpLimit) this.scaleUpTokens = p.scaleUpLimit.instances;
    if (this.policy === TARGET) {
      this.podAutoscaler = new Kpa(p.autoscaler.tick);
      this.nextTickAt = p.autoscaler.tick;
    }
    this.nextArrivalAt = this.arrivalTape ? this.arrivalTape.at(0) : nextArrival(this.traffic, 0, this.arrivalRandom, s.duration);
    if (hooks) {
      this.nextSampleAt = s.sampleInterval <= s.duration ? s.sampleInterval : Infinity;
      this.warmupEndsAt = s.warmup > 0 ? s.warmup : Infinity;
      this.nextChangeAt = s.changes[0]?.at ?? Infinity;
    }
    this.resetTimer();
  }

  /** The request parameters of scenario s (the instance ones are the fleet's). */
  private derive(s: Scenario): void {
    this.queueSize = s.platform.queue.size;
    this.queueTimeout = s.platform.queue.timeout;
    this.constantRate = s.traffic.pattern === 'constant' ? s.traffic.rate : -1;
  }

  // ------------------------------------------------------------------ what Run and metrics call

  /** Simulated seconds reached. */
  get time(): number {
    return this.now;
  }

  /** The scenario as it stands, after any changes. */
  get scenario(): Scenario {
    return this.current;
  }

  /** True until the warm-up ends (always false without a warm-up or without hooks). */
  get warmingUp(): boolean {
    return this.warmupEndsAt !== Infinity;
  }

  /** The requests waiting, to read (length, oldest arrival, sum of arrivals). */
  get queue(): Readonly<Pick<ArrivalQueue, 'len' | 'sum' | 'oldest' | 'grouped' | 'storedBytes'>> {
    return this.waiting;
  }

  get latencies(): LatencyView {
    return this.responseTimes;
  }

  /** Counters and integrals now; `o`, when given, is filled instead of a new object (samples). */
  totals(o: Totals = {} as Totals): Totals {
    // Integrals stop at the last event; the tail since then is added here, at the current counts.
    const dt = this.now - this.integratedTo;
    o.t = this.now;
    o.arrivals = this.arrivals;
    o.served = this.served;
    o.throttled = this.throttled;
    o.timedOut = this.timedOut;
    o.coldStarts = this.coldStarts;
    o.coldRequests = this.coldRequests;
    o.dispatched = this.dispatched;
    o.waited = this.waited;
    o.totalWait = this.totalWait;
    o.totalLatency = this.responseTimes.total;
    o.aliveSeconds = this.aliveSeconds + this.instances * dt;
    o.busySeconds = this.busySeconds + this.busyInstances * dt;
    o.startingSeconds = this.startingSeconds + this.startingInstances * dt;
    o.startingWithRequestSeconds = this.startingWithRequestSeconds + this.startingWithRequest * dt;
    o.provisionedSeconds = this.provisionedSeconds + this.provisioned * dt;
    o.busyProvisionedSeconds = this.busyProvisionedSeconds + this.busyProvisioned * dt;
    o.inFlightSeconds = this.inFlightSeconds + this.inFlight * dt;
    o.queuedSeconds = this.queuedSeconds + this.waiting.len * dt;
    return o;
  }

  /** Counts now; `o`, when given, is filled instead of a new object (samples). */
  gauges(o: Gauges = {} as Gauges): Gauges {
    o.instances = this.instances;
    o.busyInstances = this.busyInstances;
    o.startingInstances = this.startingInstances;
    o.startingWithRequest = this.startingWithRequest;
    o.provisioned = this.provisioned;
    o.busyProvisioned = this.busyProvisioned;
    o.inFlight = this.inFlight;
    o.queued = this.waiting.len;
    o.peakInstances = this.peakInstances;
    o.peakBusyInstances = this.peakBusyInstances;
    return o;
  }

  /**
   * The scenario becomes `next` from the current time on (Run.set and scripted changes). Only
   * what differs is touched, so an unchanged field leaves the run exactly as it was.
   */
  change(next: Scenario): void {
    const old = this.current;
    const t = this.now;
    this.integrate(t);
    this.leaveTapes(old);
    this.current = next;
    this.deriveFleet(next);
    this.derive(next);
    const p = next.platform;
    const op = old.platform;
    if (!same(old.traffic, next.traffic)) {
      this.traffic = next.traffic;
      // Memorylessness: redrawing the next arrival from now is exact for the new rate.
      this.nextArrivalAt = nextArrival(next.traffic, t, this.arrivalRandom, next.duration);
    }
    if (!same(old.function.service, next.function.service)) this.serviceTime = new Sampler(next.function.service);
    if (!same(old.function.coldStart, next.function.coldStart)) this.coldStartTime = new Sampler(next.function.coldStart);
    if (old.function.concurrency !== next.function.concurrency) this.refreeAll();
    if (!same(op.scaleUpLimit, p.scaleUpLimit)) {
      // Tokens earned so far at the old rate are kept, up to the new capacity.
      const earned = op.scaleUpLimit ? (t - this.tokensAt) * (op.scaleUpLimit.instances / op.scaleUpLimit.per) : Infinity;
      this.scaleUpTokens = op.scaleUpLimit ? Math.min(this.tokenCapacity, this.scaleUpTokens + earned) : this.tokenCapacity;
      this.tokensAt = t;
    }
    if (this.policy === PER_REQUEST) {
      if (op.keepAlive !== p.keepAlive) this.expireOverdue(t);
      if (op.minInstances !== p.minInstances) this.setProvisioned(p.minInstances, t);
    } else if (this.policy === FIXED) {
      if (op.instances !== p.instances) this.scaleTo(p.instances, t);
    } else if (op.autoscaler.tick !== p.autoscaler.tick) {
      const ready = this.instances - this.drainingInstances - this.startingInstances;
      this.podAutoscaler = new Kpa(p.autoscaler.tick, t, this.inFlightSeconds + this.queuedSeconds, ready);
      this.ticks = Math.floor(t / p.autoscaler.tick);
      this.nextTickAt = (this.ticks + 1) * p.autoscaler.tick;
    }
    if (this.waiting.len > 0) this.drainQueue(t);
    this.resetTimer();
  }

  /**
   * From a change on, the run draws for itself: its streams are brought to where the tapes were
   * by drawing as many numbers as were read, so what follows is the run it would have been.
   */
  private leaveTapes(old: Scenario): void {
    if (this.arrivalTape) {
      let at = 0;
      for (let i = 0; i <= this.arrivalIndex; i++) at = nextArrival(old.traffic, at, this.arrivalRandom, old.duration);
      this.arrivalTape = null;
    }
    if (this.serviceTape) {
      for (let i = 0; i < this.serviceIndex; i++) this.serviceTime.draw(this.serviceRandom);
      this.serviceTape = null;
    }
    if (this.coldStartTape) {
      for (let i = 0; i < this.coldStartIndex; i++) this.coldStartTime.draw(this.coldStartRandom);
      this.coldStartTape = null;
    }
  }

  // ------------------------------------------------------------------ the loop

  advanceTo(limit: number): void {
    const T = Math.min(limit, this.current.duration);
    if (T > this.now) this.loop(T);
  }

  /**
   * The events up to T. A method of its own, apart from advanceTo's reads of the scenario: a
   * sweep calls advanceTo once a run, so V8 optimizes it in the middle of its first loop, with no
   * record yet of what the reads before the loop met, and its next call threw that code away
   * (one more compile of the whole loop per worker, while both cores were needed).
   */
  private loop(T: number): void {
    for (;;) {
      let t = this.readyHeapSize > 0 ? (this.readyHeapTimes[0] as number) : Infinity;
      let k = EV_READY;
      if (this.departureCount > 0 && (this.departureTimes[0] as number) < t) {
        t = this.departureTimes[0] as number;
        k = EV_DEP;
      }
      if (this.waiting.len > 0) {
        const qt = this.waiting.oldest() + this.queueTimeout;
        if (qt < t) {
          t = qt;
          k = EV_TIMEOUT;
        }
      }
      if (this.nextArrivalAt < t) {
        t = this.nextArrivalAt;
        k = EV_ARR;
      }
      if (this.idleHead >= 0) {
        const et = (this.idleSince[this.idleHead] as number) + this.keepAlive;
        if (et < t) {
          t = et;
          k = EV_EXPIRE;
        }
      }
      if (this.nextTimerAt < t) {
        t = this.nextTimerAt;
        k = EV_TIMER;
      }
      // Where the run stops and where an event happens, `now` is set by the same statement: run
      // at every event, it is known to the optimizer, where a store after the loop (run only
      // when a call ends) deoptimized the loop at the end of every sweep run. Math.min, not
      // `stop ? T : t`: T arrives as a tagged value (3600 is a small integer), and the choice
      // between it and the double t boxed t in a new heap number at every event (16 bytes).
      const stop = t > T;
      this.now = Math.min(t, T);
      // Integrals are advanced only at events, so where a caller stops (frame boundaries) never
      // changes a bit of the result; totals() adds the tail since integratedTo.
      if (stop) return;
      this.integrate(t);
      // The request handlers read the time from `now`, not from an argument: V8 boxes a double
      // passed to a call it does not inline, an allocation per event (33 bytes a request in a
      // sweep, measured, and 2 % of its time before they did).
      if (k === EV_DEP) this.onDeparture();
      else if (k === EV_ARR) this.onArrival();
      else if (k === EV_EXPIRE) this.terminate(this.idleHead, t);
      else if (k === EV_READY) this.onReady(t);
      else if (k === EV_TIMEOUT) this.dropExpired(t);
      else this.onTimer(t);
    }
  }

  private integrate(t: number): void {
    const dt = t - this.integratedTo;
    if (dt > 0) {
      this.aliveSeconds += this.instances * dt;
      this.busySeconds += this.busyInstances * dt;
      this.startingSeconds += this.startingInstances * dt;
      this.startingWithRequestSeconds += this.startingWithRequest * dt;
      this.provisionedSeconds += this.provisioned * dt;
      this.busyProvisionedSeconds += this.busyProvisioned * dt;
      this.inFlightSeconds += this.inFlight * dt;
      this.queuedSeconds += this.waiting.len * dt;
      this.integratedTo = t;
    }
  }

  // ------------------------------------------------------------------ requests

  private onArrival(): void {
    const t = this.now;
    this.arrivals++;
    const r = this.constantRate;
    const tape = this.arrivalTape;
    if (tape !== null) this.nextArrivalAt = tape.at(++this.arrivalIndex);
    else this.nextArrivalAt = r >= 0 ? (r > 0 ? t + exp1(this.arrivalRandom) / r : Infinity) : nextArrival(this.traffic, t, this.arrivalRandom, this.current.duration);
    const q = this.waiting;
    if (q.len === 0) {
      if (this.freeCount > 0) {
        this.assign(this.freeBest(), false, false);
        return;
      }
      if (this.policy === PER_REQUEST) {
        if (this.canStart(t)) {
          this.assign(this.startInstance(t), true, false);
          return;
        }
      } else if (this.policy === TARGET && this.instances - this.drainingInstances === 0 && this.canStart(t)) {
        // The activator asks the autoscaler for a pod at once instead of waiting for the tick.
        this.startInstance(t);
      }
    }
    if (q.len < this.queueSize) {
      q.push(t);
      this.waited++;
    } else {
      this.throttled++;
    }
  }

  /** Puts a request on instance id now: the one arriving now, or (`queued`) the oldest waiting. */
  private assign(id: number, cold: boolean, queued: boolean): void {
    const t = this.now;
    const arr = queued ? this.waiting.shift() : t;
    const a = this.active[id] as number;
    this.active[id] = a + 1;
    this.inFlight++;
    if (a === 0) this.becameBusy(id, t);
    else if (this.trace) this.report(t, 'load', id, ((this.flags[id] as number) & PROV) !== 0, a + 1);
    if (a + 1 >= this.concurrency) {
      if (this.inFree(id)) this.freeRemove(id);
    } else if (!this.inFree(id)) {
      this.freeAdd(id);
    } else if (this.leastLoaded) {
      this.rekey(id);
    }
    const ra = this.readyAt[id] as number;
    if (ra > arr) cold = true;
    this.dispatched++;
    if (cold) this.coldRequests++;
    if (arr < t) this.totalWait += t - arr;
    const st = this.serviceTape;
    const service = st !== null ? st.at(this.serviceIndex++) : this.serviceTime.draw(this.serviceRandom);
    this.pushDep((ra > t ? ra : t) + service, cold ? ~id : id, arr);
  }

  private becameBusy(id: number, t: number): void {
    if (++this.busyInstances > this.peakBusyInstances) this.peakBusyInstances = this.busyInstances;
    const f = this.flags[id] as number;
    if (f & PROV) this.busyProvisioned++;
    if (!(f & READY)) this.startingWithRequest++;
    if (this.inIdleList(id)) this.idleUnlink(id);
    if (this.trace) this.report(t, 'busy', id, (f & PROV) !== 0, 1);
  }

  private onDeparture(): void {
    const t = this.now;
    const enc = this.departureInstances[0] as number;
    const arr = this.departureArrivals[0] as number;
    this.popDep();
    this.served++;
    this.inFlight--;
    const lat = t - arr;
    this.responseTimes.record(lat, enc < 0);
    this.release(enc < 0 ? ~enc : enc);
    if (this.waiting.len > 0) this.drainQueue(t);
  }

  private release(id: number): void {
    const t = this.now;
    const a = (this.active[id] as number) - 1;
    this.active[id] = a;
    const f = this.flags[id] as number;
    if (a === 0) {
      this.busyInstances--;
      if (f & PROV) this.busyProvisioned--;
      if (f & DRAIN) {
        this.terminate(id, t);
        return;
      }
      if (this.policy === PER_REQUEST && !(f & PROV)) this.idleAppend(id, t);
      if (this.trace) this.report(t, 'idle', id, (f & PROV) !== 0, 0);
    } else if (this.trace) {
      this.report(t, 'load', id, (f & PROV) !== 0, a);
    }
    if (a < this.concurrency && !(f & DRAIN)) {
      if (!this.inFree(id)) this.freeAdd(id);
      else if (this.leastLoaded) this.rekey(id);
    }
  }

  private onReady(t: number): void {
    const id = this.readyHeapPop();
    const f = this.flags[id] as number;
    if (!(f & ALIVE) || f & READY || this.readyAt[id] !== t) return;
    this.flags[id] = f | READY;
    this.startingInstances--;
    if ((this.active[id] as number) > 0) this.startingWithRequest--;
    if (this.inFree(id)) this.rekey(id);
    else if (!(f & DRAIN) && (this.active[id] as number) < this.concurrency) this.freeAdd(id);
    if (this.trace) this.report(t, 'ready', id, (f & PROV) !== 0);
    if (this.waiting.len > 0) this.drainQueue(t);
  }

  // ------------------------------------------------------------------ departures heap

  private pushDep(t: number, id: number, arr: number): void {
    if (this.departureCount === this.departureTimes.length) this.growDep();
    const time = this.departureTimes;
    const ids = this.departureInstances;
    const arrs = this.departureArrivals;
    let p = this.departureCount++;
    while (p > 0) {
      const q = (p - 1) >> 1;
      const qt = time[q] as number;
      if (qt <= t) break;
      time[p] = qt;
      ids[p] = ids[q] as number;
      arrs[p] = arrs[q] as number;
      p = q;
    }
    time[p] = t;
    ids[p] = id;
    arrs[p] = arr;
  }

  private popDep(): void {
    const time = this.departureTimes;
    const ids = this.departureInstances;
    const arrs = this.departureArrivals;
    const n = --this.departureCount;
    const t = time[n] as number;
    const id = ids[n] as number;
    const arr = arrs[n] as number;
    // A sentinel past the end lets the smaller child be chosen without a bounds test, and as a
    // 0/1 sum rather than a branch: which child is smaller is a coin toss the CPU mispredicts.
    time[n] = Infinity;
    let p = 0;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      c += +((time[c + 1] as number) < (time[c] as number));
      const ct = time[c] as number;
      if (ct >= t) break;
      time[p] = ct;
      ids[p] = ids[c] as number;
      arrs[p] = arrs[c] as number;
      p = c;
    }
    time[p] = t;
    ids[p] = id;
    arrs[p] = arr;
  }

  /** Compaction moved instances: follow them in the departure heap. */
  protected override renumber(map: Int32Array): void {
    for (let k = 0; k < this.departureCount; k++) {
      const enc = this.departureInstances[k] as number;
      this.departureInstances[k] = enc < 0 ? ~(map[~enc] as number) : (map[enc] as number);
    }
  }

  private growDep(): void {
    const n = this.departureTimes.length * 2;
    const t = new Float64Array(n);
    t.set(this.departureTimes);
    this.departureTimes = t;
    const i = new Int32Array(n);
    i.set(this.departureInstances);
    this.departureInstances = i;
    const a = new Float64Array(n);
    a.set(this.departureArrivals);
    this.departureArrivals = a;
  }

  // ------------------------------------------------------------------ queue

  /** Requests that waited their full timeout give up (and count as rejected). */
  private dropExpired(t: number): void {
    const q = this.waiting;
    while (q.len > 0 && q.oldest() + this.queueTimeout <= t) {
      q.shift();
      this.timedOut++;
    }
  }

  /** Serves queued requests while capacity is free or can be started. */
  private drainQueue(t: number): void {
    this.dropExpired(t);
    const q = this.waiting;
    while (q.len > 0) {
      if (this.freeCount > 0) {
        this.assign(this.freeBest(), false, true);
      } else if (this.policy === PER_REQUEST && this.canStart(t)) {
        const id = this.startInstance(t);
        this.assign(id, true, true);
      } else {
        break;
      }
    }
    this.scheduleToken(t);
  }

  // ------------------------------------------------------------------ instances

  // ------------------------------------------------------------------ timers

  private scheduleToken(t: number): void {
    let at = Infinity;
    if (this.waiting.len > 0 && this.policy === PER_REQUEST && this.tokenRate !== Infinity && this.scaleUpTokens < 1) {
      if (this.busyInstances + this.startingInstances - this.startingWithRequest < this.maxConcurrency) at = t + (1 - this.scaleUpTokens) / this.tokenRate;
    }
    if (at !== this.tokenTimerAt) {
      this.tokenTimerAt = at;
      this.resetTimer();
    }
  }

  private resetTimer(): void {
    this.nextTimerAt = Math.min(this.tokenTimerAt, this.nextTickAt, this.warmupEndsAt, this.nextSampleAt, this.nextChangeAt);
  }

  private onTimer(t: number): void {
    if (this.tokenTimerAt <= t) {
      this.tokenTimerAt = Infinity;
      this.drainQueue(t);
    }
    if (this.nextTickAt <= t) {
      this.onTick(t);
      this.ticks++;
      this.nextTickAt = (this.ticks + 1) * this.current.platform.autoscaler.tick;
    }
    if (this.warmupEndsAt <= t) {
      this.warmupEndsAt = Infinity;
      this.hooks?.warmupEnded(t);
      // The measured interval begins: its peaks and extremes start from what stands now.
      this.peakInstances = this.instances;
      this.peakBusyInstances = this.busyInstances;
      this.responseTimes.restartExtremes();
    }
    if (this.nextSampleAt <= t) this.onSample(t);
    if (this.nextChangeAt <= t) this.onScripted(t);
    this.resetTimer();
  }

  private onSample(t: number): void {
    this.hooks?.sample(t);
    this.responseTimes.startInterval();
    this.samplesTaken++;
    const next = (this.samplesTaken + 1) * this.current.sampleInterval;
    this.nextSampleAt = next <= this.current.duration ? next : Infinity;
  }

  private onScripted(t: number): void {
    // The list as it stood when the timer fired; a change applied meanwhile does not reorder it.
    const list = this.current.changes;
    while (this.nextChange < list.length && (list[this.nextChange]?.at ?? Infinity) <= t) {
      const c = list[this.nextChange++];
      if (c) this.hooks?.scripted(c);
    }
    this.nextChangeAt = list[this.nextChange]?.at ?? Infinity;
  }

  private onTick(t: number): void {
    const kpa = this.podAutoscaler;
    if (!kpa) return;
    const p = this.current.platform;
    const current = this.instances - this.drainingInstances;
    const ready = current - this.startingInstances;
    const desired = kpa.decide(t, this.inFlightSeconds + this.queuedSeconds, ready, current, p.autoscaler, this.current.function.concurrency, p.minInstances, p.maxConcurrency);
    if (desired === current) return;
    this.scaleTo(desired, t);
    if (this.waiting.len > 0) this.drainQueue(t);
  }
}
