/**
 * The instances as the platform sees them: how many are alive, busy, starting, provisioned or
 * draining, and the operations that start, warm, end, resize or re-provision them, within the
 * concurrency limit and the scale-up token bucket. The engine (engine.ts) extends it with
 * requests and time; nothing outside the engine reaches this state, which is `protected`.
 * Callers serve the queue after an operation that freed capacity.
 */
import * as pool from './pool';
import { Rng, STREAM_COLD_START } from './rng';
import type { Tape } from './tape';
import * as distributions from './distributions';
import type { TraceEvent } from './engine-types';
import type { Scenario } from './types';

// Imported bindings can compile to getter calls (CommonJS interop in tsx, Vitest's module
// runner); read once into module constants, they cost nothing in the hot loop.
const { Pool } = pool;
const ALIVE = pool.ALIVE;
const PROV = pool.PROV;
const DRAIN = pool.DRAIN;
const READY = pool.READY;
const { Sampler } = distributions;
type Sampler = distributions.Sampler;

export const PER_REQUEST = 0;
export const TARGET = 1;
export const FIXED = 2;

/** Slots per instance standing for unlimited concurrency (2^20 × the pool's 2^32 key stays exact). */
const UNLIMITED_SLOTS = 2 ** 20;

export abstract class Fleet extends Pool {
  protected readonly trace: ((e: TraceEvent) => void) | undefined;

  // Parameters derived from the scenario (refreshed at a change), read by the hot loop. Those
  // that may be fractional or infinite start as NaN, a double: V8 types a field by its first
  // value, and a whole-number keep-alive in one run then a fractional one in the next changed
  // the engine's layout, throwing away all its optimized code in the middle of a sweep.
  protected policy = PER_REQUEST;
  protected concurrency = 1;
  protected keepAlive = NaN;
  protected maxConcurrency = NaN;
  protected coldStartTime: Sampler;
  protected readonly coldStartRandom: Rng;
  /** Kept cold-start times read instead of drawn (sweeps: tape.ts); the engine sets it. */
  protected coldStartTape: Tape | null = null;
  protected coldStartIndex = 0;

  // Scale-up token bucket, refilled continuously up to its capacity.
  protected scaleUpTokens = Infinity;
  protected tokenCapacity = Infinity;
  protected tokenRate = Infinity;
  /** Time the bucket was last refilled to. */
  protected tokensAt = 0;

  // Counts now.
  protected instances = 0;
  protected busyInstances = 0;
  protected startingInstances = 0;
  /** Starting instances a request already waits on (also counted busy). */
  protected startingWithRequest = 0;
  protected provisioned = 0;
  protected busyProvisioned = 0;
  protected drainingInstances = 0;
  protected peakBusyInstances = 0;
  protected peakInstances = 0;
  /** Since t = 0. */
  protected coldStarts = 0;

  protected constructor(s: Scenario, trace: ((e: TraceEvent) => void) | undefined) {
    super(Math.max(s.platform.minInstances, s.platform.instances) + 8);
    this.trace = trace;
    this.coldStartRandom = new Rng(s.seed, STREAM_COLD_START);
    this.coldStartTime = new Sampler(s.function.coldStart);
    this.deriveFleet(s);
  }

  /** The instance parameters of scenario s. */
  protected deriveFleet(s: Scenario): void {
    const p = s.platform;
    this.policy = p.policy === 'per-request' ? PER_REQUEST : p.policy === 'target-tracking' ? TARGET : FIXED;
    // Unlimited concurrency (0) as a slot count the pool's sort keys still order exactly.
    this.concurrency = s.function.concurrency === 0 ? UNLIMITED_SLOTS : s.function.concurrency;
    this.slotsPer = this.concurrency;
    this.leastLoaded = this.policy === TARGET;
    this.keepAlive = p.keepAlive;
    this.maxConcurrency = p.maxConcurrency;
    this.tokenCapacity = p.scaleUpLimit ? p.scaleUpLimit.instances : Infinity;
    this.tokenRate = p.scaleUpLimit ? p.scaleUpLimit.instances / p.scaleUpLimit.per : Infinity;
  }

  /**
   * Tells the trace what instance `id` did at t: `extra` is its ready time on 'start', its
   * requests on 'busy', 'load' and 'idle'. One method for every event, called only when there is
   * a trace: an object literal at each site would swell the hot handlers past the bytecode V8
   * inlines into the engine's loop.
   */
  protected report(t: number, kind: TraceEvent['kind'], id: number, provisioned: boolean, extra = NaN): void {
    const e: TraceEvent = { t, kind, instance: this.seqOf[id] as number, provisioned };
    if (kind === 'start') e.readyAt = extra;
    else if (kind === 'busy' || kind === 'load' || kind === 'idle') e.active = extra;
    this.trace?.(e);
  }

  /** May a new on-demand instance start now (concurrency limit and scale-up tokens)? */
  protected canStart(t: number): boolean {
    const inUse = this.policy === PER_REQUEST ? this.busyInstances + this.startingInstances - this.startingWithRequest : this.instances - this.drainingInstances;
    if (inUse >= this.maxConcurrency) return false;
    if (this.tokenRate !== Infinity) {
      this.scaleUpTokens = Math.min(this.tokenCapacity, this.scaleUpTokens + (t - this.tokensAt) * this.tokenRate);
      this.tokensAt = t;
      if (this.scaleUpTokens < 1) return false;
    }
    return true;
  }

  /** Starts an on-demand instance with a cold start (caller checked canStart). */
  protected startInstance(t: number): number {
    if (this.tokenRate !== Infinity) this.scaleUpTokens -= 1;
    const tape = this.coldStartTape;
    const c = tape !== null ? tape.at(this.coldStartIndex++) : this.coldStartTime.draw(this.coldStartRandom);
    const id = this.allocInstance(t, t + c, false);
    this.instances++;
    if (this.instances > this.peakInstances) this.peakInstances = this.instances;
    this.coldStarts++;
    // Judge by the flag, not c > 0: t + c can round back to t.
    if (!((this.flags[id] as number) & READY)) {
      this.startingInstances++;
      this.readyHeapPush(this.readyAt[id] as number, id);
    } else if (this.policy !== PER_REQUEST) {
      this.freeAdd(id);
    }
    if (this.trace) this.report(t, 'start', id, false, this.readyAt[id] as number);
    return id;
  }

  /** A ready instance with no cold start: provisioned, a fixed-fleet VM, or a min-scale pod. */
  protected addWarm(t: number, prov: boolean): number {
    const id = this.allocInstance(t, t, prov);
    this.instances++;
    if (this.instances > this.peakInstances) this.peakInstances = this.instances;
    if (prov) this.provisioned++;
    this.freeAdd(id);
    if (this.policy === PER_REQUEST && !prov) this.idleAppend(id, t);
    if (this.trace) this.report(t, 'start', id, prov, t);
    return id;
  }

  protected terminate(id: number, t: number): void {
    if (this.inFree(id)) this.freeRemove(id);
    if (this.inIdleList(id)) this.idleUnlink(id);
    const f = this.flags[id] as number;
    this.instances--;
    if (!(f & READY)) this.startingInstances--;
    if (f & PROV) this.provisioned--;
    if (f & DRAIN) this.drainingInstances--;
    this.releaseSlot(id);
    if (this.trace) this.report(t, 'end', id, (f & PROV) !== 0);
  }

  /**
   * Target-tracking and fixed fleets: grow to n by starting instances, or shrink to n taking
   * starting instances first, then idle ones, then draining busy ones (newest first in each).
   */
  protected scaleTo(n: number, t: number): void {
    let cur = this.instances - this.drainingInstances;
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
          this.drainingInstances++;
          if (this.inFree(id)) this.freeRemove(id);
          if (this.trace) this.report(t, 'drain', id, ((this.flags[id] as number) & PROV) !== 0);
        }
      }
    }
  }

  /** Per-request: make exactly n instances provisioned, converting warm ones before adding. */
  protected setProvisioned(n: number, t: number): void {
    if (n > this.provisioned) {
      const ids: number[] = [];
      for (let id = 0; id < this.slots; id++) {
        const f = this.flags[id] as number;
        if (f & ALIVE && f & READY && !(f & PROV) && !(f & DRAIN)) ids.push(id);
      }
      ids.sort((a, b) => (this.seqOf[b] as number) - (this.seqOf[a] as number));
      for (const id of ids) {
        if (this.provisioned >= n) break;
        this.flags[id] = (this.flags[id] as number) | PROV;
        this.provisioned++;
        if ((this.active[id] as number) > 0) this.busyProvisioned++;
        if (this.inIdleList(id)) this.idleUnlink(id);
        this.rekey(id);
        if (this.trace) this.report(t, 'provision', id, true);
      }
      while (this.provisioned < n) this.addWarm(t, true);
    } else if (n < this.provisioned) {
      const ids: number[] = [];
      for (let id = 0; id < this.slots; id++) if ((this.flags[id] as number) & PROV) ids.push(id);
      ids.sort((a, b) => (this.seqOf[b] as number) - (this.seqOf[a] as number));
      for (const id of ids.slice(0, this.provisioned - n)) {
        this.flags[id] = (this.flags[id] as number) & ~PROV;
        this.provisioned--;
        if ((this.active[id] as number) > 0) this.busyProvisioned--;
        else this.idleAppend(id, t);
        this.rekey(id);
        if (this.trace) this.report(t, 'provision', id, false);
      }
    }
  }

  /** Brings free-heap membership in line after the per-instance concurrency changed. */
  protected refreeAll(): void {
    for (let id = 0; id < this.slots; id++) {
      const f = this.flags[id] as number;
      if (!(f & ALIVE)) continue;
      const want = !(f & DRAIN) && (this.active[id] as number) < this.concurrency && (this.policy === PER_REQUEST || (f & READY) !== 0);
      const has = this.inFree(id);
      if (want && !has) this.freeAdd(id);
      else if (!want && has) this.freeRemove(id);
      else if (has) this.rekey(id);
    }
  }

  /** Terminates idle instances whose (possibly shortened) keep-alive has already run out. */
  protected expireOverdue(t: number): void {
    while (this.idleHead >= 0 && (this.idleSince[this.idleHead] as number) + this.keepAlive <= t) this.terminate(this.idleHead, t);
  }
}
