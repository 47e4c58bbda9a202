/**
 * One outcome (or two, to compare) against the swept setting, as plain SVG: the median across
 * seeds as a line, min to max as a band, the current value and a break-even as labelled vertical
 * lines. No hooks and no client code, so a lesson's chart renders at build time to HTML and the
 * playground draws the same thing as points arrive. The box's size comes from its width only, so
 * nothing moves while a sweep fills it in; the x axis is the whole range from the start.
 */
import type { OutcomeId, SweepPoint } from '../../../simulations/sweep';
import { formatNumber } from '../../../lib/format';
import { axisTicks } from './sweep-ticks';

export interface PlotSeries {
  outcome: OutcomeId;
  label: string;
  color: string;
  /** Dashed, so two series differ by more than colour. */
  dashed?: boolean;
}

export interface PlotMark {
  value: number;
  label: string;
}

export interface SweepPlotProps {
  title: string;
  points: readonly SweepPoint[];
  series: readonly PlotSeries[];
  /** The setting's range in engine units, and how to show it (factor: engine to shown). */
  from: number;
  to: number;
  log: boolean;
  xLabel: string;
  factor: number;
  yLabel: string;
  marks?: readonly PlotMark[];
}

const W = 360;
const H = 210;
const PAD = { left: 46, right: 12, top: 16, bottom: 38 };

export function SweepPlot({ title, points, series, from, to, log, xLabel, factor, yLabel, marks = [] }: SweepPlotProps) {
  const x0 = PAD.left;
  const x1 = W - PAD.right;
  const y0 = H - PAD.bottom;
  const y1 = PAD.top;
  const lx = (v: number) => (log ? Math.log(Math.max(v, from)) : v);
  const span = lx(to) - lx(from) || 1;
  const sx = (v: number) => x0 + ((lx(v) - lx(from)) / span) * (x1 - x0);
  let top = 0;
  for (const p of points) for (const s of series) top = Math.max(top, p.outcomes[s.outcome].max);
  const yTicks = axisTicks(0, top > 0 ? top : 1, false);
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const sy = (v: number) => y0 - (v / yMax) * (y0 - y1);
  const xTicks = axisTicks(from * factor, to * factor, log).map((t) => t / factor);
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const f = (n: number) => n.toFixed(1);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="block h-auto w-full text-[11px]" data-sweep-plot="">
      <title>{title}</title>
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={x0} x2={x1} y1={sy(t)} y2={sy(t)} stroke="var(--grid)" />
          <text x={x0 - 4} y={sy(t) + 4} textAnchor="end" fill="var(--fg-muted)">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={sx(t)} x2={sx(t)} y1={y0} y2={y0 + 4} stroke="var(--fg-muted)" />
          <text x={sx(t)} y={y0 + 15} textAnchor="middle" fill="var(--fg-muted)">
            {formatNumber(t * factor)}
          </text>
        </g>
      ))}
      <line x1={x0} x2={x1} y1={y0} y2={y0} stroke="var(--fg-muted)" />
      <text x={(x0 + x1) / 2} y={H - 4} textAnchor="middle" fill="var(--fg)">
        {xLabel}
        {log ? ' (log scale)' : ''}
      </text>
      <text x={4} y={10} fill="var(--fg)">
        {yLabel}
      </text>
      {series.map((s) => {
        const upper = sorted.map((p) => `${f(sx(p.value))},${f(sy(p.outcomes[s.outcome].max))}`);
        const lower = sorted.map((p) => `${f(sx(p.value))},${f(sy(p.outcomes[s.outcome].min))}`).reverse();
        const median = sorted.map((p) => `${f(sx(p.value))},${f(sy(p.outcomes[s.outcome].median))}`).join(' ');
        return (
          <g key={s.outcome}>
            {sorted.length > 1 && <polygon points={[...upper, ...lower].join(' ')} fill={s.color} fillOpacity={0.18} stroke="none" />}
            {sorted.length > 1 && <polyline points={median} fill="none" stroke={s.color} strokeWidth={2.2} strokeDasharray={s.dashed ? '6 4' : undefined} />}
            {sorted.map((p) => (
              <circle key={p.value} cx={sx(p.value)} cy={sy(p.outcomes[s.outcome].median)} r={2.4} fill={s.color} />
            ))}
          </g>
        );
      })}
      {marks
        .filter((m) => m.value >= from && m.value <= to)
        .map((m, i) => {
          const x = sx(m.value);
          const right = x > (x0 + x1) / 2;
          return (
            <g key={m.label}>
              <line x1={x} x2={x} y1={y1} y2={y0} stroke="var(--fg)" strokeWidth={1.2} strokeDasharray="2 3" />
              <text x={right ? x - 4 : x + 4} y={y1 + 10 + i * 13} textAnchor={right ? 'end' : 'start'} fill="var(--fg)" fontWeight={600} stroke="var(--bg)" strokeWidth={3} paintOrder="stroke">
                {m.label}
              </text>
            </g>
          );
        })}
    </svg>
  );
}

/** The legend in HTML under a plot: line style as well as colour, and what the band means. */
export function PlotLegend({ series }: { series: readonly PlotSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {series.map((s) => (
        <li key={s.outcome} className="flex items-center gap-1.5">
          <svg width="28" height="12" aria-hidden="true" className="shrink-0">
            <rect x="1" y="1" width="26" height="10" fill={s.color} fillOpacity={0.18} />
            <line x1="1" y1="6" x2="27" y2="6" stroke={s.color} strokeWidth={2.2} strokeDasharray={s.dashed ? '6 4' : undefined} />
          </svg>
          {s.label}
        </li>
      ))}
      <li>line: median of the seeds; shaded: lowest to highest</li>
    </ul>
  );
}
