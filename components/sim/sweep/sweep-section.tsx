'use client';

/**
 * "Sweep a setting": the playground's configuration run at 20–40 values of one knob, a few seeds
 * each, in Web Workers. The form (labelled fields, Run sweep / Cancel), progress, a chart per
 * outcome with the current value marked, a sentence a screen reader hears when it ends, and the
 * numbers as a table. The setup lives in the playground's state, so Copy link keeps it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { outcomeInfo, type OutcomeId, type SweepPoint } from '../../../simulations/sweep';
import { knobs } from '../model/knobs';
import { sameSettings, type SimSettings } from '../model/settings';
import { defaultSweep, isLogRange, isSweepKnob, maxPoints, maxSeeds, minPoints, repairSweep, sweepKnobIds, type SweepSetup } from '../model/sweep-spec';
import { buttonClass, primaryButtonClass } from '../controls/transport';
import { useSweep } from './use-sweep';
import { SweepPlot, PlotLegend, type PlotSeries } from './sweep-plot';
import { bandCell, formatSetting, sweepSummary } from './sweep-text';
import { formatNumber } from '../../../lib/format';

const shownOutcomes: readonly OutcomeId[] = ['coldStarts', 'p99', 'cost', 'rejected'];
const colors: Record<string, string> = { coldStarts: 'var(--series-2)', p99: 'var(--series-1)', cost: 'var(--series-3)', rejected: 'var(--series-4)' };

const fieldClass = 'h-9 w-full rounded-md border border-line bg-bg px-2 text-sm text-fg tabular-nums';

function NumberField({ label, value, onChange, hint }: { label: string; value: string; onChange: (v: string) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <input id={id} type="number" inputMode="decimal" step="any" value={value} onChange={(e) => onChange(e.target.value)} className={fieldClass} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <span id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </span>
      )}
    </div>
  );
}

interface Draft {
  knob: SweepSetup['knob'];
  from: string;
  to: string;
  points: string;
  seeds: string;
}

const draftOf = (s: SweepSetup): Draft => {
  const f = knobs[s.knob].factor;
  return { knob: s.knob, from: String(Number((s.from * f).toPrecision(6))), to: String(Number((s.to * f).toPrecision(6))), points: String(s.points), seeds: String(s.seeds) };
};

/** The form's text as a setup: empty or non-numeric fields keep the last good value. */
function readDraft(d: Draft, last: SweepSetup): { setup: SweepSetup; repaired: string[] } {
  const f = knobs[d.knob].factor;
  const base = d.knob === last.knob ? last : defaultSweep(d.knob);
  const n = (text: string, fallback: number, scale = 1) => {
    const v = text.trim() === '' ? NaN : Number(text);
    return Number.isFinite(v) ? v / scale : fallback;
  };
  const { value, repaired } = repairSweep({ knob: d.knob, from: n(d.from, base.from, f), to: n(d.to, base.to, f), points: n(d.points, base.points), seeds: n(d.seeds, base.seeds) });
  return { setup: value, repaired };
}

export function SweepSection({ settings, setup, onSetup, autoRun }: { settings: SimSettings; setup: SweepSetup | null; onSetup: (s: SweepSetup | null) => void; autoRun: boolean }) {
  const current = setup ?? defaultSweep();
  const [draft, setDraft] = useState<Draft>(() => draftOf(current));
  const [note, setNote] = useState('');
  const { state, start, cancel } = useSweep();
  const headingId = useId();
  const started = useRef(false);

  // A link with a sweep in it opens with that sweep drawn.
  useEffect(() => {
    if (autoRun && setup && !started.current) {
      started.current = true;
      start(settings, setup);
    }
  }, [autoRun, setup, settings, start]);

  function run() {
    const { setup: next, repaired } = readDraft(draft, current);
    setNote(repaired.length ? `Adjusted to what a sweep can run: ${repaired.join(', ')}.` : '');
    setDraft(draftOf(next));
    onSetup(next);
    started.current = true;
    start(settings, next);
  }

  const running = state.status === 'running';
  const shown = state.setup ?? current;
  const knob = knobs[shown.knob];
  const info = { label: knob.label, unit: knob.unit, factor: knob.factor };
  const log = isLogRange(shown);
  const nowValue = (state.settings ?? settings).values[shown.knob];
  const stale = state.settings !== null && !sameSettings(state.settings, settings);
  const summary = state.points.length > 1 ? sweepSummary(info, state.points, shownOutcomes, shown.seeds) : '';
  const sorted = [...state.points].sort((a, b) => a.value - b.value);
  const announce =
    state.status === 'running' ? `Sweep started: ${state.total} values.` : state.status === 'done' ? `Sweep finished. ${summary}` : state.status === 'cancelled' ? `Sweep cancelled after ${state.done} of ${state.total} values.` : state.status === 'failed' ? `The sweep stopped: ${state.error}` : '';

  return (
    // Below the results: the browser skips its style and layout until it comes near the screen.
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-line p-4 [contain-intrinsic-size:auto_40rem] [content-visibility:auto]" data-sweep="">
      <div>
        <h2 id={headingId} className="text-xl font-bold">
          Sweep a setting
        </h2>
        <p className="text-sm text-muted">
          Runs the configuration above (A when comparing) to its end at many values of one setting, on the same traffic, and plots what each value gives. Each value runs on
          several seeds; the line is their median and the shaded band the lowest to the highest.
        </p>
      </div>
      <form
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <div className="flex min-w-0 flex-col gap-1 sm:col-span-3 lg:col-span-2">
          <label htmlFor={`${headingId}-knob`} className="text-xs font-medium text-muted">
            Setting to sweep
          </label>
          <select
            id={`${headingId}-knob`}
            value={draft.knob}
            onChange={(e) => isSweepKnob(e.target.value) && setDraft(draftOf(defaultSweep(e.target.value)))}
            className={fieldClass}
          >
            {sweepKnobIds.map((id) => (
              <option key={id} value={id}>
                {knobs[id].label} ({knobs[id].unit})
              </option>
            ))}
          </select>
        </div>
        <NumberField label={`From (${knobs[draft.knob].unit})`} value={draft.from} onChange={(v) => setDraft((d) => ({ ...d, from: v }))} />
        <NumberField label={`To (${knobs[draft.knob].unit})`} value={draft.to} onChange={(v) => setDraft((d) => ({ ...d, to: v }))} />
        <NumberField label={`Values (${minPoints}–${maxPoints})`} value={draft.points} onChange={(v) => setDraft((d) => ({ ...d, points: v }))} />
        <NumberField label={`Seeds each (1–${maxSeeds})`} value={draft.seeds} onChange={(v) => setDraft((d) => ({ ...d, seeds: v }))} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={primaryButtonClass}>
            Run sweep
          </button>
          <button type="button" className={buttonClass} onClick={cancel} disabled={!running}>
            Cancel
          </button>
          <span className="text-sm tabular-nums" data-sweep-progress="">
            {state.status === 'idle' ? 'Not run yet.' : `${state.done} of ${state.total} values`}
            {state.status === 'done' && ` · done in ${formatNumber(state.ms / 1000, 2)} s`}
            {state.status === 'cancelled' && ' · cancelled'}
          </span>
          {running && <progress className="h-2 w-32 accent-[var(--accent)]" max={state.total} value={state.done} aria-label="Sweep progress" />}
        </div>
      </form>
      {note && <p className="text-sm text-muted">{note}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="text-sm text-bad">
          The sweep stopped: {state.error}
        </p>
      )}
      {stale && <p className="text-sm text-muted">The settings have changed since this sweep ran: press Run sweep to see the curve for the new ones.</p>}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {shownOutcomes.map((id) => {
          const series: PlotSeries[] = [{ outcome: id, label: outcomeInfo[id].label, color: colors[id] ?? 'var(--series-1)' }];
          return (
            <figure key={id} className="flex min-w-0 flex-col gap-1">
              <figcaption className="text-sm font-semibold">
                {outcomeInfo[id].label} against {knob.label.toLowerCase()}
              </figcaption>
              <SweepPlot
                title={`${outcomeInfo[id].label} (${outcomeInfo[id].unit}) against ${knob.label} (${knob.unit})`}
                points={state.points}
                series={series}
                from={shown.from}
                to={shown.to}
                log={log}
                xLabel={`${knob.label} (${knob.unit})`}
                factor={knob.factor}
                yLabel={outcomeInfo[id].unit}
                marks={[{ value: nowValue, label: `now ${formatSetting(info, nowValue)}` }]}
              />
              <PlotLegend series={series} />
            </figure>
          );
        })}
      </div>
      {summary && (
        <p className="text-sm" data-sweep-summary="">
          {summary}
        </p>
      )}
      <SweepTable name={knob.label} info={info} points={sorted} />
    </section>
  );
}

function SweepTable({ name, info, points }: { name: string; info: { label: string; unit: string; factor: number }; points: readonly SweepPoint[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <button type="button" className={buttonClass} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          Show sweep data
        </button>
      </div>
      <div id={id} hidden={!open}>
        {open && (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={`Sweep results: ${name}`}>
            <table className="w-full text-right text-xs tabular-nums" data-sweep-table="">
              <caption className="px-3 py-2 text-left text-xs text-muted">Median across seeds, with the lowest to highest in brackets where they differ.</caption>
              <thead className="bg-bg-soft">
                <tr>
                  <th scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                    {info.label}
                  </th>
                  {shownOutcomes.map((o) => (
                    <th key={o} scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                      {outcomeInfo[o].label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.length === 0 && (
                  <tr>
                    <td colSpan={shownOutcomes.length + 1} className="px-2 py-2 text-center text-muted">
                      No values yet: press Run sweep.
                    </td>
                  </tr>
                )}
                {points.map((p) => (
                  <tr key={p.value} className="border-t border-line">
                    <th scope="row" className="whitespace-nowrap px-2 py-1 font-medium">
                      {formatSetting(info, p.value)}
                    </th>
                    {shownOutcomes.map((o) => (
                      <td key={o} className="whitespace-nowrap px-2 py-1">
                        {bandCell(o, p)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
