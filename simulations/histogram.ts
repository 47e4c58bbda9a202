/**
 * Latency histogram: bounded memory however many requests. Buckets split each power of two into
 * 16 equal parts (width ≤ 6.25 %, so ≤ 3 % error after interpolation) from 2^-14 s (61 µs) to
 * 2^17 s. The bucket is read straight off the float's exponent and top mantissa bits, with no
 * logarithm: the engine files every request. Quantiles interpolate inside a bucket and are
 * clamped to the exact observed min and max, so a constant latency comes out exact.
 */

const SUB_BITS = 4;
const MIN_EXP = -14;
const OCTAVES = 31;
/** Bucket 0 holds [0, 2^-14); the last holds 2^17 s and up. */
export const BUCKETS = OCTAVES * (1 << SUB_BITS) + 2;
const BASE = (1023 + MIN_EXP) << SUB_BITS;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The high word of a double: index 1 on little-endian machines (all current JS targets), 0 on big-endian.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export function bucketOf(x: number): number {
  f64[0] = x;
  const i = ((u32[HI] as number) >>> (20 - SUB_BITS)) - BASE + 1;
  return i < 1 ? 0 : i < BUCKETS - 1 ? i : BUCKETS - 1;
}

const BOUNDS = new Float64Array(BUCKETS + 1);
for (let i = 1; i <= BUCKETS; i++) {
  const j = i - 1;
  BOUNDS[i] = Math.pow(2, MIN_EXP + (j >> SUB_BITS)) * (1 + (j & ((1 << SUB_BITS) - 1)) / (1 << SUB_BITS));
}

export function lowerBound(i: number): number {
  return i <= 0 ? 0 : (BOUNDS[i] as number);
}

/**
 * Exact quantiles (nearest rank: the ⌈q·n⌉-th smallest) of the first n values of xs, which it
 * sorts in place. For the few latencies of a quiet sample interval this is cheaper than a pass
 * over the histogram, and exact.
 */
export function smallQuantiles(xs: Float64Array, n: number, qs: readonly number[], out: number[]): void {
  for (let i = 1; i < n; i++) {
    const x = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > x) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = x;
  }
  for (let k = 0; k < qs.length; k++) out[k] = n > 0 ? (xs[Math.max(0, Math.ceil((qs[k] as number) * n) - 1)] as number) : 0;
}

/**
 * Writes the quantiles `qs` (ascending) of the counts in buckets [lo, hi], which sum to total,
 * into out, in one pass.
 */
export function quantiles(
  counts: Float64Array,
  lo: number,
  hi: number,
  total: number,
  qs: readonly number[],
  min: number,
  max: number,
  out: number[],
): void {
  let k = 0;
  if (total <= 0) {
    for (; k < qs.length; k++) out[k] = 0;
    return;
  }
  let seen = 0;
  for (let i = lo; i <= hi && k < qs.length; i++) {
    const c = counts[i] as number;
    if (c <= 0) continue;
    while (k < qs.length && seen + c >= (qs[k] as number) * total) {
      const a = lowerBound(i);
      const b = i === BUCKETS - 1 ? max : lowerBound(i + 1);
      const v = a + (b - a) * (((qs[k] as number) * total - seen) / c);
      out[k++] = v < min ? min : v > max ? max : v;
    }
    seen += c;
  }
  for (; k < qs.length; k++) out[k] = max;
}

export interface ChartHistogram {
  /** bounds[i]..bounds[i+1] are bucket i's edges in seconds; bounds.length = cold.length + 1. */
  bounds: number[];
  cold: number[];
  warm: number[];
}

const GROUP = 4;

/** Coarsened to 4 buckets per power of two and trimmed to the occupied range, for a bar chart. */
export function chartHistogram(cold: Float64Array, warm: Float64Array): ChartHistogram {
  // Coarse bucket 0 is the underflow; then groups of GROUP fine buckets; the overflow stays alone.
  const coarseOf = (i: number) => (i === 0 ? 0 : 1 + Math.floor((i - 1) / GROUP));
  const n = coarseOf(BUCKETS - 1) + 1;
  const fineStart = (c: number) => (c === 0 ? 0 : 1 + (c - 1) * GROUP);
  const c = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < BUCKETS; i++) {
    const k = coarseOf(i);
    c[k] = (c[k] as number) + (cold[i] ?? 0);
    w[k] = (w[k] as number) + (warm[i] ?? 0);
  }
  let first = -1;
  let last = -1;
  for (let k = 0; k < n; k++) {
    if ((c[k] as number) + (w[k] as number) > 0) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) return { bounds: [], cold: [], warm: [] };
  const bounds: number[] = [];
  for (let k = first; k <= last; k++) bounds.push(lowerBound(fineStart(k)));
  // The overflow bucket is drawn as wide as a power of two.
  bounds.push(last === n - 1 ? lowerBound(BUCKETS - 1) * 2 : lowerBound(fineStart(last + 1)));
  return { bounds, cold: Array.from(c.subarray(first, last + 1)), warm: Array.from(w.subarray(first, last + 1)) };
}
