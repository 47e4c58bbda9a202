/**
 * A hierarchical bitmap over instance slots: set, clear and "highest set bit" in O(log32 n),
 * which with slots numbered in creation order answers "newest instance with a free slot" in a
 * few Math.clz32 calls.
 */
export class Bits {
  /** levels[0] has a bit per slot; each level above has a bit per non-zero word below; the top is one word. */
  private levels: Int32Array[] = [];
  private top = 0;
  // Up to 1,024 slots (all but the largest fleets) two levels suffice: the words, and one word
  // saying which are non-zero, kept as a plain number. No loop and no array of arrays, on the
  // path the engine takes twice a request.
  private small = false;
  private words: Int32Array = new Int32Array(1);
  private summary = 0;

  constructor(capacity: number) {
    this.resize(capacity);
  }

  /** Empties the bitmap and makes room for `capacity` slots. */
  resize(capacity: number): void {
    this.levels = [];
    let n = Math.max(1, capacity);
    for (;;) {
      const words = Math.ceil(n / 32);
      this.levels.push(new Int32Array(words));
      if (words === 1) break;
      n = words;
    }
    this.top = this.levels.length - 1;
    this.small = this.levels.length <= 2;
    this.words = this.levels[0] as Int32Array;
    this.summary = 0;
  }

  set(i: number): void {
    if (!this.small) return this.setDeep(i);
    const k = i >>> 5;
    this.words[k] = (this.words[k] as number) | (1 << (i & 31));
    this.summary |= 1 << k;
  }

  clear(i: number): void {
    if (!this.small) return this.clearDeep(i);
    const k = i >>> 5;
    const w = (this.words[k] as number) & ~(1 << (i & 31));
    this.words[k] = w;
    if (w === 0) this.summary &= ~(1 << k);
  }

  /** Highest set bit, or -1 when empty. */
  max(): number {
    if (!this.small) return this.maxDeep();
    const s = this.summary;
    if (s === 0) return -1;
    const k = 31 - Math.clz32(s);
    return (k << 5) | (31 - Math.clz32(this.words[k] as number));
  }

  // The paths of more than 1,024 slots are methods of their own, so that the small paths above
  // stay a few bytes of bytecode: V8 inlines into the engine's loop only up to a budget of
  // bytecode, and every byte of a rare path spent there is a hot call left out.

  private setDeep(i: number): void {
    for (let l = 0; ; l++) {
      const w = this.levels[l] as Int32Array;
      const k = i >>> 5;
      const before = w[k] as number;
      w[k] = before | (1 << (i & 31));
      if (before !== 0 || l === this.top) return;
      i = k;
    }
  }

  private clearDeep(i: number): void {
    for (let l = 0; ; l++) {
      const w = this.levels[l] as Int32Array;
      const k = i >>> 5;
      const after = (w[k] as number) & ~(1 << (i & 31));
      w[k] = after;
      if (after !== 0 || l === this.top) return;
      i = k;
    }
  }

  private maxDeep(): number {
    let w = (this.levels[this.top] as Int32Array)[0] as number;
    if (w === 0) return -1;
    let i = 31 - Math.clz32(w);
    for (let l = this.top - 1; l >= 0; l--) {
      w = (this.levels[l] as Int32Array)[i] as number;
      i = (i << 5) | (31 - Math.clz32(w));
    }
    return i;
  }
}
