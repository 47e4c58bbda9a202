'use client';

/**
 * The playground: every knob, the platform presets, and an optional second configuration run on
 * the same seeded traffic beside the first. Its whole state lives in the URL (Copy link) and in
 * localStorage, both read through the forgiving codec in url-state.ts.
 */
import Link from '@/components/intent-link';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { toRows, type Row } from './charts/chart-rows';
import { sharedScale, type SharedScale } from './charts/shared-scale';
import { CostChart, InstancesChart, LatencyChart, RateChart } from './charts/charts';
import { ChartWarmup } from './charts/chart-warmup';
import { DataTable } from './controls/data-table';
import { formatPercent } from '../../lib/format';
import { KnobSlider, SelectField } from './controls/knob-slider';
import { knobOf, knobs, mainKnobIds, moreKnobIds, type KnobId } from './model/knobs';
import { LiveSummary } from './controls/live-summary';
import { coreReadouts, Readouts } from './controls/readouts';
import { platformSettings, sampleIntervalFor, type RunView } from './model/sim-run';
import { exportName, runCsv, scenarioJson } from './model/run-export';
import { differences } from './model/differences';
import { TransportBar } from './playground-parts/transport-bar';
import { Downloads, saveText, type DownloadKind } from './playground-parts/downloads';
import { DifferencesReadout } from './playground-parts/differences-readout';
import { useIdleMount } from './playground-parts/use-idle-mount';
import {
  defaultSeed,
  isPatternId,
  isPlatformId,
  patternIds,
  patternLabels,
  platformIds,
  platformLabels,
  randomSeed,
  type PlatformId,
  type SimSettings,
} from './model/settings';
import { summaryText } from './model/summary-text';
import { buttonClass } from './controls/transport';
import { decodePlayground, encodePlayground, hasPlaygroundState, type PlaygroundState } from './model/url-state';
import { useSimulation } from './hooks/use-simulation';
import { MoreSettings } from './controls/more-settings';
import { effectiveValues } from './model/effective';
import { repairNotice, type SettingsSource } from './model/notice-text';
import { HeldNotes, OverloadNote } from './controls/settings-notes';
import { overloadFor } from './model/overload';
import { monthlyCosts } from './model/cost-figures';
import { FleetView } from './fleet/fleet-view';
import { formatDurationWords, formatMoney, formatNumber } from '../../lib/format';
import { DeferredSweep } from './sweep/deferred-sweep';
import type { SweepSetup } from './model/sweep-spec';

export const storageKey = 'scale-to-zero:playground';

const platformOptions = platformIds.map((id) => ({ value: id, label: platformLabels[id] }));
const patternOptions = patternIds.map((id) => ({ value: id, label: patternLabels[id] }));

/** Knobs that describe the traffic and the code, kept when the learner switches platform. */
const keptOnPlatformChange: readonly KnobId[] = [
  'rate',
  'serviceTime',
  'serviceCv',
  'duration',
  'spikePeriod',
  'spikeWidth',
  'spikeBase',
  'diurnalPeriod',
  'diurnalAmplitude',
  'onDuration',
  'offDuration',
  'rampFrom',
  'rampTo',
];

function withPlatform(s: SimSettings, platform: PlatformId): SimSettings {
  const next = platformSettings(platform, s.seed);
  const values = { ...next.values };
  for (const id of keptOnPlatformChange) values[id] = s.values[id];
  return { ...next, pattern: s.pattern, values };
}

function initialState(query: string): { state: PlaygroundState; fallbacks: string[]; clamped: string[]; from: SettingsSource } {
  const params = new URLSearchParams(query);
  if (hasPlaygroundState(params)) {
    const d = decodePlayground(params, platformSettings, 'aws-lambda');
    return { state: d.value, fallbacks: d.fallbacks, clamped: d.clamped, from: 'link' };
  }
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (stored) {
      const d = decodePlayground(stored, platformSettings, 'aws-lambda');
      return { state: d.value, fallbacks: d.fallbacks, clamped: d.clamped, from: 'storage' };
    }
  } catch {
    // Storage may be off (private mode, a policy); the defaults will do.
  }
  return { state: { a: { ...platformSettings('aws-lambda', defaultSeed), values: { ...platformSettings('aws-lambda', defaultSeed).values, rate: 5 } }, b: null }, fallbacks: [], clamped: [], from: 'default' };
}

type Which = 'a' | 'b';
type Update = (which: Which, change: (s: SimSettings) => SimSettings) => void;

/** One configuration's controls; memoised with a stable `update`, so dragging in A leaves B alone. */
const ConfigControls = memo(function ConfigControls({ name, which, settings, update }: { name: string; which: Which; settings: SimSettings; update: Update }) {
  const set = useCallback((id: KnobId, v: number) => update(which, (s) => ({ ...s, values: { ...s.values, [id]: v } })), [update, which]);
  // The controls show what the run uses; HeldNotes says where that differs from what was asked.
  const { values, held } = useMemo(() => effectiveValues(settings), [settings]);
  return (
    // Two columns of sliders where the column is wide enough (a tablet), one beside the results.
    <fieldset className="@container flex min-w-0 flex-col gap-3 rounded-xl border border-line p-4">
      <legend className="px-1 text-sm font-bold">{name}</legend>
      <div className="grid gap-3 @lg:grid-cols-2">
        <SelectField label="Preset" value={settings.platform} options={platformOptions} onChange={(v) => isPlatformId(v) && update(which, (s) => withPlatform(s, v))} />
        <SelectField
          label="Traffic pattern"
          value={settings.pattern}
          options={patternOptions}
          onChange={(v) => isPatternId(v) && update(which, (s) => ({ ...s, pattern: v }))}
        />
      </div>
      <div className="grid gap-x-6 gap-y-3 @lg:grid-cols-2">
        {mainKnobIds.map((id) => (
          <KnobSlider key={id} id={id} knob={knobs[id]} value={values[id]} onKnob={set} />
        ))}
      </div>
      <HeldNotes held={held} />
      <MoreSettings ids={moreKnobIds} values={values} knobOf={knobOf} onChange={set} pattern={settings.pattern} />
    </fieldset>
  );
});

const Results = memo(function Results({
  name,
  overload,
  view,
  rows,
  scale,
  interval,
  compact,
  onDownload,
  runs,
  index,
  running,
  reducedMotion,
}: {
  name: string;
  overload: string | null;
  view: RunView;
  rows: readonly Row[];
  /** Compare mode: both sides' y ranges, so their charts share axes. */
  scale: SharedScale | undefined;
  interval: number;
  compact: boolean;
  onDownload: (kind: DownloadKind) => void;
} & Omit<ComponentProps<typeof FleetView>, 'view'>) {
  const m = monthlyCosts(view);
  const started = view.time > 0 && view.summary.requests > 0;
  const items = [
    ...coreReadouts(view),
    { label: 'Rejected', value: started ? formatPercent(view.summary.rejectionFraction) : '—', note: 'throttled or timed out' },
    {
      label: 'Queued',
      value: started ? formatNumber(view.summary.queued) : '—',
      note: started && view.summary.queued > 0 ? `oldest waiting ${formatDurationWords(view.summary.wait.oldest)}` : 'waiting now',
    },
    { label: 'Always-on a month', value: m ? formatMoney(m.monthlyAlwaysOn) : '—', note: 'the server compared' },
    { label: 'Pay-per-use a month', value: m ? formatMoney(m.monthlyPayPerUse) : '—', note: 'at this traffic' },
    { label: 'Break-even rate', value: m?.breakEvenRate !== undefined ? `${formatNumber(m.breakEvenRate)} req/s` : '—', note: 'average' },
  ];
  return (
    <section aria-label={`Results of ${name}`} className="flex min-w-0 flex-col gap-3">
      {/* One configuration: "Results" above says it; the heading stays for screen readers' outline. */}
      <h3 className={compact ? 'text-base font-bold' : 'sr-only'}>{name}</h3>
      <OverloadNote text={overload} />
      <Readouts items={items} dense />
      <FleetView runs={runs} index={index} view={view} running={running} reducedMotion={reducedMotion} />
      {/* Comparing, each side keeps three charts: with eight, each chart would wait twice as long for its turn to redraw. */}
      {!compact && <RateChart rows={rows} duration={view.duration} height={130} scale={scale} />}
      <InstancesChart rows={rows} duration={view.duration} height={180} scale={scale} />
      <LatencyChart rows={rows} duration={view.duration} height={180} scale={scale} />
      <CostChart rows={rows} duration={view.duration} height={150} alwaysOn scale={scale} />
      <LiveSummary text={summaryText('playground', view, interval)} urgentKey={`${view.done}-${view.time === 0}`} />
      <DataTable rows={rows} interval={interval} name={name} />
      <Downloads hasSamples={view.samples.length > 0} onDownload={onDownload} />
    </section>
  );
});

const noRows: readonly Row[] = [];

/** A run's chart rows, the same array while its samples are (the charts redraw on a new one). */
function useRows(view: RunView | undefined, interval: number): readonly Row[] {
  const samples = view?.samples;
  return useMemo(() => (samples ? toRows(samples, interval) : noRows), [samples, interval]);
}

export function Playground({ query }: { query: string }) {
  const [init] = useState(() => initialState(query));
  const [state, setState] = useState<PlaygroundState>(init.state);
  const [notice, setNotice] = useState(() => repairNotice(init.from, init.fallbacks, init.clamped));
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const rootRef = useRef<HTMLDivElement>(null);
  const list = useMemo(() => (state.b ? [state.a, state.b] : [state.a]), [state]);
  const overloads = useMemo(() => list.map(overloadFor), [list]);
  // Two configurations draw twice the charts: update them a little less often.
  const sim = useSimulation(list, { rootRef, initialSpeed: 60, publishMs: state.b ? 400 : 150 });
  const encoded = useMemo(() => encodePlayground(state), [state]);
  const setSweep = useCallback((sweep: SweepSetup | null) => setState((s) => ({ ...s, sweep })), []);
  const intervals = list.map((s) => sampleIntervalFor(s.values.duration));
  const rowsA = useRows(sim.views[0], intervals[0] ?? 1);
  const rowsB = useRows(sim.views[1], intervals[1] ?? 1);
  const rows = [rowsA, rowsB];
  const comparing = state.b !== null;
  // Kept as the same object while its figures are the same: a new one would redraw every chart at
  // once, outside the redraw queue's turns.
  const scaleKey = comparing ? JSON.stringify(sharedScale([rowsA, rowsB])) : '';
  const scale = useMemo<SharedScale | undefined>(() => (scaleKey ? (JSON.parse(scaleKey) as SharedScale) : undefined), [scaleKey]);
  const viewA = sim.views[0];
  const viewB = sim.views[1];
  const diffs = useMemo(() => (viewA && viewB ? differences(viewA, viewB) : []), [viewA, viewB]);
  const { runAt } = sim;
  // One stable handler per side, so a download button never re-renders a side's charts.
  const download = useMemo(
    () =>
      ([0, 1] as const).map((i) => (kind: DownloadKind) => {
        const r = runAt(i);
        if (!r) return;
        const side = comparing ? (i === 0 ? 'a' : 'b') : undefined;
        if (kind === 'json') saveText(exportName(r, 'json', side), scenarioJson(r), 'application/json');
        else saveText(exportName(r, 'csv', side), runCsv(r), 'text/csv');
      }),
    [runAt, comparing],
  );
  // The results column sticks below the transport bar, whose height depends on how its row wraps.
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = barRef.current;
    const root = rootRef.current;
    if (!bar || !root || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => root.style.setProperty('--transport-h', `${bar.getBoundingClientRect().height}px`));
    ro.observe(bar);
    return () => ro.disconnect();
  }, []);
  // The seed is shared: both configurations always run on the same traffic.
  const update = useCallback<Update>(
    (which, change) =>
      setState((s) => {
        if (which === 'a') return { ...s, a: { ...change(s.a), seed: s.a.seed } };
        return s.b ? { ...s, b: { ...change(s.b), seed: s.a.seed } } : s;
      }),
    [],
  );

  // The URL and storage follow the state, a moment after the last change (a dragged slider).
  // Not for the untouched defaults on arrival: the router re-renders the page for a new URL, a
  // 100 ms task on a phone while the playground is still loading (issue 14).
  const untouched = useRef(init.from === 'default' ? encoded : null);
  useEffect(() => {
    if (encoded === untouched.current) return;
    untouched.current = null;
    const id = window.setTimeout(() => {
      window.history.replaceState(null, '', `${window.location.pathname}?${encoded}`);
      try {
        window.localStorage.setItem(storageKey, encoded);
      } catch {
        // Not remembered on this device; the link still works.
      }
    }, 250);
    return () => window.clearTimeout(id);
  }, [encoded]);

  const link = typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}?${encoded}`;
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  const names = state.b ? ['Configuration A', 'Configuration B'] : ['Configuration'];
  // The results a moment after the settings: the first render and layout of both was the
  // playground's longest task on a phone (issue 14). The run itself starts with the settings.
  const resultsShown = useIdleMount();

  return (
    <div ref={rootRef} data-sim-panel className="flex flex-col gap-6">
      {notice.length > 0 && (
        <div role="status" className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-l-4 border-line border-l-[var(--warn)] bg-bg-soft px-4 py-3 text-sm">
          <div>
            {notice.map((line) => (
              <p key={line.lead}>
                <strong>{line.lead}</strong>
                {line.rest}
              </p>
            ))}
          </div>
          <button type="button" className={buttonClass} onClick={() => setNotice([])}>
            Dismiss
          </button>
        </div>
      )}
      <TransportBar
        ref={barRef}
        status={sim.status}
        time={sim.views[0]?.time ?? 0}
        duration={sim.views[0]?.duration ?? 0}
        speed={sim.speed}
        onSpeed={sim.setSpeed}
        onPlay={sim.play}
        onPause={sim.pause}
        onStep={sim.step}
        onReset={sim.reset}
        onNewTraffic={() => {
          const seed = randomSeed();
          setState((s) => ({ ...s, a: { ...s.a, seed }, b: s.b && { ...s.b, seed } }));
        }}
        message={
          <p aria-live="polite" className="-mt-5 text-xs text-muted empty:hidden lg:mt-0">
            {copied === 'copied' ? 'Link copied: it opens this exact run.' : copied === 'failed' ? `Copying is blocked here; this is the link: ${link}` : ''}
          </p>
        }
      >
        <button type="button" className={buttonClass} onClick={copyLink}>
          Copy link
        </button>
        <label className="flex h-9 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={state.b !== null}
            onChange={(e) => {
              const on = e.target.checked;
              setState((s) => ({ ...s, a: s.a, b: on ? { ...s.a } : null }));
            }}
            className="h-4 w-4 accent-[var(--accent)]"
          />
          Compare two configurations
        </label>
      </TransportBar>
      {/* From 1024 px: settings in a column that scrolls with the page, results beside them, sticky
          under the transport bar and scrolling on their own, so a slider and its effect are on screen
          together wherever the settings are scrolled to. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(18rem,23rem)_minmax(0,1fr)] lg:items-start print:block">
        <div className="flex min-w-0 flex-col gap-4 print:hidden">
          <h2 className="sr-only">Settings</h2>
          <ConfigControls name={names[0] ?? ''} which="a" settings={state.a} update={update} />
          {state.b && <ConfigControls name={names[1] ?? ''} which="b" settings={state.b} update={update} />}
        </div>
        <div
          data-results-pane
          className="flex min-w-0 flex-col gap-3 lg:sticky lg:top-[calc(4rem+var(--transport-h,4.5rem)+1rem)] lg:max-h-[calc(100dvh-4rem-var(--transport-h,4.5rem)-1rem)] lg:overflow-y-auto lg:pr-2 print:static print:max-h-none print:overflow-visible"
        >
          {resultsShown ? (
            <>
              <h2 className="text-xl font-bold">Results</h2>
              {comparing && <DifferencesReadout items={diffs} />}
              <div className={comparing ? 'grid gap-6 md:grid-cols-2' : 'grid gap-6'}>
                {sim.views.map((view, i) => (
                  <Results
                    key={names[i]}
                    name={names[i] ?? ''}
                    overload={overloads[i] ?? null}
                    view={view}
                    rows={rows[i] ?? noRows}
                    scale={scale}
                    interval={intervals[i] ?? 1}
                    compact={comparing}
                    onDownload={download[i] ?? download[0]!}
                    runs={sim.runs}
                    index={i}
                    running={sim.running}
                    reducedMotion={sim.reducedMotion}
                  />
                ))}
              </div>
            </>
          ) : (
            <div className="h-[100rem] rounded-xl border border-line lg:h-[40rem]" aria-busy="true" />
          )}
        </div>
      </div>
      {/* The sweep's place: below the results, the whole width. */}
      <DeferredSweep settings={state.a} setup={state.sweep ?? null} onSetup={setSweep} autoRun={init.from === 'link' && Boolean(init.state.sweep)} />
      <p className="text-sm text-muted">
        What the simulation includes, where each preset’s figures come from and how it is checked:{' '}
        <Link href="/about-the-model/" className="font-medium text-accent underline underline-offset-4">
          About the model
        </Link>
        .
      </p>
      <ChartWarmup />
    </div>
  );
}
