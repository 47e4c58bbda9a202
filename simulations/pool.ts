/**
 * Instance storage for the engine: struct-of-arrays in typed arrays, grown by doubling, so the
 * hot loop allocates nothing. Three structures index the instances:
 *  - the free heap: instances that can take a request now, best first. Per-request policy:
 *    provisioned, then ready, then newest-created (DESIGN.md's routing rule). Least-loaded mode
 *    (target-tracking, like Knative's load balancing): most free slots, then newest;
 *  - the idle list: on-demand idle instances in the order they became idle, so the next to
 *    expire under a shared keep-alive is always the head (O(1), no timer per instance);
 *  - the ready heap: instances still initialising, by the time they become ready.
 */

export const ALIVE = 1;
export const PROV = 2;
export const DRAIN = 4;
export const READY = 8;

// Priority bands in the free heap's key; creation order fills the low bits.
const PROV_BAND = 2 ** 50;
const READY_BAND = 2 ** 49;
const SLOT_BAND = 2 ** 32;

export class Pool {
  protected cap = 0;
  protected active = new Int32Array(0);
  protected readyAt = new Float64Array(0);
  protected key = new Float64Array(0);
  protected flags = new Uint8Array(0);
  protected heapPos = new Int32Array(0);
  protected prev = new Int32Array(0);
  protected next = new Int32Array(0);
  protected idleSince = new Float64Array(0);
  protected bornAt = new Float64Array(0);
  protected seqOf = new Float64Array(0);
  /** Route to the instance with most free slots instead of the newest (set by the engine). */
  protected leastLoaded = false;
  /** Per-instance concurrency, for least-loaded keys. */
  protected slotsPer = 1;
  private freeIds = new Int32Array(0);
  private freeIdTop = 0;
  /** One past the highest slot ever used: the range a scan must cover. */
  protected slots = 0;
  private seq = 0;

  protected fh = new Int32Array(0);
  protected fhSize = 0;

  protected idleHead = -1;
  protected idleTail = -1;

  protected rhTime = new Float64Array(16);
  protected rhId = new Int32Array(16);
  protected rhSize = 0;

  protected constructor(initial: number) {
    this.grow(Math.max(16, initial));
  }

  private grow(n: number): void {
    const old = this.cap;
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.active = copy(this.active, (k) => new Int32Array(k));
    this.readyAt = copy(this.readyAt, (k) => new Float64Array(k));
    this.key = copy(this.key, (k) => new Float64Array(k));
    this.flags = copy(this.flags, (k) => new Uint8Array(k));
    this.heapPos = copy(this.heapPos, (k) => new Int32Array(k));
    this.prev = copy(this.prev, (k) => new Int32Array(k));
    this.next = copy(this.next, (k) => new Int32Array(k));
    this.idleSince = copy(this.idleSince, (k) => new Float64Array(k));
    this.bornAt = copy(this.bornAt, (k) => new Float64Array(k));
    this.seqOf = copy(this.seqOf, (k) => new Float64Array(k));
    this.fh = copy(this.fh, (k) => new Int32Array(k));
    const ids = new Int32Array(n);
    ids.set(this.freeIds.subarray(0, this.freeIdTop));
    // Hand out low slots first so scans over [0, slots) stay short.
    for (let i = n - 1; i >= old; i--) ids[this.freeIdTop++] = i;
    this.freeIds = ids;
    this.heapPos.fill(-1, old);
    this.prev.fill(-1, old);
    this.next.fill(-1, old);
    this.cap = n;
  }

  protected allocInstance(t: number, readyAt: number, prov: boolean): number {
    if (this.freeIdTop === 0) this.grow(this.cap * 2);
    const id = this.freeIds[--this.freeIdTop] as number;
    if (id >= this.slots) this.slots = id + 1;
    this.active[id] = 0;
    this.bornAt[id] = t;
    this.readyAt[id] = readyAt;
    this.flags[id] = ALIVE | (prov ? PROV : 0) | (readyAt <= t ? READY : 0);
    this.seqOf[id] = this.seq++;
    this.key[id] = this.keyOf(id);
    return id;
  }

  protected releaseSlot(id: number): void {
    this.flags[id] = 0;
    this.freeIds[this.freeIdTop++] = id;
  }

  private keyOf(id: number): number {
    const seq = this.seqOf[id] as number;
    if (this.leastLoaded) return (this.slotsPer - (this.active[id] as number)) * SLOT_BAND + seq;
    const f = this.flags[id] as number;
    return (f & PROV ? PROV_BAND : 0) + (f & READY ? READY_BAND : 0) + seq;
  }

  /** Re-ranks an instance after its flags (or, least-loaded, its load) changed. */
  protected rekey(id: number): void {
    this.key[id] = this.keyOf(id);
    const p = this.heapPos[id] as number;
    if (p >= 0) {
      this.fhUp(p);
      this.fhDown(this.heapPos[id] as number);
    }
  }

  // ------------------------------------------------------------ free heap (max-heap on key)

  protected fhPush(id: number): void {
    if (this.leastLoaded) this.key[id] = this.keyOf(id);
    const p = this.fhSize++;
    this.fh[p] = id;
    this.heapPos[id] = p;
    this.fhUp(p);
  }

  protected fhRemove(id: number): void {
    const p = this.heapPos[id] as number;
    this.heapPos[id] = -1;
    const last = this.fh[--this.fhSize] as number;
    if (p === this.fhSize) return;
    this.fh[p] = last;
    this.heapPos[last] = p;
    this.fhUp(p);
    this.fhDown(this.heapPos[last] as number);
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
