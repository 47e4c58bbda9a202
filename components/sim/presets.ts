/**
 * The lesson widgets' presets: for each widget, the runs its lessons name (`preset="…"` in MDX)
 * and the controls it shows. A preset is the settings a run starts from, written as changes to a
 * platform preset of the engine, so each number here is one a lesson talks about.
 */
import type { MainKnobId } from './knobs';
import type { KnobValues, PatternId, PlatformId } from './settings';

export type WidgetKind = 'autoscaling' | 'scale-to-zero' | 'cold-start' | 'cost';

export interface WidgetPreset {
  label: string;
  platform: PlatformId;
  pattern: PatternId;
  values: Partial<KnobValues>;
  /** Simulated seconds per second the widget starts at. */
  speed: number;
}

export interface WidgetSpec {
  title: string;
  /** What the learner sees, in one sentence under the title. */
  blurb: string;
  knobs: readonly MainKnobId[];
  showPattern: boolean;
  presets: Record<string, WidgetPreset>;
}

// Spiky traffic used by several presets: 30 s bursts every 5 minutes, quiet in between.
const bursts = { spikePeriod: 300, spikeWidth: 30, spikeBase: 10 };
// Sparse traffic: a minute of requests about 4 s apart, then four minutes of silence. Gaps inside
// a minute straddle a short keep-alive and the silences a long one, so dragging Keep-alive either
// way shows in Cold starts (with ten-minute silences and dense bursts it barely moved).
const sparse = { onDuration: 60, offDuration: 240 };

export const widgets: Record<WidgetKind, WidgetSpec> = {
  autoscaling: {
    title: 'Autoscaling',
    blurb: 'Requests arrive; instances start, serve and go idle to follow them.',
    knobs: ['rate', 'serviceTime', 'maxConcurrency', 'concurrency'],
    showPattern: true,
    presets: {
      steady: {
        label: 'Steady traffic',
        platform: 'aws-lambda',
        pattern: 'constant',
        values: { rate: 100, serviceTime: 0.5, coldStart: 0.3, duration: 900 },
        speed: 10,
      },
      spiky: {
        label: 'Spiky traffic',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 20, serviceTime: 0.2, coldStart: 0.3, duration: 1800, ...bursts },
        speed: 60,
      },
      diurnal: {
        label: 'A day of traffic',
        platform: 'aws-lambda',
        pattern: 'diurnal',
        values: { rate: 50, serviceTime: 0.2, coldStart: 0.3, duration: 3600, diurnalPeriod: 3600, diurnalAmplitude: 90 },
        speed: 60,
      },
      ramp: {
        label: 'Growing traffic',
        platform: 'aws-lambda',
        pattern: 'ramp',
        values: { rate: 50, serviceTime: 0.2, coldStart: 0.3, duration: 1800, rampFrom: 0, rampTo: 200 },
        speed: 30,
      },
      throttled: {
        label: 'Low concurrency limit',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 20, serviceTime: 0.5, coldStart: 0.3, maxConcurrency: 50, duration: 1800, ...bursts },
        speed: 60,
      },
    },
  },
  'scale-to-zero': {
    title: 'Scale to zero',
    blurb: 'Bursts of requests with long silences: idle instances linger for the keep-alive, then go.',
    knobs: ['rate', 'keepAlive', 'minInstances'],
    showPattern: false,
    presets: {
      'sparse-traffic': {
        label: 'Sparse traffic',
        platform: 'aws-lambda',
        pattern: 'onoff',
        values: { rate: 0.05, serviceTime: 0.2, coldStart: 0.5, keepAlive: 120, minInstances: 0, duration: 3600, ...sparse },
        speed: 60,
      },
      provisioned: {
        label: 'One provisioned instance',
        platform: 'aws-lambda',
        pattern: 'onoff',
        values: { rate: 0.05, serviceTime: 0.2, coldStart: 0.5, keepAlive: 120, minInstances: 1, duration: 3600, ...sparse },
        speed: 60,
      },
    },
  },
  'cold-start': {
    title: 'Cold starts and latency',
    blurb: 'The response times learners feel: most requests are quick, the cold-started ones are not.',
    knobs: ['rate', 'coldStart', 'keepAlive', 'minInstances'],
    showPattern: false,
    presets: {
      'lambda-python': {
        label: 'Small Python function',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 5, serviceTime: 0.1, coldStart: 0.25, keepAlive: 120, minInstances: 0, memoryMB: 512, duration: 3600, ...bursts },
        speed: 60,
      },
      provisioned: {
        label: 'With provisioned instances',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 5, serviceTime: 0.1, coldStart: 0.25, keepAlive: 120, minInstances: 10, memoryMB: 512, duration: 3600, ...bursts },
        speed: 60,
      },
      'heavy-package': {
        label: 'Heavy dependencies',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 5, serviceTime: 0.1, coldStart: 2, keepAlive: 120, minInstances: 0, memoryMB: 1024, duration: 3600, ...bursts },
        speed: 60,
      },
    },
  },
  cost: {
    title: 'Pay-per-use or always on',
    blurb: 'The same traffic billed two ways: per request and GB-second, or a server paid by the hour.',
    knobs: ['rate', 'serviceTime', 'memoryMB'],
    showPattern: true,
    presets: {
      steady: {
        label: 'Steady traffic',
        platform: 'aws-lambda',
        pattern: 'constant',
        values: { rate: 2, serviceTime: 0.1, memoryMB: 512, coldStart: 0.3, duration: 86400 },
        speed: 1800,
      },
      spiky: {
        label: 'Spiky traffic',
        platform: 'aws-lambda',
        pattern: 'spike',
        values: { rate: 2, serviceTime: 0.1, memoryMB: 512, coldStart: 0.3, duration: 86400, spikePeriod: 3600, spikeWidth: 180, spikeBase: 10 },
        speed: 1800,
      },
    },
  },
};

export const speeds = [1, 10, 30, 60, 300, 600, 1800, 3600] as const;
