'use client';

/**
 * The panel's charts, drawn with Recharts. Every chart: fixed height, no animation (each update
 * is a new frame of a live run, and reduced motion must not tween), series told apart by dash
 * pattern or fill pattern as well as colour, the x axis in simulated time from 0 to the run's end.
 * Axes use interval={0} (every tick they compute): Recharts then skips measuring label widths
 * in the DOM, a forced layout of the whole page on every redraw.
 */
import { memo, type ComponentType } from 'react';
import { Area, Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisLine, axisTick, ChartBox, fillOf, FillPatterns, usePatternIds, useStaggered, type LegendItem } from './chart-parts';
import type { HistogramRow, Row } from './chart-rows';
import { formatClock, formatMoney, formatNumber } from './format';

const c1 = 'var(--series-1)';
const c2 = 'var(--series-2)';
const c3 = 'var(--series-3)';
const c4 = 'var(--series-4)';

const margin = { top: 6, right: 8, bottom: 0, left: 0 };
const dim = { width: 600, height: 200 };

interface TimeChartProps {
  rows: readonly Row[];
  duration: number;
  height: number;
}

/** A chart that takes its new rows in its own task (see useStaggered); `slot` orders the charts. */
function staggered<P extends { rows: readonly unknown[] }>(Chart: ComponentType<P>) {
  return memo(function Staggered(props: P & { slot: number }) {
    const rows = useStaggered(props.rows, props.slot);
    return <Chart {...props} rows={rows} />;
  });
}

/** Round clock times, at most five, none at the very end where its label would be cut off. */
export function timeTicks(duration: number): number[] {
  const steps = [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 43200, 86400];
  const step = steps.find((s) => duration / s <= 5) ?? 86400;
  const ticks: number[] = [];
  for (let t = 0; t < duration - step * 0.4; t += step) ticks.push(t);
  return ticks;
}

/** 1-2-5 ticks (ms) covering the latencies shown, for the log axis. */
export function logTicks(rows: readonly Row[]): number[] {
  let lo = Infinity;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.p50, r.p95, r.p99]) {
      if (v !== null) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!(hi > 0)) return [1, 10, 100, 1000];
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(lo)); decade <= hi * 10; decade *= 10) {
    for (const m of [1, 2, 5]) if (m * decade >= lo / 2 && m * decade <= hi * 2) ticks.push(m * decade);
  }
  // Many decades: keep only the powers of ten so labels never collide.
  return ticks.length > 7 ? ticks.filter((t) => Number.isInteger(Math.log10(t))) : ticks;
}

function TimeAxis({ duration }: { duration: number }) {
  return (
    <XAxis
      dataKey="t"
      type="number"
      domain={[0, duration]}
      allowDataOverflow
      ticks={timeTicks(duration)}
      tickFormatter={formatClock}
      tick={axisTick}
      axisLine={axisLine}
      tickLine={axisLine}
      interval={0}
    />
  );
}

/** Two significant digits keep money labels inside the axis ("$0.00034"). */
const moneyTick = (v: number) => (v === 0 ? '$0' : v >= 1 ? formatMoney(v) : `$${Number(v.toPrecision(2))}`);

const grid = <CartesianGrid stroke="var(--grid)" vertical={false} />;
const yNumber = (v: number) => formatNumber(v, 3);

const rateLegend: LegendItem[] = [
  { label: 'requests/s', style: { kind: 'line', color: c1 } },
  { label: 'throttled/s', style: { kind: 'fill', color: c2, pattern: 'hatch' } },
];

/** Arrivals per second, and throttled requests as hatched bars when the limit bites. */
const RateChartInner = memo(function RateChart({ rows, duration, height }: TimeChartProps) {
  const ids = usePatternIds();
  return (
    <ChartBox title="Request rate" legend={rateLegend} height={height} description="Line chart of requests per second over simulated time, with throttled requests as bars.">
      <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
        <ComposedChart data={rows as Row[]} margin={margin} accessibilityLayer={false}>
          <FillPatterns ids={ids} colors={[c2]} />
          {grid}
          <TimeAxis duration={duration} />
          <YAxis interval={0} width={44} tick={axisTick} axisLine={axisLine} tickLine={axisLine} tickFormatter={yNumber} />
          <Bar dataKey="throttled" fill={fillOf(ids, { kind: 'fill', color: c2, pattern: 'hatch' })} stroke={c2} isAnimationActive={false} />
          <Line dataKey="rate" stroke={c1} strokeWidth={2} dot={false} type="linear" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
});

const instanceStyles = {
  busy: { kind: 'fill', color: c1, pattern: 'solid' },
  starting: { kind: 'fill', color: c2, pattern: 'hatch' },
  // Idle is usually the largest area: a pale fill under a dashed edge paints far cheaper than a pattern.
  idle: { kind: 'fill', color: c3, pattern: 'outline' },
} as const;
const instanceLegend: LegendItem[] = [
  { label: 'busy', style: instanceStyles.busy },
  { label: 'starting (cold)', style: instanceStyles.starting },
  { label: 'idle', style: instanceStyles.idle },
];

/** Instances by state, stacked: busy at the bottom, then starting, then idle. */
const InstancesChartInner = memo(function InstancesChart({ rows, duration, height }: TimeChartProps) {
  const ids = usePatternIds();
  return (
    <ChartBox title="Instances" legend={instanceLegend} height={height} description="Stacked area chart of instances over simulated time: busy, starting and idle.">
      <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
        <ComposedChart data={rows as Row[]} margin={margin} accessibilityLayer={false}>
          <FillPatterns ids={ids} colors={[c2]} />
          {grid}
          <TimeAxis duration={duration} />
          <YAxis interval={0} width={44} tick={axisTick} axisLine={axisLine} tickLine={axisLine} tickFormatter={yNumber} allowDecimals={false} />
          {(['busy', 'starting', 'idle'] as const).map((key) => (
            <Area
              key={key}
              dataKey={key}
              stackId="instances"
              type="stepAfter"
              stroke={instanceStyles[key].color}
              strokeWidth={key === 'idle' ? 2 : 1.5}
              strokeDasharray={key === 'idle' ? '4 3' : undefined}
              fill={fillOf(ids, instanceStyles[key])}
              fillOpacity={key === 'busy' ? 0.55 : key === 'idle' ? 0.15 : 1}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
});

const latencyLegend: LegendItem[] = [
  { label: 'p50', style: { kind: 'line', color: c3 } },
  { label: 'p95', style: { kind: 'line', color: c1, dash: '7 4' } },
  { label: 'p99', style: { kind: 'line', color: c2, dash: '2 3', width: 3 } },
  { label: 'cold starts (right axis)', style: { kind: 'fill', color: c4, pattern: 'hatch' } },
];

/** Latency percentiles per interval (ms, log scale), with each interval's cold starts as bars. */
const LatencyChartInner = memo(function LatencyChart({ rows, duration, height }: TimeChartProps) {
  const ids = usePatternIds();
  const ticks = logTicks(rows);
  return (
    <ChartBox
      title="Latency per interval (ms)"
      legend={latencyLegend}
      height={height}
      description="Line chart of p50, p95 and p99 latency in milliseconds per interval over simulated time, with cold starts per interval as bars."
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
        <ComposedChart data={rows as Row[]} margin={margin} accessibilityLayer={false}>
          <FillPatterns ids={ids} colors={[c4]} />
          {grid}
          <TimeAxis duration={duration} />
          <YAxis interval={0} yAxisId="ms" width={44} scale="log" ticks={ticks} domain={[ticks[0] ?? 1, ticks[ticks.length - 1] ?? 1000]} allowDataOverflow tick={axisTick} axisLine={axisLine} tickLine={axisLine} tickFormatter={yNumber} />
          <YAxis interval={0} yAxisId="cold" orientation="right" width={32} tick={axisTick} axisLine={axisLine} tickLine={axisLine} allowDecimals={false} />
          <Bar yAxisId="cold" dataKey="coldStarts" fill={fillOf(ids, { kind: 'fill', color: c4, pattern: 'hatch' })} stroke={c4} isAnimationActive={false} />
          <Line yAxisId="ms" dataKey="p50" stroke={c3} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="ms" dataKey="p95" stroke={c1} strokeWidth={2} strokeDasharray="7 4" dot={false} isAnimationActive={false} />
          <Line yAxisId="ms" dataKey="p99" stroke={c2} strokeWidth={3} strokeDasharray="2 3" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
});

const histogramLegend: LegendItem[] = [
  { label: 'warm', style: { kind: 'fill', color: c1, pattern: 'solid' } },
  { label: 'cold-started', style: { kind: 'fill', color: c2, pattern: 'hatch' } },
];

/** Share of requests by response time, cold-started requests hatched on top of warm ones. */
const HistogramChartInner = memo(function HistogramChart({ rows, height }: { rows: readonly HistogramRow[]; height: number }) {
  const ids = usePatternIds();
  return (
    <ChartBox
      title="Latency histogram (% of requests)"
      legend={histogramLegend}
      height={height}
      description="Bar chart of the share of requests in each latency range, warm and cold-started requests stacked."
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
        <ComposedChart data={rows as HistogramRow[]} margin={margin} accessibilityLayer={false}>
          <FillPatterns ids={ids} colors={[c2]} />
          {grid}
          <XAxis dataKey="label" tick={axisTick} axisLine={axisLine} tickLine={axisLine} interval={Math.max(0, Math.ceil(rows.length / 7) - 1)} />
          <YAxis interval={0} width={44} tick={axisTick} axisLine={axisLine} tickLine={axisLine} tickFormatter={yNumber} />
          <Bar dataKey="warm" stackId="h" fill={c1} fillOpacity={0.7} stroke={c1} isAnimationActive={false} />
          <Bar dataKey="cold" stackId="h" fill={fillOf(ids, { kind: 'fill', color: c2, pattern: 'hatch' })} stroke={c2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
});

/** Money spent so far: pay-per-use as a solid line, the always-on server as a dashed one. */
const CostChartInner = memo(function CostChart({ rows, duration, height, alwaysOn }: TimeChartProps & { alwaysOn: boolean }) {
  const legend: LegendItem[] = [
    { label: 'pay-per-use', style: { kind: 'line', color: c1 } },
    ...(alwaysOn ? [{ label: 'always-on server', style: { kind: 'line', color: c2, dash: '8 4' } } as const] : []),
  ];
  return (
    <ChartBox
      title="Cost so far ($)"
      legend={legend}
      height={height}
      description={`Line chart of the money spent so far over simulated time${alwaysOn ? ': pay-per-use against an always-on server' : ''}.`}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
        <ComposedChart data={rows as Row[]} margin={margin} accessibilityLayer={false}>
          {grid}
          <TimeAxis duration={duration} />
          <YAxis interval={0} width={64} tick={axisTick} axisLine={axisLine} tickLine={axisLine} tickFormatter={moneyTick} />
          <Line dataKey="cost" stroke={c1} strokeWidth={2.5} dot={false} type="linear" isAnimationActive={false} />
          {alwaysOn && <Line dataKey="alwaysOnCost" stroke={c2} strokeWidth={2.5} strokeDasharray="8 4" dot={false} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
});

export const RateChart = staggered(RateChartInner);
export const InstancesChart = staggered(InstancesChartInner);
export const LatencyChart = staggered(LatencyChartInner);
export const HistogramChart = staggered(HistogramChartInner);
export const CostChart = staggered(CostChartInner);
