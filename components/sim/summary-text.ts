/**
 * The sentences a screen reader hears about a run (and everyone can read under the chart): what
 * the chart shows right now, in words, from the latest sample and the summary so far.
 */
import type { RunView } from './scenario';
import type { WidgetKind } from './presets';
import { formatDurationWords, formatLatency, formatMoney, formatNumber, formatPercent } from './format';

export function summaryText(kind: WidgetKind | 'playground', view: RunView, interval: number): string {
  const last = view.samples[view.samples.length - 1];
  if (!last || view.time === 0) return 'The run has not started. Press Play to start it, or Step to move it forward a little.';
  const s = view.summary;
  const at = `${view.done ? 'Run ended after' : 'At'} ${formatDurationWords(view.time)}:`;
  const rate = `${formatNumber(last.arrivals / interval)} requests per second`;
  const inst = `${formatNumber(last.instances)} instance${last.instances === 1 ? '' : 's'} (${formatNumber(last.busy)} busy, ${formatNumber(last.starting)} starting, ${formatNumber(last.idle)} idle)`;
  const cold = `${formatPercent(s.coldStartFraction)} of requests so far started cold`;
  const p99 = `p99 latency ${formatLatency(s.latency.p99)}`;
  const cost = `cost so far ${formatMoney(last.cost)}`;
  switch (kind) {
    case 'autoscaling':
      return `${at} ${rate}, ${inst}. ${formatPercent(s.rejectionFraction)} of requests throttled so far; ${cold}.`;
    case 'scale-to-zero':
      return `${at} ${rate}, ${inst}. ${last.instances === 0 ? 'Scaled to zero: nothing runs and the cost meter has stopped. ' : ''}${cold}; ${cost}.`;
    case 'cold-start':
      return `${at} p50 ${formatLatency(s.latency.p50)}, p95 ${formatLatency(s.latency.p95)}, ${p99}; ${cold}; ${inst}.`;
    case 'cost':
      return `${at} ${rate}. Pay-per-use has cost ${formatMoney(last.cost)} so far, the always-on server ${formatMoney(last.alwaysOnCost)}.`;
    case 'playground': {
      const queued = s.queued > 0 ? `; ${formatNumber(s.queued)} waiting in the queue, the oldest for ${formatDurationWords(s.wait.oldest)}` : '';
      return `${at} ${rate}, ${inst}; ${cold}; ${formatPercent(s.rejectionFraction)} rejected${queued}; ${p99}; ${cost}.`;
    }
  }
}
