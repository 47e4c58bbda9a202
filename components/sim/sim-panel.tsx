'use client';

/**
 * The one panel every lesson widget is: transport, readouts, charts, the controls its lesson
 * needs, a spoken summary and the data table. A widget file only names its kind; what differs
 * between kinds (charts, extra readouts) is chosen here from the kind.
 */
import Link from '@/components/intent-link';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { toHistogramRows, toRows, type Row } from './chart-rows';
import { ChartWarmup } from './chart-warmup';
import { CostChart, HistogramChart, InstancesChart, LatencyChart, RateChart } from './charts';
import { DataTable } from './data-table';
import { formatLatency, formatPercent } from './format';
import { KnobSlider, SelectField } from './knob-slider';
import { knobs, type KnobId } from './knobs';
import { LiveSummary } from './live-summary';
import { widgets, type WidgetKind } from './presets';
import { coreReadouts, Readouts, type ReadoutItem } from './readouts';
import { sampleIntervalFor, widgetSettings, type RunView } from './scenario';
import { isPatternId, patternIds, patternLabels, randomSeed, type SimSettings } from './settings';
import { summaryText } from './summary-text';
import { Transport } from './transport';
import { encodePlayground } from './url-state';
import { useSimulation } from './use-simulation';
import { costFigures } from './cost-figures';
import { effectiveValues } from './effective';
import { overloadFor } from './overload';
import { HeldNotes, OverloadNote } from './settings-notes';

const patternOptions = patternIds.map((id) => ({ value: id, label: patternLabels[id] }));

function Charts({ kind, rows, view }: { kind: WidgetKind; rows: readonly Row[]; view: RunView }) {
  const d = view.duration;
  const histogram = useMemo(() => (kind === 'cold-start' ? toHistogramRows(view.histogram) : []), [kind, view.histogram]);
  switch (kind) {
    case 'autoscaling':
      return (
        <>
          <RateChart rows={rows} duration={d} height={140} />
          <InstancesChart rows={rows} duration={d} height={200} />
        </>
      );
    case 'scale-to-zero':
      return (
        <>
          <RateChart rows={rows} duration={d} height={110} />
          <InstancesChart rows={rows} duration={d} height={150} />
          <CostChart rows={rows} duration={d} height={110} alwaysOn={false} />
        </>
      );
    case 'cold-start':
      return (
        <>
          <LatencyChart rows={rows} duration={d} height={200} />
          <HistogramChart rows={histogram} height={150} />
        </>
      );
    case 'cost':
      return (
        <>
          <CostChart rows={rows} duration={d} height={200} alwaysOn />
          <RateChart rows={rows} duration={d} height={140} />
        </>
      );
  }
}

function readoutsFor(kind: WidgetKind, view: RunView, settings: SimSettings): ReadoutItem[] {
  const core = coreReadouts(view);
  const started = view.time > 0 && view.summary.requests > 0;
  if (kind === 'autoscaling')
    return [...core, { label: 'Throttled', value: started ? formatPercent(view.summary.rejectionFraction) : '—', note: 'of requests (429)' }];
  if (kind === 'cold-start')
    return [{ label: 'p50 latency', value: started ? formatLatency(view.summary.latency.p50) : '—', note: 'the median' }, ...core];
  if (kind === 'cost') return [...core, ...costFigures(view, settings)];
  return core;
}

export function SimPanel({ kind, preset }: { kind: WidgetKind; preset: string }) {
  const spec = widgets[kind];
  const presetIds = Object.keys(spec.presets);
  const [presetId, setPresetId] = useState(spec.presets[preset] ? preset : (presetIds[0] ?? ''));
  const [settings, setSettings] = useState(() => widgetSettings(kind, presetId));
  const rootRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const list = useMemo(() => [settings], [settings]);
  const sim = useSimulation(list, { rootRef, initialSpeed: spec.presets[presetId]?.speed ?? 60, runKey: presetId });
  const view = sim.views[0];
  const interval = sampleIntervalFor(settings.values.duration);
  const rows = useMemo(() => (view ? toRows(view.samples, interval) : []), [view, interval]);
  const setKnob = useCallback((id: KnobId, value: number) => setSettings((s) => ({ ...s, values: { ...s.values, [id]: value } })), []);
  // The sliders show what the run uses; the notes say where that differs from what was asked.
  const { values, held } = useMemo(() => effectiveValues(settings), [settings]);
  const overload = useMemo(() => overloadFor(settings), [settings]);
  if (!view) return null;

  const choosePreset = (id: string) => {
    setPresetId(id);
    setSettings(widgetSettings(kind, id, settings.seed));
    sim.setSpeed(spec.presets[id]?.speed ?? sim.speed);
  };

  return (
    <section ref={rootRef} aria-labelledby={titleId} data-sim-panel className="not-prose my-8 flex flex-col gap-4 rounded-xl border border-line bg-bg-raised p-4 shadow-sm sm:p-5">
      <header>
        <p id={titleId} className="text-base font-bold">
          Simulation: {spec.title}
          <span className="font-normal text-muted"> · {spec.presets[presetId]?.label}</span>
        </p>
        <p className="text-sm text-muted">{spec.blurb}</p>
      </header>
      <Transport
        status={sim.status}
        time={view.time}
        duration={view.duration}
        speed={sim.speed}
        onSpeed={sim.setSpeed}
        onPlay={sim.play}
        onPause={sim.pause}
        onStep={sim.step}
        onReset={sim.reset}
        onNewTraffic={() => setSettings((s) => ({ ...s, seed: randomSeed() }))}
      >
        {presetIds.length > 1 && (
          <SelectField
            label="Preset"
            value={presetId}
            options={presetIds.map((id) => ({ value: id, label: spec.presets[id]?.label ?? id }))}
            onChange={choosePreset}
          />
        )}
      </Transport>
      <OverloadNote text={overload} />
      <Readouts items={readoutsFor(kind, view, settings)} />
      <div className="flex flex-col gap-4">
        <Charts kind={kind} rows={rows} view={view} />
      </div>
      <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {spec.showPattern && (
          <SelectField
            label="Traffic pattern"
            value={settings.pattern}
            options={patternOptions}
            onChange={(v) => isPatternId(v) && setSettings((s) => ({ ...s, pattern: v }))}
          />
        )}
        {spec.knobs.map((id) => (
          <KnobSlider key={id} id={id} knob={knobs[id]} value={values[id]} onKnob={setKnob} />
        ))}
      </div>
      <HeldNotes held={held} />
      <LiveSummary text={summaryText(kind, view, interval)} urgentKey={`${sim.status === 'ended'}-${view.time === 0}`} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DataTable rows={rows} interval={interval} name={spec.title} />
        <Link href={`/playground/?${encodePlayground({ a: settings, b: null })}`} className="text-sm font-medium text-accent underline underline-offset-4">
          Open in playground
        </Link>
      </div>
      <ChartWarmup />
    </section>
  );
}
