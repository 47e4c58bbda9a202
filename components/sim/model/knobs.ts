/**
 * The learner's knobs: one table that the sliders, the URL codec and the scenario builder all
 * read, so a knob is added in one place. Values are kept in engine units (seconds, requests per
 * second, MB); `factor` converts to the unit shown (ms for short times).
 */

export const mainKnobIds = [
  'rate',
  'serviceTime',
  'coldStart',
  'keepAlive',
  'maxConcurrency',
  'minInstances',
  'concurrency',
  'memoryMB',
] as const;
export type MainKnobId = (typeof mainKnobIds)[number];

export interface Knob {
  /** The accessible name of the slider; the number input is "<label> value". */
  label: string;
  /** Where the value goes in the engine's scenario, also the path given to run.set(). */
  path: string;
  /** Unit as shown beside the value. */
  unit: string;
  /** Shown value = engine value × factor (1 unless shown in ms). */
  factor: number;
  min: number;
  max: number;
  /** Slider positions, in engine units: wide ranges move in round, roughly logarithmic steps. */
  stops: readonly number[];
  integer: boolean;
  /** One line for the playground's help text. */
  hint: string;
}

const ms = 1000;

export const knobs: Record<MainKnobId, Knob> = {
  rate: {
    label: 'Request rate',
    path: 'traffic.rate',
    unit: 'req/s',
    factor: 1,
    min: 0,
    max: 1000,
    stops: [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000],
    integer: false,
    hint: 'Average requests per second.',
  },
  serviceTime: {
    label: 'Service time',
    path: 'function.service.mean',
    unit: 'ms',
    factor: ms,
    min: 0.001,
    max: 60,
    stops: [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10, 30, 60],
    integer: false,
    hint: 'Mean time the handler runs for one request.',
  },
  coldStart: {
    label: 'Cold start',
    path: 'function.coldStart.mean',
    unit: 'ms',
    factor: ms,
    min: 0,
    max: 30,
    stops: [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20, 30],
    integer: false,
    hint: 'Mean time a new instance needs before it can serve.',
  },
  keepAlive: {
    label: 'Keep-alive',
    path: 'platform.keepAlive',
    unit: 's',
    factor: 1,
    min: 0,
    max: 7200,
    stops: [0, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200],
    integer: false,
    hint: 'How long an idle instance lingers before it is removed.',
  },
  maxConcurrency: {
    label: 'Max concurrency',
    path: 'platform.maxConcurrency',
    unit: 'instances',
    factor: 1,
    min: 1,
    max: 10000,
    stops: [1, 2, 3, 5, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 3000, 10000],
    integer: true,
    hint: 'Most instances that may be busy or starting at once; beyond it requests are throttled.',
  },
  minInstances: {
    label: 'Min instances',
    path: 'platform.minInstances',
    unit: 'instances',
    factor: 1,
    min: 0,
    max: 1000,
    stops: [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100, 200, 500, 1000],
    integer: true,
    hint: 'Instances kept warm all the time (provisioned concurrency), billed whether used or not.',
  },
  concurrency: {
    label: 'Concurrency per instance',
    path: 'function.concurrency',
    unit: 'requests',
    factor: 1,
    min: 1,
    max: 1000,
    stops: [1, 2, 4, 8, 10, 16, 20, 40, 80, 100, 250, 500, 1000],
    integer: true,
    hint: 'Requests one instance serves at once (1 for Lambda, 80 by default on Cloud Run).',
  },
  memoryMB: {
    label: 'Memory',
    path: 'function.memoryMB',
    unit: 'MB',
    factor: 1,
    min: 128,
    max: 10240,
    stops: [128, 256, 512, 1024, 1536, 2048, 3008, 4096, 6144, 8192, 10240],
    integer: true,
    hint: 'Memory size; the bill counts GB-seconds.',
  },
};

/** Clamps to the knob's range and rounds counts; NaN is the caller's to reject. */
export function clampKnob(knob: Pick<Knob, 'min' | 'max' | 'integer'>, value: number): number {
  const v = Math.min(knob.max, Math.max(knob.min, value));
  return knob.integer ? Math.round(v) : v;
}

/** Index of the slider stop nearest to a value (by ratio for wide ranges, so 7 sits near 5 or 10). */
export function nearestStop(stops: readonly number[], value: number): number {
  let best = 0;
  let bestDist = Infinity;
  stops.forEach((stop, i) => {
    const d = Math.abs(Math.log1p(stop) - Math.log1p(Math.max(0, value)));
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  });
  return best;
}

/**
 * Knobs the playground adds under "More settings": the traffic pattern's shape, the run's length
 * and the spread of the distributions. Changing one restarts the run (they shape the whole run),
 * unlike the main knobs, which change a run from the moment they move.
 */
export const moreKnobIds = [
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
  'serviceCv',
  'coldStartCv',
  'queueSize',
  'queueTimeout',
  'scaleUpLimit',
  'scaleUpInterval',
  'targetConcurrency',
  'fleetSize',
  'baselineInstances',
  'perMillionRequests',
  'perGBSecond',
  'perInstanceHour',
] as const;
export type MoreKnobId = (typeof moreKnobIds)[number];
export type KnobId = MainKnobId | MoreKnobId;
export const allKnobIds: readonly KnobId[] = [...mainKnobIds, ...moreKnobIds];

/** The queue knobs' largest values stand for the engine's "no limit" (null in a scenario). */
export const unbounded = 100000;
export const forever = 3600;

function plain(label: string, unit: string, min: number, max: number, integer: boolean, hint: string, path = ''): Knob {
  return { label, path, unit, factor: 1, min, max, stops: [min, max], integer, hint };
}

export const moreKnobs: Record<MoreKnobId, Knob> = {
  duration: plain('Run length', 's', 60, 86400, true, 'Simulated seconds the run lasts.'),
  spikePeriod: plain('Burst every', 's', 10, 86400, false, 'Spiky traffic: time from one burst to the next.'),
  spikeWidth: plain('Burst length', 's', 1, 3600, false, 'Spiky traffic: how long each burst lasts.'),
  spikeBase: plain('Rate between bursts', '% of average', 0, 100, false, 'Spiky traffic: the quiet rate, as a share of the average.'),
  diurnalPeriod: plain('Day length', 's', 60, 86400, false, 'Diurnal traffic: one full cycle of the sine.'),
  diurnalAmplitude: plain('Day swing', '% of average', 0, 100, false, 'Diurnal traffic: peak above the average, as a share of it.'),
  onDuration: plain('Active for', 's', 1, 86400, false, 'Idle gaps: how long traffic flows each time.'),
  offDuration: plain('Silent for', 's', 0, 86400, false, 'Idle gaps: how long the silence between lasts.'),
  rampFrom: plain('Ramp starts at', '% of average', 0, 200, false, 'Ramp: the rate at the start, as a share of the average.'),
  rampTo: plain('Ramp ends at', '% of average', 0, 400, false, 'Ramp: the rate at the end, as a share of the average.'),
  serviceCv: plain('Service time spread', 'CV', 0, 5, false, 'Coefficient of variation: 0 constant, 1 exponential, else lognormal.', 'function.service.cv'),
  coldStartCv: plain('Cold start spread', 'CV', 0, 5, false, 'Coefficient of variation of the cold start.', 'function.coldStart.cv'),
  queueSize: plain('Queue size', 'requests', 0, unbounded, true, `Requests that may wait for capacity (0: throttle at once; ${unbounded}: no limit).`, 'platform.queue.size'),
  queueTimeout: plain('Queue timeout', 's', 0, forever, false, `A queued request gives up after this long (${forever}: never).`, 'platform.queue.timeout'),
  scaleUpLimit: plain('Scale-up limit', 'instances', 0, 100000, true, 'New instances allowed per interval (0: no limit).', 'platform.scaleUpLimit.instances'),
  scaleUpInterval: plain('Scale-up interval', 's', 1, 3600, false, 'The interval the scale-up limit counts over.', 'platform.scaleUpLimit.per'),
  targetConcurrency: plain('Target concurrency', 'requests', 1, 1000, false, 'Target tracking (Knative): concurrency per instance it aims for, before the 70 % utilization.', 'platform.autoscaler.target'),
  fleetSize: plain('Fleet size', 'instances', 1, 1000, true, 'Always-on VM only: how many servers run all the time.', 'platform.instances'),
  baselineInstances: plain('Servers compared', 'instances', 0, 1000, false, 'The always-on fleet the cost is compared with.', 'cost.baselineInstances'),
  perMillionRequests: plain('Price per million requests', '$', 0, 100, false, 'Pay-per-use request fee.', 'cost.perMillionRequests'),
  perGBSecond: plain('Price per GB-second', '$', 0, 0.01, false, 'Pay-per-use duration fee.', 'cost.perGBSecond'),
  perInstanceHour: plain('Server price per hour', '$', 0, 100, false, 'Always-on price of one server for an hour.', 'cost.perInstanceHour'),
};

export function knobOf(id: KnobId): Knob {
  return (knobs as Record<string, Knob>)[id] ?? moreKnobs[id as MoreKnobId];
}

export function isKnobId(value: unknown): value is KnobId {
  return typeof value === 'string' && (allKnobIds as readonly string[]).includes(value);
}
