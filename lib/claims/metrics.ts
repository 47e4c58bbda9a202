/**
 * The figures a claim or an experiment can be about, read off a finished run the same way the
 * widget's readouts and summary read them, so the feedback quotes what the learner saw.
 */
import { formatLatency, formatMoney, formatNumber, formatPercent } from '../format';
import type { Sample, Summary } from '../../simulations';

export interface RunFigures {
  summary: Summary;
  samples: readonly Sample[];
}

export interface Metric {
  /** In the learner's words, as the panel labels it. */
  label: string;
  /**
   * A share of requests is compared in percentage points (2 points is a change anyone sees on a
   * readout); anything else by its relative change.
   */
  kind: 'fraction' | 'quantity';
  read: (run: RunFigures) => number;
  format: (value: number) => string;
}

const last = (run: RunFigures) => run.samples[run.samples.length - 1];

export const metrics = {
  coldStartFraction: { label: 'Cold starts', kind: 'fraction', read: (r) => r.summary.coldStartFraction, format: formatPercent },
  rejectionFraction: { label: 'Throttled', kind: 'fraction', read: (r) => r.summary.rejectionFraction, format: formatPercent },
  p99: { label: 'p99 latency', kind: 'quantity', read: (r) => r.summary.latency.p99, format: formatLatency },
  p50: { label: 'p50 latency', kind: 'quantity', read: (r) => r.summary.latency.p50, format: formatLatency },
  peakInstances: { label: 'Peak instances', kind: 'quantity', read: (r) => r.summary.peakInstances, format: (v) => formatNumber(v) },
  avgInstances: { label: 'Average instances', kind: 'quantity', read: (r) => r.summary.avgInstances, format: (v) => formatNumber(v) },
  avgBusyInstances: { label: 'Average busy instances', kind: 'quantity', read: (r) => r.summary.avgBusyInstances, format: (v) => formatNumber(v) },
  /** Fewest instances alive at any sample after the first request arrived: 0 means it scaled to zero. */
  lowestInstances: {
    label: 'Fewest instances',
    kind: 'quantity',
    read: (r) => {
      const first = r.samples.findIndex((s) => s.arrivals > 0);
      if (first < 0) return 0;
      return r.samples.slice(first + 1).reduce((min, s) => Math.min(min, s.instances), Infinity);
    },
    format: (v) => formatNumber(Number.isFinite(v) ? v : 0),
  },
  cost: { label: 'Cost', kind: 'quantity', read: (r) => last(r)?.cost ?? 0, format: formatMoney },
  alwaysOnCost: { label: 'Always-on cost', kind: 'quantity', read: (r) => last(r)?.alwaysOnCost ?? 0, format: formatMoney },
  /** Pay-per-use ÷ always-on over the same run: below 1, pay-per-use was cheaper. */
  costRatio: {
    label: 'Pay-per-use ÷ always-on cost',
    kind: 'quantity',
    read: (r) => {
      const s = last(r);
      return s && s.alwaysOnCost > 0 ? s.cost / s.alwaysOnCost : 0;
    },
    format: (v) => `${formatNumber(v, 2)}×`,
  },
} satisfies Record<string, Metric>;

export type MetricId = keyof typeof metrics;
export const metricIds = Object.keys(metrics) as MetricId[];

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.hasOwn(metrics, value);
}

export function metricOf(id: MetricId): Metric {
  return metrics[id];
}

/** "Cold starts went from 6.7% to 14%": the figures of the learner's own run, in the panel's words. */
export function describeChange(id: MetricId, before: number, after: number): string {
  const m = metrics[id];
  const same = m.format(before) === m.format(after);
  return `${m.label} ${same ? 'stayed at' : `went from ${m.format(before)} to`} ${m.format(after)}`;
}
