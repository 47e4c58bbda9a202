/**
 * The one bridge between the learner's settings and the engine in simulations/: settings become a
 * scenario, a scenario becomes a run, a run becomes a view for the charts, and a change of
 * settings becomes the run.set() calls that apply it mid-run.
 */
import { createRun, parseScenario, presets, type Change, type ChartHistogram, type Run, type Sample, type Summary } from '../../../simulations';
import { allKnobIds, forever, knobOf, moreKnobIds, unbounded, type KnobId } from './knobs';
import { effectiveValues } from './effective';
import { baseValues, defaultSeed, type KnobValues, type PlatformId, type SimSettings } from './settings';
import { widgets, type WidgetKind } from '../widgets';
import { FleetState } from '../fleet/fleet-state';

export type { Sample, Summary };
export type Histogram = ChartHistogram;

export interface SimRun {
  run: Run;
  duration: number;
  sampleInterval: number;
  /** How far "Step" moves: a few samples, enough to see the chart change. */
  stepSize: number;
  /** The settings the run started with. */
  settings: SimSettings;
  /** The mid-run changes applied since, as the scenario's scripted `changes` (run-export.ts). */
  changes: Change[];
  /** The run's instances as the fleet view draws them, fed by the engine's trace. */
  fleet: FleetState;
}

export interface RunView {
  time: number;
  duration: number;
  done: boolean;
  samples: readonly Sample[];
  summary: Summary;
  histogram: Histogram;
}

type Json = Record<string, unknown>;

/**
 * About 150 samples per run whatever its length, on a round interval: enough for a smooth chart,
 * few enough that redrawing it stays well inside a frame's budget.
 */
export function sampleIntervalFor(duration: number): number {
  const nice = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600];
  return nice.find((n) => duration / n <= 180) ?? 3600;
}

function distribution(mean: number, cv: number): Json {
  if (cv === 0) return { dist: 'constant', mean };
  if (cv === 1) return { dist: 'exponential', mean };
  return { dist: 'lognormal', mean, cv };
}

/** Traffic with `rate` as the average over a cycle, whatever the pattern, so switching keeps the load. */
function traffic(s: SimSettings, v: KnobValues): Json {
  const avg = v.rate;
  switch (s.pattern) {
    case 'constant':
      return { pattern: 'constant', rate: avg };
    case 'spike': {
      const base = (avg * v.spikeBase) / 100;
      const width = v.spikeWidth;
      return { pattern: 'spike', rate: base, height: ((avg - base) * v.spikePeriod) / width, width, period: v.spikePeriod };
    }
    case 'diurnal':
      return { pattern: 'diurnal', rate: avg, period: v.diurnalPeriod, amplitude: v.diurnalAmplitude / 100 };
    case 'onoff':
      return { pattern: 'onoff', rate: (avg * (v.onDuration + v.offDuration)) / v.onDuration, on: v.onDuration, off: v.offDuration };
    case 'ramp':
      return { pattern: 'ramp', rate: avg, from: (avg * v.rampFrom) / 100, to: (avg * v.rampTo) / 100, over: v.duration };
  }
}

function platformPart(v: KnobValues): Json {
  return {
    keepAlive: v.keepAlive,
    maxConcurrency: v.maxConcurrency,
    minInstances: v.minInstances,
    instances: v.fleetSize,
    queue: { size: v.queueSize >= unbounded ? null : v.queueSize, timeout: v.queueTimeout >= forever ? null : v.queueTimeout },
    scaleUpLimit: v.scaleUpLimit > 0 ? { instances: v.scaleUpLimit, per: v.scaleUpInterval } : null,
    autoscaler: { target: v.targetConcurrency },
  };
}

/**
 * The engine's scenario input for these settings: the platform preset, overridden by every knob,
 * with the values the engine cannot take together replaced as effective.ts says (and the page shows).
 */
export function toScenarioInput(s: SimSettings): Json {
  const v = effectiveValues(s).values;
  return {
    preset: s.platform,
    seed: s.seed,
    duration: v.duration,
    warmup: 0,
    sampleInterval: sampleIntervalFor(v.duration),
    traffic: traffic(s, v),
    function: {
      service: distribution(v.serviceTime, v.serviceCv),
      coldStart: distribution(v.coldStart, v.coldStartCv),
      concurrency: v.concurrency,
      memoryMB: v.memoryMB,
    },
    platform: platformPart(v),
    cost: {
      perMillionRequests: v.perMillionRequests,
      perGBSecond: v.perGBSecond,
      perInstanceHour: v.perInstanceHour,
      baselineInstances: v.baselineInstances,
    },
  };
}

export function createSimRun(settings: SimSettings): SimRun {
  const scenario = parseScenario(toScenarioInput(settings));
  const duration = settings.values.duration;
  const sampleInterval = sampleIntervalFor(duration);
  const fleet = new FleetState();
  return { run: createRun(scenario, { trace: fleet.apply }), duration, sampleInterval, stepSize: sampleInterval * 5, settings, changes: [], fleet };
}

export function runView(r: SimRun): RunView {
  return {
    time: r.run.time,
    duration: r.duration,
    done: r.run.done,
    samples: r.run.samples(),
    summary: r.run.summary(),
    histogram: r.run.latencyHistogram(),
  };
}

function leaves(obj: unknown, prefix: string, out: Map<string, unknown>) {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, val] of Object.entries(obj)) leaves(val, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, obj);
  return out;
}

/**
 * The run.set() calls that turn a run of `from` into a run of `to` from now on, or 'restart' when
 * the change reshapes the whole run (another platform, seed or run length, a new traffic shape).
 */
export function settingsChanges(from: SimSettings, to: SimSettings): { path: string; value: number | string }[] | 'restart' {
  if (from.platform !== to.platform || from.seed !== to.seed) return 'restart';
  if (moreKnobIds.some((id) => from.values[id] !== to.values[id])) return 'restart';
  const a = leaves(toScenarioInput(from), '', new Map());
  const b = leaves(toScenarioInput(to), '', new Map());
  const changes: { path: string; value: number | string }[] = [];
  for (const [path, value] of b) {
    if (a.get(path) === value) continue;
    if (typeof value !== 'number' && typeof value !== 'string') return 'restart';
    changes.push({ path, value });
  }
  for (const path of a.keys()) if (!b.has(path)) return 'restart';
  return changes;
}

function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);
}

/** The settings a platform preset of the engine stands for, read back through the knob table. */
export function platformSettings(platform: PlatformId, seed: number): SimSettings {
  const fragment = presets[platform];
  const values = { ...baseValues };
  for (const id of allKnobIds) {
    const knob = knobOf(id);
    const found = knob.path ? getPath(fragment, knob.path) : undefined;
    if (typeof found === 'number' && Number.isFinite(found)) values[id as KnobId] = found;
    // null in a preset means "no limit", which the knobs write as their largest value.
    else if (found === null && id === 'queueSize') values.queueSize = unbounded;
    else if (found === null && id === 'queueTimeout') values.queueTimeout = forever;
  }
  // A preset without a scale-up limit has none, whatever the base says.
  if (getPath(fragment, 'platform.scaleUpLimit') == null) values.scaleUpLimit = 0;
  return { platform, pattern: 'constant', seed, values };
}

/** A lesson widget's preset as full settings: its platform's values, then the preset's own. */
export function widgetSettings(kind: WidgetKind, presetId: string, seed = defaultSeed): SimSettings {
  const preset = widgets[kind].presets[presetId];
  const base = platformSettings(preset?.platform ?? 'aws-lambda', seed);
  if (!preset) return base;
  return { ...base, pattern: preset.pattern, values: { ...base.values, ...preset.values } };
}
