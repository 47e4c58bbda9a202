/**
 * <SweepChart> for lessons, computed when the course is built: a server component runs the sweep
 * through the engine (the same runPoint the playground's workers run) and renders plain SVG and
 * HTML. A reader downloads no script for it and waits for nothing; the numbers are fixed by the
 * preset and the seeds, so they are the same on every build, and they print and are searchable.
 */
import { crossing, runSweep, sweepSeeds, sweepValues, outcomeInfo, type OutcomeId } from '@/simulations/sweep';
import { knobs } from '@/components/sim/model/knobs';
import { toScenarioInput, widgetSettings } from '@/components/sim/model/sim-run';
import { isLogRange } from '@/components/sim/model/sweep-spec';
import { widgets } from '@/components/sim/widgets';
import { PlotLegend, SweepPlot, type PlotMark, type PlotSeries } from '@/components/sim/sweep/sweep-plot';
import { bandCell, formatSetting, sweepSummary } from '@/components/sim/sweep/sweep-text';
import { parseSweepChart } from '@/lib/content/sweep-chart-props';
import { formatNumber } from '@/lib/format';

const colors = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)'];

export function SweepChart(props: Record<string, unknown>) {
  const { spec, problems } = parseSweepChart(props);
  // The content check refuses these before a build gets here; this is for a lesson in `next dev`.
  if (!spec) throw new Error(`<SweepChart>: ${problems.join('; ')}`);
  const knob = knobs[spec.knob];
  const from = spec.from / knob.factor;
  const to = spec.to / knob.factor;
  const log = isLogRange({ from, to });
  const base = widgetSettings(spec.widget, spec.preset);
  const settings = spec.duration ? { ...base, values: { ...base.values, duration: spec.duration } } : base;
  const values = sweepValues(from, to, spec.points, { log, integer: knob.integer });
  const seeds = sweepSeeds(settings.seed, spec.seeds);
  const points = runSweep(values, seeds, (value, seed) => toScenarioInput({ ...settings, seed, values: { ...settings.values, [spec.knob]: value } }));

  const info = { label: knob.label, unit: knob.unit, factor: knob.factor };
  const label = (id: OutcomeId) => (id === 'cost' && spec.breakEven ? 'Pay-per-use a month' : outcomeInfo[id].label);
  const presetLabel = widgets[spec.widget].presets[spec.preset]?.label ?? spec.preset;
  const marks: PlotMark[] = [{ value: base.values[spec.knob], label: `preset ${formatSetting(info, base.values[spec.knob])}` }];
  const even = spec.breakEven ? crossing(points, 'cost', 'alwaysOn') : undefined;
  if (even !== undefined) marks.push({ value: even, label: `break-even ≈ ${formatSetting(info, even)}` });
  // Outcomes in the same unit share a plot (two bills); others sit side by side.
  const groups: OutcomeId[][] = [];
  for (const id of spec.outcomes) {
    const g = groups.find((list) => outcomeInfo[list[0] as OutcomeId].unit === outcomeInfo[id].unit);
    if (g) g.push(id);
    else groups.push([id]);
  }
  const names = spec.outcomes.map(label).join(' and ');
  const summary = sweepSummary(info, points, spec.outcomes, spec.seeds).replace(/Cost a month/g, label('cost'));

  return (
    <figure className="not-prose my-8 flex flex-col gap-3 rounded-xl border border-line p-4 sm:p-5" data-sweep-chart="">
      <figcaption className="flex flex-col gap-1">
        <span className="text-base font-bold">
          Sweep: {names} against {knob.label.toLowerCase()}
        </span>
        <span className="text-sm text-muted">
          The {presetLabel.toLowerCase()} preset run to the end at {points.length} values of {knob.label.toLowerCase()}, {spec.seeds} seeds each
          {spec.duration ? `, ${formatNumber(spec.duration / 60)} simulated minutes per run` : ''}. Computed when the course was built; open the playground to sweep it yourself.
        </span>
      </figcaption>
      <div className={groups.length > 1 ? 'grid gap-4 sm:grid-cols-2' : 'grid gap-4'}>
        {groups.map((ids) => {
          const series: PlotSeries[] = ids.map((id, i) => ({ outcome: id, label: label(id), color: colors[spec.outcomes.indexOf(id) % colors.length] ?? 'var(--series-1)', dashed: i > 0 }));
          return (
            <div key={ids.join()} className="flex min-w-0 flex-col gap-1">
              <SweepPlot
                title={`${ids.map(label).join(' and ')} (${outcomeInfo[ids[0] as OutcomeId].unit}) against ${knob.label} (${knob.unit})`}
                points={points}
                series={series}
                from={from}
                to={to}
                log={log}
                xLabel={`${knob.label} (${knob.unit})`}
                factor={knob.factor}
                yLabel={outcomeInfo[ids[0] as OutcomeId].unit}
                marks={marks}
              />
              <PlotLegend series={series} />
            </div>
          );
        })}
      </div>
      <p className="text-sm">
        {summary}
        {even !== undefined && ` The two bills cross at about ${formatSetting(info, even)}.`}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show the numbers</summary>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="mt-2 overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={`Sweep numbers: ${names} against ${knob.label}`}>
          <table className="w-full text-right text-xs tabular-nums">
            <thead className="bg-bg-soft">
              <tr>
                <th scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                  {knob.label}
                </th>
                {spec.outcomes.map((id) => (
                  <th key={id} scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                    {label(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.value} className="border-t border-line">
                  <th scope="row" className="whitespace-nowrap px-2 py-1 font-medium">
                    {formatSetting(info, p.value)}
                  </th>
                  {spec.outcomes.map((id) => (
                    <td key={id} className="whitespace-nowrap px-2 py-1">
                      {bandCell(id, p)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
