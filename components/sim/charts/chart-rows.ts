/**
 * Samples as chart rows: per-second rates instead of per-interval counts, latencies in ms, and
 * no NaN (an interval without requests has no percentile; null leaves a gap in the line).
 */
import type { Histogram, Sample } from '../model/sim-run';

export interface Row {
  t: number;
  /** Arrivals per second over the interval (observed), and the pattern's rate (expected). */
  rate: number;
  expected: number;
  throttled: number;
  starting: number;
  busy: number;
  idle: number;
  instances: number;
  coldStarts: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  cost: number;
  alwaysOnCost: number;
}

const ms = (s: number) => (Number.isFinite(s) && s > 0 ? s * 1000 : null);

export function toRows(samples: readonly Sample[], interval: number): Row[] {
  return samples.map((s) => ({
    t: s.t,
    rate: s.arrivals / interval,
    expected: s.rate,
    throttled: s.throttled / interval,
    starting: s.starting,
    busy: s.busy,
    idle: s.idle,
    instances: s.instances,
    coldStarts: s.coldStarts,
    p50: ms(s.p50),
    p95: ms(s.p95),
    p99: ms(s.p99),
    cost: s.cost,
    alwaysOnCost: s.alwaysOnCost,
  }));
}

export interface HistogramRow {
  label: string;
  warm: number;
  cold: number;
}

/**
 * The latency histogram as shares of all requests, trimmed to the buckets that hold any, and
 * merged to at most `maxBars` bars so the chart stays legible.
 */
export function toHistogramRows(h: Histogram, maxBars = 24): HistogramRow[] {
  const n = Math.min(h.warm.length, h.cold.length);
  let first = 0;
  let last = n - 1;
  while (first < n && (h.warm[first] ?? 0) + (h.cold[first] ?? 0) === 0) first++;
  while (last > first && (h.warm[last] ?? 0) + (h.cold[last] ?? 0) === 0) last--;
  if (first >= n) return [];
  let total = 0;
  for (let i = first; i <= last; i++) total += (h.warm[i] ?? 0) + (h.cold[i] ?? 0);
  const per = Math.ceil((last - first + 1) / maxBars);
  const rows: HistogramRow[] = [];
  for (let i = first; i <= last; i += per) {
    let warm = 0;
    let cold = 0;
    for (let j = i; j < Math.min(i + per, last + 1); j++) {
      warm += h.warm[j] ?? 0;
      cold += h.cold[j] ?? 0;
    }
    // Bucket k spans bounds[k] to bounds[k + 1]; a bar is labelled by its upper edge.
    const upper = h.bounds[Math.min(i + per, last + 1)] ?? Infinity;
    rows.push({ label: latencyLabel(upper), warm: (100 * warm) / total, cold: (100 * cold) / total });
  }
  return rows;
}

function latencyLabel(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'more';
  return seconds < 1 ? `${Number((seconds * 1000).toPrecision(2))}ms` : `${Number(seconds.toPrecision(2))}s`;
}
