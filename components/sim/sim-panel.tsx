'use client';

/**
 * The one panel every lesson widget is: transport, readouts, charts, the controls its lesson
 * needs, a spoken summary and the data table. A widget file only names its kind; what differs
 * between kinds (charts, extra readouts) is chosen here from the kind.
 */
import Link from '@/components/intent-link';
import { useCallback, useEffect, useEffectEvent, useId, useImperativeHandle, useMemo, useRef, useState, type RefObject } from 'react';
import { toHistogramRows, toRows, type Row } from './charts/chart-rows';
import { ChartWarmup } from './charts/chart-warmup';
import { CostChart, HistogramChart, InstancesChart, LatencyChart, RateChart } from './charts/charts';
import { DataTable } from './controls/data-table';
import { KnobSlider, SelectField } from './controls/knob-slider';
import { knobs, type KnobId } from './model/knobs';
import { LiveSummary } from './controls/live-summary';
import { widgets, type WidgetKind } from './widgets';
import { coreReadouts, Readouts } from './controls/readouts';
import { sampleIntervalFor, widgetSettings, type RunView } from './model/sim-run';
import { isPatternId, patternIds, patternLabels, randomSeed, type SimSettings } from './model/settings';
import { summaryText } from './model/summary-text';
import { Transport } from './controls/transport';
import { encodePlayground } from './model/url-state';
import { useSimulation } from './hooks/use-simulation';
import { effectiveValues } from './model/effective';
import { overloadFor } from './model/overload';
import { HeldNotes, OverloadNote } from './controls/settings-notes';
import { FleetView } from './fleet/fleet-view';

const patternOptions = patternIds.map((id) => ({ value: id, label: patternLabels[id] }));

/** The kind's charts, top to bottom, as its definition lists them. */
function Charts({ kind, rows, view }: { kind: WidgetKind; rows: readonly Row[]; view: RunView }) {
  const d = view.duration;
  const specs = widgets[kind].charts;
  const wantsHistogram = specs.some((c) => c.chart === 'histogram');
  const histogram = useMemo(() => (wantsHistogram ? toHistogramRows(view.histogram) : []), [wantsHistogram, view.histogram]);
  return specs.map((c) => {
    switch (c.chart) {
      case 'rate':
        return <RateChart key="rate" rows={rows} duration={d} height={c.height} />;
      case 'instances':
        return <InstancesChart key="instances" rows={rows} duration={d} height={c.height} />;
      case 'latency':
        return <LatencyChart key="latency" rows={rows} duration={d} height={c.height} />;
      case 'histogram':
        return <HistogramChart key="histogram" rows={histogram} height={c.height} />;
      case 'cost':
        return <CostChart key="cost" rows={rows} duration={d} height={c.height} alwaysOn={c.alwaysOn} />;
    }
  });
}

/** What an experiment beside the panel may do: start a fresh run with given settings and play it. */
export interface PanelControl {
  /** `update` receives the panel's settings (its seed may be the learner's "New traffic"). */
  runWith: (update: (current: SimSettings) => SimSettings) => void;
}

/** A run that reached its end: its settings, its figures, and whether settings moved while it ran. */
export interface RunEnd {
  settings: SimSettings;
  view: RunView;
  mixed: boolean;
}

interface PanelProps {
  kind: WidgetKind;
  preset: string;
  controlRef?: RefObject<PanelControl | null>;
  onRunEnd?: (end: RunEnd) => void;
}

export function SimPanel({ kind, preset, controlRef, onRunEnd }: PanelProps) {
  const spec = widgets[kind];
  const presetIds = Object.keys(spec.presets);
  const [presetId, setPresetId] = useState(spec.presets[preset] ? preset : (presetIds[0] ?? ''));
  const [settings, setSettings] = useState(() => widgetSettings(kind, presetId));
  const rootRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const list = useMemo(() => [settings], [settings]);
  // A new run number starts a fresh run even when the settings did not change ("Run it" twice).
  const [runNumber, setRunNumber] = useState(0);
  const sim = useSimulation(list, { rootRef, initialSpeed: spec.presets[presetId]?.speed ?? 60, runKey: `${presetId}#${runNumber}` });
  const view = sim.views[0];
  const playAfterRestart = useRef(false);
  useImperativeHandle(controlRef, () => ({
    runWith(update: (current: SimSettings) => SimSettings) {
      // The experiment is about the preset the panel was placed with, whatever the learner picked since.
      setPresetId(spec.presets[preset] ? preset : (Object.keys(spec.presets)[0] ?? ''));
      setSettings(update);
      setRunNumber((n) => n + 1);
      playAfterRestart.current = true;
    },
  }), [preset, spec]);
  // Runs after useSimulation's own effects, so the fresh run exists before Play.
  const { play } = sim;
  useEffect(() => {
    if (!playAfterRestart.current) return;
    playAfterRestart.current = false;
    play();
  }, [runNumber, play]);
  const ended = sim.status === 'ended';
  // An effect event: it reads the latest settings and figures without re-running on each of them.
  const reportEnd = useEffectEvent(() => {
    if (view && onRunEnd) onRunEnd({ settings, view, mixed: sim.isMixed() });
  });
  useEffect(() => {
    if (ended) reportEnd();
  }, [ended]);
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
      <Readouts items={spec.readouts(coreReadouts(view), view, settings)} />
      <FleetView runs={sim.runs} index={0} view={view} running={sim.running} reducedMotion={sim.reducedMotion} />
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
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={`/playground/?${encodePlayground({ a: settings, b: null })}`} className="text-sm font-medium text-accent underline underline-offset-4">
            Open in playground
          </Link>
          <Link href="/about-the-model/" className="text-sm font-medium text-accent underline underline-offset-4">
            About the model
          </Link>
        </div>
      </div>
      <ChartWarmup />
    </section>
  );
}
