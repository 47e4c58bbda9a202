/**
 * What a learner can set, as plain data: a platform, a traffic pattern, a seed and one number per
 * knob. Widgets, the playground and the URL all speak this shape; scenario.ts turns it into the
 * engine's scenario. No engine import here, so the URL codec and its tests stay pure.
 */
import { allKnobIds, type KnobId } from './knobs';

export const platformIds = ['aws-lambda', 'aws-lambda-provisioned', 'cloud-run', 'azure-flex', 'knative', 'always-on-vm'] as const;
export type PlatformId = (typeof platformIds)[number];

export const platformLabels: Record<PlatformId, string> = {
  'aws-lambda': 'AWS Lambda',
  'aws-lambda-provisioned': 'Lambda with provisioned concurrency',
  'cloud-run': 'Google Cloud Run',
  'azure-flex': 'Azure Functions Flex Consumption',
  knative: 'Knative',
  'always-on-vm': 'Always-on VM',
};

/** Engine pattern names; the labels are the learner's words. */
export const patternIds = ['constant', 'spike', 'diurnal', 'onoff', 'ramp'] as const;
export type PatternId = (typeof patternIds)[number];

export const patternLabels: Record<PatternId, string> = {
  constant: 'Steady',
  spike: 'Spiky',
  diurnal: 'Diurnal',
  onoff: 'Idle gaps',
  ramp: 'Ramp',
};

export type KnobValues = Record<KnobId, number>;

export interface SimSettings {
  platform: PlatformId;
  pattern: PatternId;
  seed: number;
  values: KnobValues;
}

/** Values for every knob a platform preset leaves unset: a small Lambda-like function. */
export const baseValues: KnobValues = {
  rate: 10,
  serviceTime: 0.2,
  coldStart: 0.5,
  keepAlive: 300,
  maxConcurrency: 1000,
  minInstances: 0,
  concurrency: 1,
  memoryMB: 512,
  duration: 1800,
  spikePeriod: 300,
  spikeWidth: 30,
  spikeBase: 20,
  diurnalPeriod: 1800,
  diurnalAmplitude: 80,
  onDuration: 60,
  offDuration: 600,
  rampFrom: 10,
  rampTo: 190,
  serviceCv: 1,
  coldStartCv: 0.3,
  queueSize: 0,
  queueTimeout: 10,
  scaleUpLimit: 0,
  scaleUpInterval: 10,
  targetConcurrency: 100,
  fleetSize: 1,
  baselineInstances: 1,
  perMillionRequests: 0.2,
  perGBSecond: 0.0000166667,
  perInstanceHour: 0.0168,
};

export const defaultSeed = 42;
export const maxSeed = 2 ** 31 - 1;

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (platformIds as readonly string[]).includes(value);
}
export function isPatternId(value: unknown): value is PatternId {
  return typeof value === 'string' && (patternIds as readonly string[]).includes(value);
}

export function sameSettings(a: SimSettings, b: SimSettings): boolean {
  return a.platform === b.platform && a.pattern === b.pattern && a.seed === b.seed && allKnobIds.every((id) => a.values[id] === b.values[id]);
}

/** A fresh seed for "New traffic"; UI code only (the engine itself never draws from Math.random). */
export function randomSeed(): number {
  return 1 + Math.floor(Math.random() * (maxSeed - 1));
}
