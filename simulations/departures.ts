/**
 * Requests in service, by the time they leave: a binary min-heap in three parallel typed
 * arrays (time, instance, arrival time), so a departure costs no allocation. The instance is
 * stored as ~id (negative) for a request that met a cold start. The engine peeks at the
 * earliest with `nextAt()` and reads it before `pop()`.
 */
export class Departures {
  private times = new Float64Array(64);
  private instances = new Int32Array(64);
  private arrivals = new Float64Array(64);
  private count = 0;

  /** When the earliest request leaves; Infinity when none is in service. */
  nextAt(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  /** The earliest request's instance (~id if it met a cold start); count > 0. */
  nextInstance(): number {
    return this.instances[0] as number;
  }

  /** The earliest request's arrival time; count > 0. */
  nextArrival(): number {
    return this.arrivals[0] as number;
  }

  /** A request that arrived at `arr` leaves instance `id` (~id if it met a cold start) at t. */
  push(t: number, id: number, arr: number): void {
    if (this.count === this.times.length) this.grow();
    const time = this.times;
    const ids = this.instances;
    const arrs = this.arrivals;
    let p = this.count++;
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

  /** Removes the earliest departure. */
  pop(): void {
    const time = this.times;
    const ids = this.instances;
    const arrs = this.arrivals;
    const n = --this.count;
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

  /** Compaction moved instances: `map[old]` is each one's new id. */
  renumber(map: Int32Array): void {
    for (let k = 0; k < this.count; k++) {
      const enc = this.instances[k] as number;
      this.instances[k] = enc < 0 ? ~(map[~enc] as number) : (map[enc] as number);
    }
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const i = new Int32Array(n);
    i.set(this.instances);
    this.instances = i;
    const a = new Float64Array(n);
    a.set(this.arrivals);
    this.arrivals = a;
  }
}
