/**
 * Instance storage for the engine: struct-of-arrays in typed arrays, so the hot loop allocates
 * nothing. Slots are handed out in creation order and never reused until a compaction
 * renumbers the live instances (keeping their order) when the arrays fill up; so slot order is
 * creation order. Three structures index the instances:
 *  - the free set: instances that can take a request now. Newest-first mode (DESIGN.md's rule,
 *    per-request and fixed policies): bitmaps per band, searched provisioned, then ready, then
 *    still starting, newest first within a band. Least-loaded mode (target-tracking, like
 *    Knative's load balancing): a max-heap on free slots, then newest;
 *  - the idle list: on-demand idle instances in the order they became idle, so the next to
 *    expire under a shared keep-alive is always the head (O(1), no timer per instance);
 *  - the ready heap: instances still initialising, by the time they become ready.
 */
import { Bits } from './bits';

export const ALIVE = 1;
export const PROV = 2;
export const DRAIN = 4;
export const READY = 8;

const NOT_FREE = -1;
const BAND_STARTING = 0;
const BAND_READY = 1;
const BAND_PROV = 2;
const IN_HEAP = 3;
const SLOT_KEY = 2 ** 32;

export class Pool {
  protected cap = 0;
  protected active = new Int32Array(0);
  protected readyAt = new Float64Array(0);
  protected flags = new Uint8Array(0);
  protected band = new Int8Array(0);
  protected prev = new Int32Array(0);
  protected next = new Int32Array(0);
  protected idleSince = new Float64Array(0);
  /** Creation number: stable identity across compactions (what traces report). */
  protected seqOf = new Float64Array(0);
  private key = new Float64Array(0);
  private heapPos = new Int32Array(0);
  /** One past the highest slot in use. */
  protected slots = 0;
  private seq = 0;
  private live = 0;

  /** Route to the instance with most free slots instead of the newest (fixed per run). */
  protected leastLoaded = false;
  /** Per-instance concurrency, for least-loaded keys. */
  protected slotsPer = 1;

  private readonly bits = [new Bits(16), new Bits(16), new Bits(16)];
  protected freeCount = 0;
  private fh = new Int32Array(0);
  private fhSize = 0;

  protected idleHead = -1;
  protected idleTail = -1;

  protected rhTime = new Float64Array(16);
  protected rhId = new Int32Array(16);
  protected rhSize = 0;

  protected constructor(initial: number) {
    this.resize(Math.max(16, initial));
  }

  private resize(n: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array | Int8Array>(a: T, make: (k: number) => T): T => {
      const b = make(n);
      b.set(a.subarray(0, Math.min(a.length, n)));
      return b;
    };
    this.active = grow(this.active, (k) => new Int32Array(k));
    this.readyAt = grow(this.readyAt, (k) => new Float64Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
    this.band = grow(this.band, (k) => new Int8Array(k));
    this.prev = grow(this.prev, (k) => new Int32Array(k));
    this.next = grow(this.next, (k) => new Int32Array(k));
    this.idleSince = grow(this.idleSince, (k) => new Float64Array(k));
    this.seqOf = grow(this.seqOf, (k) => new Float64Array(k));
    this.key = grow(this.key, (k) => new Float64Array(k));
    this.heapPos = grow(this.heapPos, (k) => new Int32Array(k));
    this.fh = grow(this.fh, (k) => new Int32Array(k));
    this.cap = n;
    for (const b of this.bits) b.resize(n);
    this.rebuildFree();
  }

  protected allocInstance(t: number, readyAt: number, prov: boolean): number {
    if (this.slots === this.cap) this.makeRoom();
    const id = this.slots++;
    this.live++;
    this.active[id] = 0;
    this.readyAt[id] = readyAt;
    this.flags[id] = ALIVE | (prov ? PROV : 0) | (readyAt <= t ? READY : 0);
    this.band[id] = NOT_FREE;
    this.prev[id] = -1;
    this.next[id] = -1;
    this.seqOf[id] = this.seq++;
    return id;
  }

  protected releaseSlot(id: number): void {
    this.flags[id] = 0;
    this.live--;
  }

  /** Full arrays: compact if at most half the slots are live, else double. */
  private makeRoom(): void {
    if (this.live <= this.cap / 2) this.compact();
    else this.resize(this.cap * 2);
  }

  private compact(): void {
    const map = new Int32Array(this.slots).fill(-1);
    let n = 0;
    for (let id = 0; id < this.slots; id++) if ((this.flags[id] as number) & ALIVE) map[id] = n++;
    const move = (a: Int32Array | Float64Array | Uint8Array | Int8Array) => {
      for (let id = 0; id < this.slots; id++) {
        const to = map[id] as number;
        if (to >= 0) a[to] = a[id] as number;
      }
    };
    for (const a of [this.active, this.readyAt, this.flags, this.band, this.prev, this.next, this.idleSince, this.seqOf, this.key]) move(a);
    const remap = (id: number) => (id < 0 ? id : (map[id] as number));
    for (let id = 0; id < n; id++) {
      this.prev[id] = remap(this.prev[id] as number);
      this.next[id] = remap(this.next[id] as number);
    }
    this.flags.fill(0, n, this.slots);
    this.idleHead = remap(this.idleHead);
    this.idleTail = remap(this.idleTail);
    // Ready entries of instances already gone are dropped; the rest renumbered.
    const pending: [number, number][] = [];
    for (let k = 0; k < this.rhSize; k++) {
      const to = map[this.rhId[k] as number] as number;
      if (to >= 0) pending.push([this.rhTime[k] as number, to]);
    }
    this.rhSize = 0;
    for (const [t, id] of pending) this.rhPush(t, id);
    this.renumber(map);
    this.slots = n;
    this.rebuildFree();
  }

  /** Subclasses renumber what they hold (the departure heap). */
  protected renumber(map: Int32Array): void {
    void map;
  }

  // ------------------------------------------------------------ the free set

  private bandOf(id: number): number {
    const f = this.flags[id] as number;
    return f & PROV ? BAND_PROV : f & READY ? BAND_READY : BAND_STARTING;
  }

  private rebuildFree(): void {
    for (const b of this.bits) b.resize(this.cap);
    this.fhSize = 0;
    this.freeCount = 0;
    for (let id = 0; id < this.slots; id++) {
      if ((this.band[id] as number) !== NOT_FREE) {
        this.band[id] = NOT_FREE;
        this.freeAdd(id);
      }
    }
  }

  protected inFree(id: number): boolean {
    return (this.band[id] as number) !== NOT_FREE;
  }

  protected freeAdd(id: number): void {
    this.freeCount++;
    if (this.leastLoaded) {
      this.band[id] = IN_HEAP;
      this.key[id] = (this.slotsPer - (this.active[id] as number)) * SLOT_KEY + (this.seqOf[id] as number);
      const p = this.fhSize++;
      this.fh[p] = id;
      this.heapPos[id] = p;
      this.fhUp(p);
    } else {
      const b = this.bandOf(id);
      this.band[id] = b;
      (this.bits[b] as Bits).set(id);
    }
  }

  protected freeRemove(id: number): void {
    const b = this.band[id] as number;
    this.band[id] = NOT_FREE;
    this.freeCount--;
    if (b !== IN_HEAP) {
      (this.bits[b] as Bits).clear(id);
      return;
    }
    const p = this.heapPos[id] as number;
    const last = this.fh[--this.fhSize] as number;
    if (p === this.fhSize) return;
    this.fh[p] = last;
    this.heapPos[last] = p;
    this.fhUp(p);
    this.fhDown(this.heapPos[last] as number);
  }

  /** The instance a request should go to, or -1 if none has a free slot. */
  protected freeBest(): number {
    if (this.leastLoaded) return this.fhSize > 0 ? (this.fh[0] as number) : -1;
    const bits = this.bits;
    let id = (bits[BAND_PROV] as Bits).max();
    if (id < 0) id = (bits[BAND_READY] as Bits).max();
    if (id < 0) id = (bits[BAND_STARTING] as Bits).max();
    return id;
  }

  /** Re-ranks a free instance after its flags (or, least-loaded, its load) changed. */
  protected rekey(id: number): void {
    if (!this.inFree(id)) return;
    this.freeRemove(id);
    this.freeAdd(id);
  }

  private fhUp(p: number): void {
    const fh = this.fh;
    const key = this.key;
    const pos = this.heapPos;
    const id = fh[p] as number;
    const k = key[id] as number;
    while (p > 0) {
      const q = (p - 1) >> 1;
      const pid = fh[q] as number;
      if ((key[pid] as number) >= k) break;
      fh[p] = pid;
      pos[pid] = p;
      p = q;
    }
    fh[p] = id;
    pos[id] = p;
  }

  private fhDown(p: number): void {
    const fh = this.fh;
    const key = this.key;
    const pos = this.heapPos;
    const n = this.fhSize;
    const id = fh[p] as number;
    const k = key[id] as number;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && (key[fh[c + 1] as number] as number) > (key[fh[c] as number] as number)) c++;
      const cid = fh[c] as number;
      if ((key[cid] as number) <= k) break;
      fh[p] = cid;
      pos[cid] = p;
      p = c;
    }
    fh[p] = id;
    pos[id] = p;
  }

  // ------------------------------------------------------------ idle list

  protected idleAppend(id: number, t: number): void {
    this.idleSince[id] = t;
    this.prev[id] = this.idleTail;
    this.next[id] = -1;
    if (this.idleTail >= 0) this.next[this.idleTail] = id;
    else this.idleHead = id;
    this.idleTail = id;
  }

  protected idleUnlink(id: number): void {
    const p = this.prev[id] as number;
    const n = this.next[id] as number;
    if (p >= 0) this.next[p] = n;
    else this.idleHead = n;
    if (n >= 0) this.prev[n] = p;
    else this.idleTail = p;
    this.prev[id] = -1;
    this.next[id] = -1;
  }

  protected inIdleList(id: number): boolean {
    return this.idleHead === id || (this.prev[id] as number) >= 0;
  }

  // ------------------------------------------------------------ ready heap (min-heap on time)

  protected rhPush(t: number, id: number): void {
    if (this.rhSize === this.rhTime.length) {
      const tt = new Float64Array(this.rhSize * 2);
      tt.set(this.rhTime);
      this.rhTime = tt;
      const ii = new Int32Array(this.rhSize * 2);
      ii.set(this.rhId);
      this.rhId = ii;
    }
    let p = this.rhSize++;
    while (p > 0) {
      const q = (p - 1) >> 1;
      const qt = this.rhTime[q] as number;
      if (qt <= t) break;
      this.rhTime[p] = qt;
      this.rhId[p] = this.rhId[q] as number;
      p = q;
    }
    this.rhTime[p] = t;
    this.rhId[p] = id;
  }

  /** Removes the earliest entry and returns its instance id. */
  protected rhPop(): number {
    const top = this.rhId[0] as number;
    const n = --this.rhSize;
    const t = this.rhTime[n] as number;
    const id = this.rhId[n] as number;
    let p = 0;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && (this.rhTime[c + 1] as number) < (this.rhTime[c] as number)) c++;
      if ((this.rhTime[c] as number) >= t) break;
      this.rhTime[p] = this.rhTime[c] as number;
      this.rhId[p] = this.rhId[c] as number;
      p = c;
    }
    this.rhTime[p] = t;
    this.rhId[p] = id;
    return top;
  }
}
