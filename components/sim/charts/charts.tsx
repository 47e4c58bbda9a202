'use client';

/**
 * The panel's charts: each a captioned box of fixed height (nothing jumps while data arrives)
 * whose drawing takes its turns in the page's redraw queue. The drawings (Recharts, in
 * chart-drawings.tsx) are a chunk of their own, fetched when a page's first chart comes near:
 * evaluating Recharts with the playground was most of its longest task on a phone (issue 14), and
 * a reader who never scrolls to the charts never pays for it.
 */
import { createElement, memo, useEffect, useState, type ComponentType } from 'react';
import { ChartBox } from './chart-parts';
import { captions, type Caption, type CostChartProps, type HistogramChartProps, type TimeChartProps } from './chart-captions';
import { notDrawn, useQueuedRedraw } from './redraw-queue';
import { useNear } from '@/components/mdx/use-near';

export type Drawings = (typeof import('./chart-drawings'))['drawings'];

let loaded: Drawings | null = null;
let loading: Promise<Drawings> | null = null;

/** Fetches and evaluates the drawings once per page; a failed fetch (offline) is tried again next time. */
export function loadDrawings(): Promise<Drawings> {
  loading ??= import('./chart-drawings').then(
    (m) => (loaded = m.drawings),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The drawings, once loaded; `wanted` starts the fetch. */
function useDrawings(wanted: boolean): Drawings | null {
  const [drawings, setDrawings] = useState(loaded);
  useEffect(() => {
    if (!wanted || drawings) return;
    let live = true;
    // A chart whose code did not arrive keeps its empty box; the next chart to come near tries again.
    loadDrawings().then((d) => live && setDrawings(() => d), () => {});
    return () => {
      live = false;
    };
  }, [wanted, drawings]);
  return drawings;
}

/**
 * A chart that takes its new rows when the page's redraw queue gives it its turn, and is first
 * drawn only when it comes near the viewport (a playground's charts are screens below its
 * controls on a phone) and its drawing's code has arrived: a turn taken before would draw nothing,
 * and the charts would then all draw at once, in one long task, when the code came.
 */
function queued<P extends { rows: readonly unknown[]; height: number }>(pick: (d: Drawings) => ComponentType<P>, caption: (props: P) => Caption, name: string, every = 0) {
  return memo(function Queued(props: P) {
    const { ref, near } = useNear<HTMLElement>();
    const drawings = useDrawings(near);
    const rows = useQueuedRedraw(props.rows, name, every, near && drawings !== null);
    return (
      <ChartBox {...caption(props)} height={props.height} boxRef={ref}>
        {/* The drawings are module-level components of the other chunk, the same on every render. */}
        {rows !== notDrawn && drawings && createElement(pick(drawings), { ...props, rows })}
      </ChartBox>
    );
  });
}

export const RateChart = queued<TimeChartProps>((d) => d.rate, () => captions.rate, 'rate');
export const InstancesChart = queued<TimeChartProps>((d) => d.instances, () => captions.instances, 'instances');
export const LatencyChart = queued<TimeChartProps>((d) => d.latency, () => captions.latency, 'latency');
// The distribution settles within seconds; redrawing it twice a second is plenty.
export const HistogramChart = queued<HistogramChartProps>((d) => d.histogram, () => captions.histogram, 'histogram', 500);
export const CostChart = queued<CostChartProps>((d) => d.cost, (p) => captions.cost(p.alwaysOn), 'cost');
