/**
 * The requests waiting for capacity, first in first out, remembered by arrival time, in memory
 * that stays bounded however far the queue grows.
 *
 * The queue is a ring of groups, each "count requests that arrived evenly spread from first to
 * last". While fewer than `maxGroups` requests wait, every group holds one request and the queue
 * is exact. When the ring is full, neighbouring groups merge pairwise and a new arrival joins the
 * last group until it holds `per` requests (`per` doubles at each merge). An overloaded queue of
 * 80 million requests is thus at most 131,072 groups (3 MB) instead of 640 MB of arrival times,
 * and no step copies more than the ring.
 *
 * What stays exact: the number of requests waiting (`len`), their order, and each group's first
 * and last arrival. A request taken from a group of several gets an arrival time interpolated
 * within its group's span, so its wait is off by less than that span (about the queue's age ÷
 * 65,536; more for the one group that straddles a lull in traffic, which its requests are spread
 * across). `sum` is the sum of the arrival times the queue will hand out. Once the queue drains
 * to a quarter of `maxGroups`, new arrivals are stored one by one again.
 */

/** Groups before the queue starts to merge: every queue the course's settings can bound is exact. */
export const MAX_GROUPS = 2 ** 17;

export class ArrivalQueue {
  /** Requests waiting. */
  len = 0;
  /** Sum of the arrival times of the requests waiting (as they will be handed out). */
  sum = 0;
  private first: Float64Array;
  private last: Float64Array;
  private count: Float64Array;
  private head = 0;
  private groups = 0;
  private mask: number;
  /** Most requests a group may take by arrival; 1 while the queue is exact. */
  private per = 1;
  private readonly maxGroups: number;

  /** `maxGroups` and `initial` are powers of two. */
  constructor(maxGroups = MAX_GROUPS, initial = 64) {
    this.maxGroups = maxGroups;
    const n = Math.min(initial, maxGroups);
    this.first = new Float64Array(n);
    this.last = new Float64Array(n);
    this.count = new Float64Array(n);
    this.mask = n - 1;
  }

  /** Arrival time of the request at the head (len > 0). */
  oldest(): number {
    return this.first[this.head] as number;
  }

  /** True once requests share groups, so arrival times are interpolated. */
  get grouped(): boolean {
    return this.groups < this.len;
  }

  /** Bytes the ring holds; never more than 24 × maxGroups. */
  get storedBytes(): number {
    return this.first.byteLength + this.last.byteLength + this.count.byteLength;
  }

  push(t: number): void {
    this.len++;
    const n = this.groups;
    // A queue that has drained to a quarter of the groups has room to be exact again.
    if (this.per > 1 && n < this.maxGroups >> 2) this.per = 1;
    if (this.per > 1) {
      const i = (this.head + n - 1) & this.mask;
      const c = this.count[i] as number;
      if (c < this.per) {
        const f = this.first[i] as number;
        // Joining re-spreads the group evenly from f to t: its sum changes by more than t.
        this.sum += ((c + 1) * (f + t) - c * (f + (this.last[i] as number))) / 2;
        this.count[i] = c + 1;
        this.last[i] = t;
        return;
      }
    }
    if (n === this.first.length) {
      if (n < this.maxGroups) this.grow();
      else this.merge();
    }
    const i = (this.head + this.groups) & this.mask;
    this.first[i] = t;
    this.last[i] = t;
    this.count[i] = 1;
    this.groups++;
    this.sum += t;
  }

  /** Removes the request at the head and returns its arrival time (len > 0). */
  shift(): number {
    const h = this.head;
    const c = this.count[h] as number;
    const f = this.first[h] as number;
    this.len--;
    if (c === 1) {
      this.head = (h + 1) & this.mask;
      if (--this.groups === 0) {
        // Empty: start exact again, and drop the rounding the running sum collected.
        this.head = 0;
        this.per = 1;
        this.sum = 0;
        return f;
      }
    } else {
      const l = this.last[h] as number;
      this.count[h] = c - 1;
      this.first[h] = c === 2 ? l : f + (l - f) / (c - 1);
    }
    this.sum -= f;
    return f;
  }

  private grow(): void {
    const n = this.first.length * 2;
    const move = (a: Float64Array) => {
      const b = new Float64Array(n);
      const tail = a.subarray(this.head);
      b.set(tail);
      b.set(a.subarray(0, this.head), tail.length);
      return b;
    };
    this.first = move(this.first);
    this.last = move(this.last);
    this.count = move(this.count);
    this.head = 0;
    this.mask = n - 1;
  }

  /** Merges groups pairwise in place (the ring is full): half the groups, twice as wide. */
  private merge(): void {
    const { first, last, count, mask, head } = this;
    let sum = 0;
    let j = 0;
    for (let k = 0; k < this.groups; k += 2, j++) {
      const a = (head + k) & mask;
      const to = (head + j) & mask;
      let c = count[a] as number;
      const f = first[a] as number;
      let l = last[a] as number;
      if (k + 1 < this.groups) {
        const b = (head + k + 1) & mask;
        c += count[b] as number;
        l = last[b] as number;
      }
      first[to] = f;
      last[to] = l;
      count[to] = c;
      sum += (c * (f + l)) / 2;
    }
    this.groups = j;
    this.per *= 2;
    this.sum = sum;
  }
}
