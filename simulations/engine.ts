/**
 * The discrete-event core. One loop serves all three policies; per-policy differences are a few
 * branches at routing and scaling points. Everything the loop touches is a number field or a
 * typed array: no allocation per event, no closures, so a long run costs time but not memory.
 *
 * Event order at equal times: instance ready, departure, queue timeout, arrival, keep-alive
 * expiry, then timers (token refill, autoscaler tick, warm-up mark, sample, scripted change).
 * A sample therefore sees everything that happened at its own time, and a change made at
 * time t (scripted or Run.set) affects only what happens after t.
 */
import { Kpa } from './knative';
import * as pool from './pool';
import { Rng, STREAM_ARRIVALS, STREAM_COLD_START, STREAM_SERVICE } from './rng';
import * as distributions from './distributions';
import * as traffic from './traffic';
import * as histogram from './histogram';
import { ArrivalQueue, MAX_GROUPS } from './queue';
import type { Scenario } from './types';

// Imported bindings can compile to getter calls (CommonJS interop in tsx, Vitest's module
// runner); read once into module constants, they cost nothing in the hot loop.
const { Pool } = pool;
const ALIVE = pool.ALIVE;
const PROV = pool.PROV;
const DRAIN = pool.DRAIN;
const READY = pool.READY;
const BUCKETS = histogram.BUCKETS;
const bucketOf = histogram.bucketOf;
const nextArrival = traffic.nextArrival;
const exp1 = distributions.exp1;
const { Sampler } = distributions;
type Sampler = distributions.Sampler;
type Traffic = traffic.Traffic;

export const PER_REQUEST = 0;
export const TARGET = 1;
export const FIXED = 2;

/** Slots per instance standing for unlimited concurrency (2^20 × the pool's 2^32 key stays exact). */
const UNLIMITED_SLOTS = 2 ** 20;

/** Latencies per sample interval kept exactly before the histogram takes over. */
export const SMALL = 64;

const EV_READY = 0;
const EV_DEP = 1;
const EV_TIMEOUT = 2;
const EV_ARR = 3;
const EV_EXPIRE = 4;
const EV_TIMER = 5;

export interface TraceEvent {
  t: number;
  kind: 'start' | 'ready' | 'busy' | 'idle' | 'end';
  /** Creation number of the instance (0 for the first created), stable for its whole life. */
  instance: number;
  provisioned: boolean;
}

export class Engine extends Pool {
  s: Scenario;
  now = 0;
  lastT = 0;
  trace: ((e: TraceEvent) => void) | undefined;

  // Derived parameters (refreshed by Run on a change).
  policy = PER_REQUEST;
  conc = 1;
  keepAlive = 0;
  maxConc = 0;
  qSize = 0;
  qTimeout = Infinity;
  traffic: Traffic;
  constRate = -1;
  svc: Sampler;
  cs: Sampler;
  readonly arrRng: Rng;
  readonly svcRng: Rng;
  readonly csRng: Rng;
  nextArr = Infinity;

  // Departures: min-heap on time; id is ~instance for a request that met a cold start.
  dTime = new Float64Array(64);
  dId = new Int32Array(64);
  dArr = new Float64Array(64);
  dSize = 0;

  /** Requests waiting for capacity, by arrival time; bounded memory however long it grows. */
  readonly q: ArrivalQueue;

  // Scale-up token bucket.
  tokens = Infinity;
  tokCap = Infinity;
  tokRate = Infinity;
  tokT = 0;

  // Timers.
  timerAt = Infinity;
  tokenAt = Infinity;
  tickAt = Infinity;
  tickN = 0;
  sampleAt = Infinity;
  sampleN = 0;
  warmupAt = Infinity;
  changeIdx = 0;
  kpa: Kpa | null = null;

  // State counts.
  alive = 0;
  busy = 0;
  starting = 0;
  startingBusy = 0;
  prov = 0;
  busyProv = 0;
  draining = 0;
  inFlight = 0;
  peakBusy = 0;
  peakAlive = 0;

  // Counters since t = 0.
  arrivals = 0;
  served = 0;
  throttled = 0;
  timedOut = 0;
  coldStarts = 0;
  coldReqs = 0;
  billed = 0;
  waited = 0;
  waitSum = 0;
  latSum = 0;

  // Time integrals since t = 0.
  aAlive = 0;
  aBusy = 0;
  aStart = 0;
  aStartBusy = 0;
  aProv = 0;
  aBusyProv = 0;
  aInFlight = 0;
  aQueued = 0;

  // Latency histograms: since t = 0 by cold/warm, and the current sample interval.
  hCold = new Float64Array(BUCKETS);
  hWarm = new Float64Array(BUCKETS);
  latMin = Infinity;
  latMax = 0;
  // The current sample interval's latencies: the first SMALL kept as they are (exact
  // percentiles for quiet intervals), the rest filed in hInt.
  intBuf = new Float64Array(SMALL);
  intN = 0;
  hInt = new Float64Array(BUCKETS);
  intLo = BUCKETS;
  intHi = -1;
  intMin = Infinity;
  intMax = 0;

  /** Called when a timer for a sample, warm-up or scripted change fires; Run implements them. */
  onSampleTimer: (t: number) => void = () => {};
  onWarmupTimer: (t: number) => void = () => {};
  onChangeTimer: (t: number) => void = () => {};
  changeAt = Infinity;

  /** `queueGroups`: see ArrivalQueue; tests lower it to watch a long queue being grouped. */
  constructor(s: Scenario, trace?: (e: TraceEvent) => void, queueGroups = MAX_GROUPS) {
    super(Math.max(s.platform.minInstances, s.platform.instances) + 8);
    this.s = s;
    this.q = new ArrivalQueue(queueGroups);
    this.trace = trace;
    this.arrRng = new Rng(s.seed, STREAM_ARRIVALS);
    this.svcRng = new Rng(s.seed, STREAM_SERVICE);
    this.csRng = new Rng(s.seed, STREAM_COLD_START);
    this.traffic = s.traffic;
    this.svc = new Sampler(s.function.service);
    this.cs = new Sampler(s.function.coldStart);
    this.derive(s);
    const p = s.platform;
    if (this.policy === FIXED) for (let i = 0; i < p.instances; i++) this.addWarm(0, false);
    else for (let i = 0; i < p.minInstances; i++) this.addWarm(0, this.policy === PER_REQUEST);
    if (p.scaleUpLimit) this.tokens = p.scaleUpLimit.instances;
    if (this.policy === TARGET) {
      this.kpa = new Kpa(p.autoscaler.tick);
      this.tickAt = p.autoscaler.tick;
    }
    this.nextArr = nextArrival(this.traffic, 0, this.arrRng, s.duration);
  }

  /** Plain parameters read by the hot loop. */
  derive(s: Scenario): void {
    const p = s.platform;
    this.policy = p.policy === 'per-request' ? PER_REQUEST : p.policy === 'target-tracking' ? TARGET : FIXED;
    // Unlimited concurrency (0) as a slot count the pool's sort keys still order exactly.
    this.conc = s.function.concurrency === 0 ? UNLIMITED_SLOTS : s.function.concurrency;
    this.slotsPer = this.conc;
    this.leastLoaded = this.policy === TARGET;
    this.keepAlive = p.keepAlive;
    this.maxConc = p.maxConcurrency;
    this.qSize = p.queue.size;
    this.qTimeout = p.queue.timeout;
    this.constRate = s.traffic.pattern === 'constant' ? s.traffic.rate : -1;
    this.tokCap = p.scaleUpLimit ? p.scaleUpLimit.instances : Infinity;
    this.tokRate = p.scaleUpLimit ? p.scaleUpLimit.instances / p.scaleUpLimit.per : Infinity;
  }

  // ------------------------------------------------------------------ the loop

  advanceTo(limit: number): void {
    const T = Math.min(limit, this.s.duration);
    if (!(T > this.now)) return;
    for (;;) {
      let t = this.rhSize > 0 ? (this.rhTime[0] as number) : Infinity;
      let k = EV_READY;
      if (this.dSize > 0 && (this.dTime[0] as number) < t) {
        t = this.dTime[0] as number;
        k = EV_DEP;
      }
      if (this.q.len > 0) {
        const qt = this.q.oldest() + this.qTimeout;
        if (qt < t) {
          t = qt;
          k = EV_TIMEOUT;
        }
      }
      if (this.nextArr < t) {
        t = this.nextArr;
        k = EV_ARR;
      }
      if (this.idleHead >= 0) {
        const et = (this.idleSince[this.idleHead] as number) + this.keepAlive;
        if (et < t) {
          t = et;
          k = EV_EXPIRE;
        }
      }
      if (this.timerAt < t) {
        t = this.timerAt;
        k = EV_TIMER;
      }
      if (t > T) break;
      this.clock(t);
      if (k === EV_DEP) this.onDeparture(t);
      else if (k === EV_ARR) this.onArrival(t);
      else if (k === EV_EXPIRE) this.terminate(this.idleHead, t);
      else if (k === EV_READY) this.onReady(t);
      else if (k === EV_TIMEOUT) this.dropExpired(t);
      else this.onTimer(t);
    }
    // Integrals are advanced only at events, so where a caller stops (frame boundaries) never
    // changes a bit of the result; readers add the tail since lastT themselves.
    this.now = T;
  }

  clock(t: number): void {
    const dt = t - this.lastT;
    if (dt > 0) {
      this.aAlive += this.alive * dt;
      this.aBusy += this.busy * dt;
      this.aStart += this.starting * dt;
      this.aStartBusy += this.startingBusy * dt;
      this.aProv += this.prov * dt;
      this.aBusyProv += this.busyProv * dt;
      this.aInFlight += this.inFlight * dt;
      this.aQueued += this.q.len * dt;
      this.lastT = t;
    }
    this.now = t;
  }

  // ------------------------------------------------------------------ requests

  private onArrival(t: number): void {
    this.arrivals++;
    const r = this.constRate;
    this.nextArr = r >= 0 ? (r > 0 ? t + exp1(this.arrRng) / r : Infinity) : nextArrival(this.traffic, t, this.arrRng, this.s.duration);
    const q = this.q;
    if (q.len === 0) {
      if (this.freeCount > 0) {
        this.assign(this.freeBest(), t, t, false);
        return;
      }
      if (this.policy === PER_REQUEST) {
        if (this.canStart(t)) {
          this.assign(this.startInstance(t), t, t, true);
          return;
        }
      } else if (this.policy === TARGET && this.alive - this.draining === 0 && this.canStart(t)) {
        // The activator asks the autoscaler for a pod at once instead of waiting for the tick.
        this.startInstance(t);
      }
    }
    if (q.len < this.qSize) {
      q.push(t);
      this.waited++;
    } else {
      this.throttled++;
    }
  }

  /** Puts a request that arrived at `arr` on instance id at time t. */
  assign(id: number, t: number, arr: number, cold: boolean): void {
    const a = this.active[id] as number;
    this.active[id] = a + 1;
    this.inFlight++;
    if (a === 0) this.becameBusy(id, t);
    if (a + 1 >= this.conc) {
      if (this.inFree(id)) this.freeRemove(id);
    } else if (!this.inFree(id)) {
      this.freeAdd(id);
    } else if (this.leastLoaded) {
      this.rekey(id);
    }
    const ra = this.readyAt[id] as number;
    if (ra > arr) cold = true;
    this.billed++;
    if (cold) this.coldReqs++;
    if (arr < t) this.waitSum += t - arr;
    this.pushDep((ra > t ? ra : t) + this.svc.draw(this.svcRng), cold ? ~id : id, arr);
  }

  private becameBusy(id: number, t: number): void {
    if (++this.busy > this.peakBusy) this.peakBusy = this.busy;
    const f = this.flags[id] as number;
    if (f & PROV) this.busyProv++;
    if (!(f & READY)) this.startingBusy++;
    if (this.inIdleList(id)) this.idleUnlink(id);
    if (this.trace) this.trace({ t, kind: 'busy', instance: this.seqOf[id] as number, provisioned: (f & PROV) !== 0 });
  }

  private onDeparture(t: number): void {
    const enc = this.dId[0] as number;
    const arr = this.dArr[0] as number;
    this.popDep();
    this.served++;
    this.inFlight--;
    const lat = t - arr;
    this.latSum += lat;
    if (lat < this.latMin) this.latMin = lat;
    if (lat > this.latMax) this.latMax = lat;
    const b = bucketOf(lat);
    const h = enc < 0 ? this.hCold : this.hWarm;
    h[b] = (h[b] as number) + 1;
    if (lat < this.intMin) this.intMin = lat;
    if (lat > this.intMax) this.intMax = lat;
    const n = this.intN++;
    if (n < SMALL) {
      this.intBuf[n] = lat;
    } else {
      if (n === SMALL) for (let i = 0; i < SMALL; i++) this.fileInterval(bucketOf(this.intBuf[i] as number));
      this.fileInterval(b);
    }
    this.release(enc < 0 ? ~enc : enc, t);
    if (this.q.len > 0) this.drainQueue(t);
  }

  private fileInterval(b: number): void {
    this.hInt[b] = (this.hInt[b] as number) + 1;
    if (b < this.intLo) this.intLo = b;
    if (b > this.intHi) this.intHi = b;
  }

  private release(id: number, t: number): void {
    const a = (this.active[id] as number) - 1;
    this.active[id] = a;
    const f = this.flags[id] as number;
    if (a === 0) {
      this.busy--;
      if (f & PROV) this.busyProv--;
      if (f & DRAIN) {
        this.terminate(id, t);
        return;
      }
      if (this.policy === PER_REQUEST && !(f & PROV)) this.idleAppend(id, t);
      if (this.trace) this.trace({ t, kind: 'idle', instance: this.seqOf[id] as number, provisioned: (f & PROV) !== 0 });
    }
    if (a < this.conc && !(f & DRAIN)) {
      if (!this.inFree(id)) this.freeAdd(id);
      else if (this.leastLoaded) this.rekey(id);
    }
  }

  private onReady(t: number): void {
    const id = this.rhPop();
    const f = this.flags[id] as number;
    if (!(f & ALIVE) || f & READY || this.readyAt[id] !== t) return;
    this.flags[id] = f | READY;
    this.starting--;
    if ((this.active[id] as number) > 0) this.startingBusy--;
    if (this.inFree(id)) this.rekey(id);
    else if (!(f & DRAIN) && (this.active[id] as number) < this.conc) this.freeAdd(id);
    if (this.trace) this.trace({ t, kind: 'ready', instance: this.seqOf[id] as number, provisioned: (f & PROV) !== 0 });
    if (this.q.len > 0) this.drainQueue(t);
  }

  // ------------------------------------------------------------------ departures heap

  private pushDep(t: number, id: number, arr: number): void {
    if (this.dSize === this.dTime.length) this.growDep();
    const time = this.dTime;
    const ids = this.dId;
    const arrs = this.dArr;
    let p = this.dSize++;
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
    const time = this.dTime;
    const ids = this.dId;
    const arrs = this.dArr;
    const n = --this.dSize;
    const t = time[n] as number;
    const id = ids[n] as number;
    const arr = arrs[n] as number;
    let p = 0;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && (time[c + 1] as number) < (time[c] as number)) c++;
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
    for (let k = 0; k < this.dSize; k++) {
      const enc = this.dId[k] as number;
      this.dId[k] = enc < 0 ? ~(map[~enc] as number) : (map[enc] as number);
    }
  }

  private growDep(): void {
    const n = this.dTime.length * 2;
    const t = new Float64Array(n);
    t.set(this.dTime);
    this.dTime = t;
    const i = new Int32Array(n);
    i.set(this.dId);
    this.dId = i;
    const a = new Float64Array(n);
    a.set(this.dArr);
    this.dArr = a;
  }

  // ------------------------------------------------------------------ queue

  /** Requests that waited their full timeout give up (and count as rejected). */
  dropExpired(t: number): void {
    const q = this.q;
    while (q.len > 0 && q.oldest() + this.qTimeout <= t) {
      q.shift();
      this.timedOut++;
    }
  }

  /** Serves queued requests while capacity is free or can be started. */
  drainQueue(t: number): void {
    this.dropExpired(t);
    const q = this.q;
    while (q.len > 0) {
      if (this.freeCount > 0) {
        this.assign(this.freeBest(), t, q.shift(), false);
      } else if (this.policy === PER_REQUEST && this.canStart(t)) {
        const id = this.startInstance(t);
        this.assign(id, t, q.shift(), true);
      } else {
        break;
      }
    }
    this.scheduleToken(t);
  }

  // ------------------------------------------------------------------ instances

  /** May a new on-demand instance start now (concurrency limit and scale-up tokens)? */
  canStart(t: number): boolean {
    const inUse = this.policy === PER_REQUEST ? this.busy + this.starting - this.startingBusy : this.alive - this.draining;
    if (inUse >= this.maxConc) return false;
    if (this.tokRate !== Infinity) {
      this.tokens = Math.min(this.tokCap, this.tokens + (t - this.tokT) * this.tokRate);
      this.tokT = t;
      if (this.tokens < 1) return false;
    }
    return true;
  }

  /** Starts an on-demand instance with a cold start (caller checked canStart). */
  startInstance(t: number): number {
    if (this.tokRate !== Infinity) this.tokens -= 1;
    const c = this.cs.draw(this.csRng);
    const id = this.allocInstance(t, t + c, false);
    this.alive++;
    if (this.alive > this.peakAlive) this.peakAlive = this.alive;
    this.coldStarts++;
    // Judge by the flag, not c > 0: t + c can round back to t.
    if (!((this.flags[id] as number) & READY)) {
      this.starting++;
      this.rhPush(this.readyAt[id] as number, id);
    } else if (this.policy !== PER_REQUEST) {
      this.freeAdd(id);
    }
    if (this.trace) this.trace({ t, kind: 'start', instance: this.seqOf[id] as number, provisioned: false });
    return id;
  }

  /** A ready instance with no cold start: provisioned, a fixed-fleet VM, or a min-scale pod. */
  addWarm(t: number, prov: boolean): number {
    const id = this.allocInstance(t, t, prov);
    this.alive++;
    if (this.alive > this.peakAlive) this.peakAlive = this.alive;
    if (prov) this.prov++;
    this.freeAdd(id);
    if (this.policy === PER_REQUEST && !prov) this.idleAppend(id, t);
    if (this.trace) this.trace({ t, kind: 'start', instance: this.seqOf[id] as number, provisioned: prov });
    return id;
  }

  terminate(id: number, t: number): void {
    if (this.inFree(id)) this.freeRemove(id);
    if (this.inIdleList(id)) this.idleUnlink(id);
    const f = this.flags[id] as number;
    this.alive--;
    if (!(f & READY)) this.starting--;
    if (f & PROV) this.prov--;
    if (f & DRAIN) this.draining--;
    this.releaseSlot(id);
    if (this.trace) this.trace({ t, kind: 'end', instance: this.seqOf[id] as number, provisioned: (f & PROV) !== 0 });
  }

  /**
   * Target-tracking and fixed fleets: grow to n by starting instances, or shrink to n taking
   * starting instances first, then idle ones, then draining busy ones (newest first in each).
   */
  scaleTo(n: number, t: number): void {
    let cur = this.alive - this.draining;
    while (cur < n) {
      if (this.policy === FIXED) this.addWarm(t, false);
      else if (this.canStart(t)) this.startInstance(t);
      else break;
      cur++;
    }
    if (cur > n) {
      const ids: number[] = [];
      for (let id = 0; id < this.slots; id++) {
        const f = this.flags[id] as number;
        if (f & ALIVE && !(f & DRAIN)) ids.push(id);
      }
      const rank = (id: number) => (!((this.flags[id] as number) & READY) ? 0 : (this.active[id] as number) === 0 ? 1 : 2);
      ids.sort((a, b) => rank(a) - rank(b) || (this.seqOf[b] as number) - (this.seqOf[a] as number));
      for (const id of ids.slice(0, cur - n)) {
        if ((this.active[id] as number) === 0) {
          this.terminate(id, t);
        } else {
          this.flags[id] = (this.flags[id] as number) | DRAIN;
          this.draining++;
          if (this.inFree(id)) this.freeRemove(id);
        }
      }
    }
    if (this.q.len > 0) this.drainQueue(t);
  }

  /** Per-request: make exactly n instances provisioned, converting warm ones before adding. */
  setProvisioned(n: number, t: number): void {
    if (n > this.prov) {
      const ids: number[] = [];
      for (let id = 0; id < this.slots; id++) {
        const f = this.flags[id] as number;
        if (f & ALIVE && f & READY && !(f & PROV) && !(f & DRAIN)) ids.push(id);
      }
      ids.sort((a, b) => (this.seqOf[b] as number) - (this.seqOf[a] as number));
      for (const id of ids) {
        if (this.prov >= n) break;
        this.flags[id] = (this.flags[id] as number) | PROV;
        this.prov++;
        if ((this.active[id] as number) > 0) this.busyProv++;
        if (this.inIdleList(id)) this.idleUnlink(id);
        this.rekey(id);
      }
      while (this.prov < n) this.addWarm(t, true);
    } else if (n < this.prov) {
      const ids: number[] = [];
      for (let id = 0; id < this.slots; id++) if ((this.flags[id] as number) & PROV) ids.push(id);
      ids.sort((a, b) => (this.seqOf[b] as number) - (this.seqOf[a] as number));
      for (const id of ids.slice(0, this.prov - n)) {
        this.flags[id] = (this.flags[id] as number) & ~PROV;
        this.prov--;
        if ((this.active[id] as number) > 0) this.busyProv--;
        else this.idleAppend(id, t);
        this.rekey(id);
      }
    }
    if (this.q.len > 0) this.drainQueue(t);
  }

  /** Brings free-heap membership in line after the per-instance concurrency changed. */
  refreeAll(): void {
    for (let id = 0; id < this.slots; id++) {
      const f = this.flags[id] as number;
      if (!(f & ALIVE)) continue;
      const want = !(f & DRAIN) && (this.active[id] as number) < this.conc && (this.policy === PER_REQUEST || (f & READY) !== 0);
      const has = this.inFree(id);
      if (want && !has) this.freeAdd(id);
      else if (!want && has) this.freeRemove(id);
      else if (has) this.rekey(id);
    }
  }

  /** Terminates idle instances whose (possibly shortened) keep-alive has already run out. */
  expireOverdue(t: number): void {
    while (this.idleHead >= 0 && (this.idleSince[this.idleHead] as number) + this.keepAlive <= t) this.terminate(this.idleHead, t);
  }

  // ------------------------------------------------------------------ timers

  private scheduleToken(t: number): void {
    let at = Infinity;
    if (this.q.len > 0 && this.policy === PER_REQUEST && this.tokRate !== Infinity && this.tokens < 1) {
      if (this.busy + this.starting - this.startingBusy < this.maxConc) at = t + (1 - this.tokens) / this.tokRate;
    }
    if (at !== this.tokenAt) {
      this.tokenAt = at;
      this.resetTimer();
    }
  }

  resetTimer(): void {
    this.timerAt = Math.min(this.tokenAt, this.tickAt, this.warmupAt, this.sampleAt, this.changeAt);
  }

  private onTimer(t: number): void {
    if (this.tokenAt <= t) {
      this.tokenAt = Infinity;
      this.drainQueue(t);
    }
    if (this.tickAt <= t) {
      this.onTick(t);
      this.tickN++;
      this.tickAt = (this.tickN + 1) * this.s.platform.autoscaler.tick;
    }
    if (this.warmupAt <= t) {
      this.warmupAt = Infinity;
      this.onWarmupTimer(t);
    }
    if (this.sampleAt <= t) this.onSampleTimer(t);
    if (this.changeAt <= t) this.onChangeTimer(t);
    this.resetTimer();
  }

  private onTick(t: number): void {
    const kpa = this.kpa;
    if (!kpa) return;
    const p = this.s.platform;
    const current = this.alive - this.draining;
    const ready = current - this.starting;
    const desired = kpa.decide(t, this.aInFlight + this.aQueued, ready, current, p.autoscaler, this.s.function.concurrency, p.minInstances, p.maxConcurrency);
    if (desired !== current) this.scaleTo(desired, t);
  }
}
