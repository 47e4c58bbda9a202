/**
 * Response times of completed requests, in bounded memory: since t = 0 as two histograms (cold
 * and warm), with their exact sum, minimum and maximum; and for the current sample interval the
 * first SMALL latencies as they are (exact percentiles for quiet intervals), the rest filed in a
 * histogram. Only the engine records (`record`); everyone else reads through `LatencyView`.
 */
import * as histogram from './histogram';

// Imported bindings can compile to getter calls (CommonJS interop in tsx, Vitest's module
// runner); read once into module constants, they cost nothing per request.
const BUCKETS = histogram.BUCKETS;
const bucketOf = histogram.bucketOf;
const quantiles = histogram.quantiles;
const smallQuantiles = histogram.smallQuantiles;

/** Latencies per sample interval kept exactly before the histogram takes over. */
export const SMALL = 64;

/** What metrics may read; the histograms are the engine's own arrays, not to be written. */
export interface LatencyView {
  readonly coldHistogram: Float64Array;
  readonly warmHistogram: Float64Array;
  /** Sum of all response times since t = 0. */
  readonly total: number;
  /** Extremes since t = 0, or since the warm-up ended (`restartExtremes`). */
  readonly min: number;
  readonly max: number;
  /** Percentiles `qs` of the `n` latencies of the current sample interval, into `out`. */
  intervalQuantiles(n: number, qs: readonly number[], out: number[]): void;
}

export class Latencies implements LatencyView {
  readonly coldHistogram = new Float64Array(BUCKETS);
  readonly warmHistogram = new Float64Array(BUCKETS);
  total = 0;
  min = Infinity;
  max = 0;
  private readonly intervalFirst = new Float64Array(SMALL);
  private intervalCount = 0;
  private readonly intervalHistogram = new Float64Array(BUCKETS);
  private intervalLowest = BUCKETS;
  private intervalHighest = -1;
  private intervalMin = Infinity;
  private intervalMax = 0;

  /** `intervals`: false for a run that takes no samples (a sweep's), which skips their share. */
  constructor(private readonly intervals = true) {}

  record(latency: number, cold: boolean): void {
    this.total += latency;
    if (latency < this.min) this.min = latency;
    if (latency > this.max) this.max = latency;
    const b = bucketOf(latency);
    const h = cold ? this.coldHistogram : this.warmHistogram;
    h[b] = (h[b] as number) + 1;
    if (this.intervals) this.recordInterval(latency, b);
  }

  // Out of line: a sweep's runs take no samples, and the engine's loop inlines only so much.
  private recordInterval(latency: number, b: number): void {
    if (latency < this.intervalMin) this.intervalMin = latency;
    if (latency > this.intervalMax) this.intervalMax = latency;
    const n = this.intervalCount++;
    if (n < SMALL) {
      this.intervalFirst[n] = latency;
    } else {
      if (n === SMALL) for (let i = 0; i < SMALL; i++) this.fileInterval(bucketOf(this.intervalFirst[i] as number));
      this.fileInterval(b);
    }
  }

  private fileInterval(b: number): void {
    this.intervalHistogram[b] = (this.intervalHistogram[b] as number) + 1;
    if (b < this.intervalLowest) this.intervalLowest = b;
    if (b > this.intervalHighest) this.intervalHighest = b;
  }

  intervalQuantiles(n: number, qs: readonly number[], out: number[]): void {
    if (n <= SMALL) smallQuantiles(this.intervalFirst, n, qs, out);
    else quantiles(this.intervalHistogram, this.intervalLowest, this.intervalHighest, n, qs, this.intervalMin, this.intervalMax, out);
  }

  /** A sample has read the interval: the next one starts empty. */
  startInterval(): void {
    this.intervalCount = 0;
    if (this.intervalHighest >= this.intervalLowest) this.intervalHistogram.fill(0, this.intervalLowest, this.intervalHighest + 1);
    this.intervalLowest = BUCKETS;
    this.intervalHighest = -1;
    this.intervalMin = Infinity;
    this.intervalMax = 0;
  }

  /** The warm-up ended: extremes cover the measured interval only. */
  restartExtremes(): void {
    this.min = Infinity;
    this.max = 0;
  }
}
