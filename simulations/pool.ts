/**
 * Instance storage for the engine: struct-of-arrays in typed arrays, so the hot loop allocates
 * nothing. Slots are handed out in creation order and never reused until a compaction
 * renumbers the live instances (keeping their order) when the arrays fill up; so slot order is
 * creation order. Three structures index the instances:
 *  - the free set: instances that can take a request now. Newest-first mode (DESIGN.md's rule,
 *    per-request and fixed policies): one bitmap over three bands, provisioned above ready above
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
  protected capacity = 0;
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

  /**
   * The newest-first free set, all three bands in one bitmap: band b's instance id is bit
   * (b << bandShift) | id, so the highest set bit is the newest instance of the best band, found
   * in one search instead of one per band.
   */
  private readonly bits = new Bits(3 * 16);
  /** Bits per band: a power of two at least the capacity, so an id is the bit's low bits. */
  private bandShift = 4;
  protected freeCount = 0;
  private freeHeap = new Int32Array(0);
  private freeHeapSize = 0;

  protected idleHead = -1;
  protected idleTail = -1;

  protected readyHeapTimes = new Float64Array(16);
  protected readyHeapIds = new Int32Array(16);
  protected readyHeapSize = 0;

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
    this.freeHeap = grow(this.freeHeap, (k) => new Int32Array(k));
    this.capacity = n;
    this.rebuildFree();
  }

  protected allocInstance(t: number, readyAt: number, prov: boolean): number {
    if (this.slots === this.capacity) this.makeRoom();
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
    if (this.live <= this.capacity / 2) this.compact();
    else this.resize(this.capacity * 2);
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
    for (let k = 0; k < this.readyHeapSize; k++) {
      const to = map[this.readyHeapIds[k] as number] as number;
      if (to >= 0) pending.push([this.readyHeapTimes[k] as number, to]);
    }
    this.readyHeapSize = 0;
    for (const [t, id] of pending) this.readyHeapPush(t, id);
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
    this.bandShift = 32 - Math.clz32(this.capacity - 1);
    this.bits.resize(3 << this.bandShift);
    this.freeHeapSize = 0;
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
    if (this.leastLoaded) return this.heapAdd(id);
    const b = this.bandOf(id);
    this.band[id] = b;
    this.bits.set((b << this.bandShift) | id);
  }

  protected freeRemove(id: number): void {
    const b = this.band[id] as number;
    this.band[id] = NOT_FREE;
    this.freeCount--;
    if (b === IN_HEAP) return this.heapRemove(id);
    this.bits.clear((b << this.bandShift) | id);
  }

  // The least-loaded heap's share of freeAdd and freeRemove is out of line: the newest-first
  // paths above then stay small enough for V8 to inline into the engine's loop (see Bits).

  private heapAdd(id: number): void {
    this.band[id] = IN_HEAP;
    this.key[id] = (this.slotsPer - (this.active[id] as number)) * SLOT_KEY + (this.seqOf[id] as number);
    const p = this.freeHeapSize++;
    this.freeHeap[p] = id;
    this.heapPos[id] = p;
    this.freeHeapUp(p);
  }

  private heapRemove(id: number): void {
    const p = this.heapPos[id] as number;
    const last = this.freeHeap[--this.freeHeapSize] as number;
    if (p === this.freeHeapSize) return;
    this.freeHeap[p] = last;
    this.heapPos[last] = p;
    this.freeHeapUp(p);
    this.freeHeapDown(this.heapPos[last] as number);
  }

  /** The instance a request should go to, or -1 if none has a free slot. */
  protected freeBest(): number {
    if (this.leastLoaded) return this.freeHeapSize > 0 ? (this.freeHeap[0] as number) : -1;
    const k = this.bits.max();
    return k < 0 ? -1 : k & ((1 << this.bandShift) - 1);
  }

  /** Re-ranks a free instance after its flags (or, least-loaded, its load) changed. */
  protected rekey(id: number): void {
    if (!this.inFree(id)) return;
    this.freeRemove(id);
    this.freeAdd(id);
  }

  private freeHeapUp(p: number): void {
    const heap = this.freeHeap;
    const key = this.key;
    const pos = this.heapPos;
    const id = heap[p] as number;
    const k = key[id] as number;
    while (p > 0) {
      const q = (p - 1) >> 1;
      const pid = heap[q] as number;
      if ((key[pid] as number) >= k) break;
      heap[p] = pid;
      pos[pid] = p;
      p = q;
    }
    heap[p] = id;
    pos[id] = p;
  }

  private freeHeapDown(p: number): void {
    const heap = this.freeHeap;
    const key = this.key;
    const pos = this.heapPos;
    const n = this.freeHeapSize;
    const id = heap[p] as number;
    const k = key[id] as number;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && (key[heap[c + 1] as number] as number) > (key[heap[c] as number] as number)) c++;
      const cid = heap[c] as number;
      if ((key[cid] as number) <= k) break;
      heap[p] = cid;
      pos[cid] = p;
      p = c;
    }
    heap[p] = id;
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

  protected readyHeapPush(t: number, id: number): void {
    if (this.readyHeapSize === this.readyHeapTimes.length) {
      const tt = new Float64Array(this.readyHeapSize * 2);
      tt.set(this.readyHeapTimes);
      this.readyHeapTimes = tt;
      const ii = new Int32Array(this.readyHeapSize * 2);
      ii.set(this.readyHeapIds);
      this.readyHeapIds = ii;
    }
    let p = this.readyHeapSize++;
    while (p > 0) {
      const q = (p - 1) >> 1;
      const qt = this.readyHeapTimes[q] as number;
      if (qt <= t) break;
      this.readyHeapTimes[p] = qt;
      this.readyHeapIds[p] = this.readyHeapIds[q] as number;
      p = q;
    }
    this.readyHeapTimes[p] = t;
    this.readyHeapIds[p] = id;
  }

  /** Removes the earliest entry and returns its instance id. */
  protected readyHeapPop(): number {
    const top = this.readyHeapIds[0] as number;
    const n = --this.readyHeapSize;
    const t = this.readyHeapTimes[n] as number;
    const id = this.readyHeapIds[n] as number;
    let p = 0;
    for (;;) {
      let c = 2 * p + 1;
      if (c >= n) break;
      if (c + 1 < n && (this.readyHeapTimes[c + 1] as number) < (this.readyHeapTimes[c] as number)) c++;
      if ((this.readyHeapTimes[c] as number) >= t) break;
      this.readyHeapTimes[p] = this.readyHeapTimes[c] as number;
      this.readyHeapIds[p] = this.readyHeapIds[c] as number;
      p = c;
    }
    this.readyHeapTimes[p] = t;
    this.readyHeapIds[p] = id;
    return top;
  }
}
