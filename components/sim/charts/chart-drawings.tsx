'use client';

/**
 * The charts' drawings, with Recharts: a chunk of its own, loaded when a page's first chart comes
 * near (charts.tsx draws the captioned, fixed-size boxes around them and loads this). Every chart:
 * no animation (each update is a new frame of a live run, and reduced motion must not tween),
 * series told apart by dash pattern or fill pattern as well as colour, the x axis in simulated
 * time from 0 to the run's end. Axes use interval={0} (every tick they compute): Recharts then
 * skips measuring label widths in the DOM, a forced layout of the whole page on every redraw.
 *
 * Between live redraws only the chart's `data` changes; everything inside it is built once in a
 * useMemo. Recharts 3 registers each axis and series in its store from an effect that fires on
 * any new props object, so a re-rendered axis meant another store update and a second, blocking
 * render of the whole chart on every frame.
 */
import { memo, useMemo, type ReactElement, type ReactNode } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisLine, axisTick, fillOf, FillPatterns, usePatternIds } from './chart-parts';
import { c1, c2, c3, c4, instanceStyles, type CostChartProps, type HistogramChartProps, type TimeChartProps } from './chart-captions';
import type { Row } from './chart-rows';
import { linearTicks, logTicks, timeTicks } from './ticks';
import { extents } from './shared-scale';
import { formatClock, formatMoney, formatNumber } from '../../../lib/format';

const margin = { top: 6, right: 8, bottom: 0, left: 0 };
const dim = { width: 600, height: 200 };

/** A Recharts chart filling its box (charts.tsx's ChartBox); `children` are its memoised axes and series. */
function Drawing({ data, children }: { data: readonly object[]; children: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={dim}>
      <ComposedChart data={data as object[]} margin={margin} accessibilityLayer={false}>
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** A linear y axis on the given ticks (as text, so equal ticks computed afresh are no change). */
function valueAxis(tickKey: string, props: { id?: string; width?: number; right?: boolean; format?: (v: number) => string } = {}) {
  const ticks = tickKey.split(',').map(Number);
  return (
    <YAxis
      key={props.id ?? 'y'}
      yAxisId={props.id ?? 0}
      orientation={props.right ? 'right' : 'left'}
      interval={0}
      width={props.width ?? 44}
      ticks={ticks}
      domain={[0, ticks[ticks.length - 1] ?? 1]}
      tick={axisTick}
      axisLine={axisLine}
      tickLine={axisLine}
      tickFormatter={props.format ?? yNumber}
    />
  );
}

/**
 * The x axis in simulated time, one element per run length: when a chart's y ticks change and
 * its series are rebuilt, the x axis stays the same element and Recharts keeps its settings.
 */
const timeAxes = new Map<number, ReactElement>();
function timeAxis(duration: number) {
  let axis = timeAxes.get(duration);
  if (!axis) {
    axis = (
      <XAxis
        key="x"
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
    timeAxes.set(duration, axis);
  }
  return axis;
}

/** Two significant digits keep money labels inside the axis ("$0.00034"). */
const moneyTick = (v: number) => (v === 0 ? '$0' : v >= 1 ? formatMoney(v) : `$${Number(v.toPrecision(2))}`);

const grid = <CartesianGrid key="grid" stroke="var(--grid)" vertical={false} />;

/** What every chart over time starts with: its fill pattern (in `color`), the grid and the time axis. */
const timeBase = (ids: ReturnType<typeof usePatternIds>, color: string, duration: number) => [<FillPatterns key="p" ids={ids} colors={[color]} />, grid, timeAxis(duration)];
const yNumber = (v: number) => formatNumber(v, 3);

/**
 * Arrivals per second, and throttled requests as a hatched step area when the limit bites. (A
 * step area, not bars: one path instead of a component per sample on every live redraw; and
 * always there, flat at zero, because mounting a series mid-run is a long task of its own.)
 */
const RateChartInner = memo(function RateChart({ rows, duration, scale }: TimeChartProps) {
  const ids = usePatternIds();
  // The shared scale may trail these rows by a redraw: the larger of the two keeps every point in.
  const yTicks = linearTicks(Math.max(extents.rate(rows), scale?.rate ?? 0)).join(',');
  const body = useMemo(
    () => [
      ...timeBase(ids, c2, duration),
      valueAxis(yTicks),
      <Area key="throttled" dataKey="throttled" type="stepAfter" fill={fillOf(ids, { kind: 'fill', color: c2, pattern: 'hatch' })} fillOpacity={1} stroke={c2} strokeWidth={1} isAnimationActive={false} />,
      <Line key="rate" dataKey="rate" stroke={c1} strokeWidth={2} dot={false} type="linear" isAnimationActive={false} />,
    ],
    [ids, duration, yTicks],
  );
  return <Drawing data={rows as Row[]}>{body}</Drawing>;
});

/** Instances by state, stacked: busy at the bottom, then starting, then idle. */
const InstancesChartInner = memo(function InstancesChart({ rows, duration, scale }: TimeChartProps) {
  const ids = usePatternIds();
  const yTicks = linearTicks(Math.max(extents.instances(rows), scale?.instances ?? 0), true).join(',');
  const body = useMemo(
    () => [
      ...timeBase(ids, c2, duration),
      valueAxis(yTicks),
      ...(['busy', 'starting', 'idle'] as const).map((key) => (
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
      )),
    ],
    [ids, duration, yTicks],
  );
  return <Drawing data={rows as Row[]}>{body}</Drawing>;
});

/** Latency percentiles per interval (ms, log scale), with each interval's cold starts as a hatched step area. */
const LatencyChartInner = memo(function LatencyChart({ rows, duration, scale }: TimeChartProps) {
  const ids = usePatternIds();
  // Compared as text: the same ticks computed afresh must not count as a change.
  const tickKey = scale?.latencyTicks ?? logTicks(rows).join(',');
  const coldTicks = linearTicks(Math.max(extents.coldStarts(rows), scale?.coldStarts ?? 0), true).join(',');
  const body = useMemo(() => {
    const ticks = tickKey.split(',').map(Number);
    return [
      ...timeBase(ids, c4, duration),
      <YAxis
        key="ms"
        interval={0}
        yAxisId="ms"
        width={44}
        scale="log"
        ticks={ticks}
        domain={[ticks[0] ?? 1, ticks[ticks.length - 1] ?? 1000]}
        allowDataOverflow
        tick={axisTick}
        axisLine={axisLine}
        tickLine={axisLine}
        tickFormatter={yNumber}
      />,
      valueAxis(coldTicks, { id: 'cold', right: true, width: 32 }),
      <Area
        key="coldStarts"
        yAxisId="cold"
        dataKey="coldStarts"
        type="stepAfter"
        fill={fillOf(ids, { kind: 'fill', color: c4, pattern: 'hatch' })}
        fillOpacity={1}
        stroke={c4}
        strokeWidth={1}
        isAnimationActive={false}
      />,
      <Line key="p50" yAxisId="ms" dataKey="p50" stroke={c3} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />,
      <Line key="p95" yAxisId="ms" dataKey="p95" stroke={c1} strokeWidth={2} strokeDasharray="7 4" dot={false} isAnimationActive={false} />,
      <Line key="p99" yAxisId="ms" dataKey="p99" stroke={c2} strokeWidth={3} strokeDasharray="2 3" dot={false} isAnimationActive={false} />,
    ];
  }, [ids, duration, tickKey, coldTicks]);
  return <Drawing data={rows as Row[]}>{body}</Drawing>;
});

interface HistogramPoint {
  x: number;
  warm: number;
  cold: number;
}

/**
 * Share of requests by response time, cold-started requests hatched on top of warm ones. The bars
 * are two stacked step areas over the bin index: two paths instead of a Recharts component per bar,
 * which made this chart's redraw the longest task of a playing run.
 */
const HistogramChartInner = memo(function HistogramChart({ rows }: HistogramChartProps) {
  const ids = usePatternIds();
  // About five labels: latency labels are wide, and the chart is 320 px across on a phone.
  const every = Math.max(1, Math.ceil(rows.length / 5));
  const yTicks = linearTicks(rows.reduce((m, r) => Math.max(m, r.warm + r.cold), 0)).join(',');
  const labels = rows.map((r) => r.label).join('|');
  const points = useMemo<HistogramPoint[]>(() => {
    const last = rows[rows.length - 1];
    // A step holds its value up to the next point, so the last bin needs a point at its far edge.
    return last ? [...rows.map((r, x) => ({ x, warm: r.warm, cold: r.cold })), { x: rows.length, warm: last.warm, cold: last.cold }] : [];
  }, [rows]);
  const body = useMemo(() => {
    const names = labels.split('|');
    // One tick in the middle of every `every`-th bin, labelled by the bin's upper edge.
    const ticks = names.flatMap((_, i) => (i % every === 0 ? [i + 0.5] : []));
    return [
      <FillPatterns key="p" ids={ids} colors={[c2]} />,
      grid,
      <XAxis
        key="x"
        dataKey="x"
        type="number"
        domain={[0, Math.max(1, names.length)]}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => names[Math.floor(v)] ?? ''}
        tick={axisTick}
        axisLine={axisLine}
        tickLine={axisLine}
      />,
      valueAxis(yTicks),
      <Area key="warm" dataKey="warm" stackId="h" type="stepAfter" fill={c1} fillOpacity={0.7} stroke={c1} strokeWidth={1} isAnimationActive={false} />,
      <Area
        key="cold"
        dataKey="cold"
        stackId="h"
        type="stepAfter"
        fill={fillOf(ids, { kind: 'fill', color: c2, pattern: 'hatch' })}
        fillOpacity={1}
        // No outline: stacked on the warm area, it would trace the warm bars' tops where nothing started cold.
        stroke="none"
        isAnimationActive={false}
      />,
    ];
  }, [ids, every, yTicks, labels]);
  return <Drawing data={points}>{body}</Drawing>;
});

/** Money spent so far: pay-per-use as a solid line, the always-on server as a dashed one. */
const CostChartInner = memo(function CostChart({ rows, duration, alwaysOn, scale }: CostChartProps) {
  const shared = alwaysOn ? scale?.costWithAlwaysOn : scale?.cost;
  const yTicks = linearTicks(Math.max(extents.cost(rows, alwaysOn), shared ?? 0)).join(',');
  const body = useMemo(
    () => [
      grid,
      timeAxis(duration),
      valueAxis(yTicks, { width: 64, format: moneyTick }),
      <Line key="cost" dataKey="cost" stroke={c1} strokeWidth={2.5} dot={false} type="linear" isAnimationActive={false} />,
      alwaysOn && <Line key="alwaysOn" dataKey="alwaysOnCost" stroke={c2} strokeWidth={2.5} strokeDasharray="8 4" dot={false} isAnimationActive={false} />,
    ],
    [duration, alwaysOn, yTicks],
  );
  return <Drawing data={rows as Row[]}>{body}</Drawing>;
});

/** Every kind of chart's drawing, by kind: charts.tsx frames them, chart-warmup.tsx draws them offscreen. */
export const drawings = {
  rate: RateChartInner,
  instances: InstancesChartInner,
  latency: LatencyChartInner,
  histogram: HistogramChartInner,
  cost: CostChartInner,
};
