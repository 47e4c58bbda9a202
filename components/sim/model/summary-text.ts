/**
 * The sentences a screen reader hears about a run (and everyone can read under the chart): what
 * the chart shows right now, in words, from the latest sample and the summary so far.
 */
import type { RunView } from './sim-run';
import { widgets, type SummaryParts, type WidgetKind } from '../widgets';
import { formatDurationWords, formatLatency, formatMoney, formatNumber, formatPercent } from '../../../lib/format';

export function summaryText(kind: WidgetKind | 'playground', view: RunView, interval: number): string {
  const last = view.samples[view.samples.length - 1];
  if (!last || view.time === 0) return 'The run has not started. Press Play to start it, or Step to move it forward a little.';
  const s = view.summary;
  const parts: SummaryParts = {
    at: `${view.done ? 'Run ended after' : 'At'} ${formatDurationWords(view.time)}:`,
    rate: `${formatNumber(last.arrivals / interval)} requests per second`,
    instances: `${formatNumber(last.instances)} instance${last.instances === 1 ? '' : 's'} (${formatNumber(last.busy)} busy, ${formatNumber(last.starting)} starting, ${formatNumber(last.idle)} idle)`,
    cold: `${formatPercent(s.coldStartFraction)} of requests so far started cold`,
    p99: `p99 latency ${formatLatency(s.latency.p99)}`,
    cost: `cost so far ${formatMoney(last.cost)}`,
    last,
    summary: s,
  };
  if (kind !== 'playground') return widgets[kind].summary(parts);
  const queued = s.queued > 0 ? `; ${formatNumber(s.queued)} waiting in the queue, the oldest for ${formatDurationWords(s.wait.oldest)}` : '';
  return `${parts.at} ${parts.rate}, ${parts.instances}; ${parts.cold}; ${formatPercent(s.rejectionFraction)} rejected${queued}; ${parts.p99}; ${parts.cost}.`;
}
