'use client';

/**
 * What every chart shares: a fixed-size box (nothing jumps while data arrives), a caption, a
 * legend drawn in HTML that shows each series' line style or fill pattern as well as its colour,
 * and the SVG fill patterns that tell stacked areas apart without colour.
 */
import { useId, useMemo, type ReactNode, type RefObject } from 'react';
import type { BaseTickContentProps } from 'recharts';

export type SeriesStyle =
  | { kind: 'line'; color: string; dash?: string; width?: number }
  | { kind: 'fill'; color: string; pattern: 'solid' | 'hatch' | 'dots' | 'outline' };

export interface LegendItem {
  label: string;
  style: SeriesStyle;
}

/** Stable pattern ids per chart; useId's characters are not all safe inside url(#…). */
export function usePatternIds() {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  // Memoised: a new object on every render would rebuild the chart's memoised series.
  return useMemo(() => ({ hatch: (c: string) => `${base}-hatch-${c}`, dots: (c: string) => `${base}-dots-${c}` }), [base]);
}

const cssName = (color: string) => color.replace(/[^a-zA-Z0-9]/g, '');

/** `fill` value for a series: a colour, or one of the patterns defined by <FillPatterns>. */
export function fillOf(ids: ReturnType<typeof usePatternIds>, style: Extract<SeriesStyle, { kind: 'fill' }>) {
  if (style.pattern === 'hatch') return `url(#${ids.hatch(cssName(style.color))})`;
  if (style.pattern === 'dots') return `url(#${ids.dots(cssName(style.color))})`;
  return style.color;
}

export function FillPatterns({ ids, colors }: { ids: ReturnType<typeof usePatternIds>; colors: readonly string[] }) {
  return (
    <defs>
      {colors.map((c) => (
        <g key={c}>
          <pattern id={ids.hatch(cssName(c))} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={c} fillOpacity={0.25} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={c} strokeWidth="3" />
          </pattern>
          <pattern id={ids.dots(cssName(c))} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill={c} fillOpacity={0.2} />
            <circle cx="2.5" cy="2.5" r="1.2" fill={c} />
          </pattern>
        </g>
      ))}
    </defs>
  );
}

function Swatch({ style }: { style: SeriesStyle }) {
  const ids = usePatternIds();
  if (style.kind === 'line') {
    return (
      <svg width="28" height="12" aria-hidden="true" className="shrink-0">
        <line x1="1" y1="6" x2="27" y2="6" stroke={style.color} strokeWidth={style.width ?? 2.5} strokeDasharray={style.dash} />
      </svg>
    );
  }
  const outline = style.pattern === 'outline';
  return (
    <svg width="16" height="14" aria-hidden="true" className="shrink-0">
      <FillPatterns ids={ids} colors={[style.color]} />
      <rect
        x="1"
        y="1"
        width="14"
        height="12"
        fill={fillOf(ids, style)}
        fillOpacity={outline ? 0.15 : 1}
        stroke={style.color}
        strokeWidth={outline ? 2 : 1.5}
        strokeDasharray={outline ? '3 2' : undefined}
      />
    </svg>
  );
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <Swatch style={item.style} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart in a box of fixed height. The drawing is one image to assistive technology, named by
 * `description`; the numbers behind it are in the panel's data table and its text summary.
 */
export function ChartBox({
  title,
  description,
  legend,
  height,
  children,
  boxRef,
}: {
  title: string;
  description: string;
  legend: readonly LegendItem[];
  height: number;
  children: ReactNode;
  boxRef?: RefObject<HTMLElement | null>;
}) {
  return (
    <figure ref={boxRef} className="flex min-w-0 flex-col gap-1.5">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="text-sm font-semibold">{title}</span>
        <Legend items={legend} />
      </figcaption>
      {/* Fixed size and contained: redrawing the chart never makes the browser lay out the page. */}
      <div role="img" aria-label={description} className="w-full [contain:strict]" style={{ height }}>
        {children}
      </div>
    </figure>
  );
}

/**
 * An axis label as one plain <text>. Recharts' own tick label, given the axis' width, measures
 * every label's words in a hidden span to wrap them: a forced layout of the page when a chart first
 * draws, and a third of a chart's render time. These labels are short and never wrap. The offsets
 * are the ones Recharts uses for a single line (cap height 0.71em).
 */
export function axisTick({ x, y, textAnchor, verticalAnchor, payload, index, tickFormatter }: BaseTickContentProps) {
  const value = payload.value;
  const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill="var(--fg-muted)" fontSize={11} className="recharts-cartesian-axis-tick-value">
      {text}
    </text>
  );
}
export const axisLine = { stroke: 'var(--border)' };
