/**
 * What a chart shows before and around its drawing: props, series colours, caption, legend and
 * the description assistive technology reads. Kept apart from chart-drawings.tsx so a page can
 * lay out its charts' boxes without loading Recharts.
 */
import type { LegendItem } from './chart-parts';
import type { HistogramRow, Row } from './chart-rows';
import type { SharedScale } from './shared-scale';

export const c1 = 'var(--series-1)';
export const c2 = 'var(--series-2)';
export const c3 = 'var(--series-3)';
export const c4 = 'var(--series-4)';

export interface TimeChartProps {
  rows: readonly Row[];
  duration: number;
  height: number;
  /** Compare mode: y ranges covering both runs, so the two sides share their axes. */
  scale?: SharedScale;
}
export type CostChartProps = TimeChartProps & { alwaysOn: boolean };
export interface HistogramChartProps {
  rows: readonly HistogramRow[];
  height: number;
}

export const instanceStyles = {
  busy: { kind: 'fill', color: c1, pattern: 'solid' },
  starting: { kind: 'fill', color: c2, pattern: 'hatch' },
  // Idle is usually the largest area: a pale fill under a dashed edge paints far cheaper than a pattern.
  idle: { kind: 'fill', color: c3, pattern: 'outline' },
} as const;

export interface Caption {
  title: string;
  legend: readonly LegendItem[];
  description: string;
}

const costLegends = [false, true].map((alwaysOn): LegendItem[] => [
  { label: 'pay-per-use', style: { kind: 'line', color: c1 } },
  ...(alwaysOn ? [{ label: 'always-on server', style: { kind: 'line', color: c2, dash: '8 4' } } as const] : []),
]);

export const captions = {
  rate: {
    title: 'Request rate',
    legend: [
      { label: 'requests/s', style: { kind: 'line', color: c1 } },
      { label: 'throttled/s', style: { kind: 'fill', color: c2, pattern: 'hatch' } },
    ],
    description: 'Line chart of requests per second over simulated time, with throttled requests per second as a hatched area.',
  },
  instances: {
    title: 'Instances',
    legend: [
      { label: 'busy', style: instanceStyles.busy },
      { label: 'starting (cold)', style: instanceStyles.starting },
      { label: 'idle', style: instanceStyles.idle },
    ],
    description: 'Stacked area chart of instances over simulated time: busy, starting and idle.',
  },
  latency: {
    title: 'Latency per interval (ms)',
    legend: [
      { label: 'p50', style: { kind: 'line', color: c3 } },
      { label: 'p95', style: { kind: 'line', color: c1, dash: '7 4' } },
      { label: 'p99', style: { kind: 'line', color: c2, dash: '2 3', width: 3 } },
      { label: 'cold starts (right axis)', style: { kind: 'fill', color: c4, pattern: 'hatch' } },
    ],
    description:
      'Line chart of p50, p95 and p99 latency in milliseconds per interval over simulated time, with cold starts per interval as a hatched area.',
  },
  histogram: {
    title: 'Latency histogram (% of requests)',
    legend: [
      { label: 'warm', style: { kind: 'fill', color: c1, pattern: 'solid' } },
      { label: 'cold-started', style: { kind: 'fill', color: c2, pattern: 'hatch' } },
    ],
    description: 'Histogram of the share of requests in each latency range, warm and cold-started requests stacked.',
  },
  /** The cost chart's caption depends on whether the always-on server is drawn beside pay-per-use. */
  cost: (alwaysOn: boolean): Caption => ({
    title: 'Cost so far ($)',
    legend: costLegends[alwaysOn ? 1 : 0] ?? [],
    description: `Line chart of the money spent so far over simulated time${alwaysOn ? ': pay-per-use against an always-on server' : ''}.`,
  }),
} satisfies Record<string, Caption | ((alwaysOn: boolean) => Caption)>;
