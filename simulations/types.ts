/**
 * The scenario's types, on their own so that presets.ts (fragments of a scenario) and
 * scenario.ts (parsing, which starts from a preset) can both use them without importing each
 * other.
 */
import type { Distribution } from './distributions';
import type { Traffic } from './traffic';

export type PresetName = 'aws-lambda' | 'aws-lambda-provisioned' | 'cloud-run' | 'azure-flex' | 'knative' | 'always-on-vm';

export type Policy = 'per-request' | 'target-tracking' | 'fixed';
export type Billing = 'request' | 'instance';

export interface Queue {
  /** Most requests waiting at once; Infinity = unbounded (written null or left out in JSON). */
  size: number;
  /** Seconds a request waits before it gives up (counted as rejected); Infinity = never. */
  timeout: number;
}

/** Knative KPA settings; defaults are knative/serving's (fact sheet §5.1). */
export interface Autoscaler {
  /** Knative's target annotation: concurrency per pod to aim for before utilisation, capped by
   * function.concurrency. null (the default) = not given: aim at function.concurrency, or at
   * 100 when that is 0 (unlimited). */
  target: number | null;
  /** container-concurrency-target-percentage as a fraction: 0.7, so the default aim is 70. */
  targetUtilization: number;
  stableWindow: number;
  panicWindowPercentage: number;
  /** Percent; panic when the panic-window demand is this share of ready capacity (200). */
  panicThreshold: number;
  /** Seconds between decisions (2). */
  tick: number;
  scaleToZeroGrace: number;
  maxScaleUpRate: number;
  maxScaleDownRate: number;
}

export interface Platform {
  policy: Policy;
  /** per-request: seconds an idle instance lives before it is terminated. */
  keepAlive: number;
  /** Most instances busy or starting at once (Lambda's concurrency limit, Cloud Run's max
   * instances, Knative's max-scale). */
  maxConcurrency: number;
  /** Provisioned instances: warm from the start, never expire (target-tracking: min-scale). */
  minInstances: number;
  /** fixed: size of the always-on fleet. */
  instances: number;
  /** Where requests wait when no capacity is free. Default: none for per-request (throttle at
   * once), unbounded for target-tracking (Knative's activator) and fixed. */
  queue: Queue;
  /** New instances allowed per `per` seconds, refilled continuously; null = no limit. */
  scaleUpLimit: { instances: number; per: number } | null;
  autoscaler: Autoscaler;
}

export interface FunctionSpec {
  service: Distribution;
  /** Initialisation of a new instance; a request that lands on it waits for it. */
  coldStart: Distribution;
  /** Requests one instance serves at once; 0 = unlimited (Knative's containerConcurrency 0,
   * target-tracking only). */
  concurrency: number;
  memoryMB: number;
}

export interface CostSpec {
  perMillionRequests: number;
  /** Duration price while an instance is busy or initialising for a request (billing 'request'),
   * or for every second it is alive (billing 'instance'). */
  perGBSecond: number;
  /** Price of keeping a provisioned instance allocated, per GB-second of its whole life. */
  perGBSecondProvisioned: number;
  /** Duration price for requests running on provisioned instances. */
  perGBSecondOnProvisioned: number;
  /** Flat price per billed instance-second on top of memory, e.g. Cloud Run's vCPU-second. */
  perInstanceSecond: number;
  /** Always-on price: the fixed fleet, or the baseline it is compared with. */
  perInstanceHour: number;
  billing: Billing;
  /** Always-on instances a serverless run is compared with (Sample.alwaysOnCost, cost.baseline). */
  baselineInstances: number;
}

export type SetValue = number | string;

export interface Change {
  at: number;
  set: Record<string, SetValue>;
}

export interface Scenario {
  seed: number;
  duration: number;
  /** Metrics in the summary cover [warmup, duration]. */
  warmup: number;
  sampleInterval: number;
  /** Most samples kept: the newest ones. */
  sampleLimit: number;
  traffic: Traffic;
  function: FunctionSpec;
  platform: Platform;
  cost: CostSpec;
  /** Scripted mid-run changes, applied exactly as Run.set would at that simulated time. */
  changes: Change[];
}

type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | (null extends T[K] ? null : never) }
    : T;

type Unboundable<T> = { [K in keyof T]?: number | null };

export type ScenarioInput = Omit<DeepPartial<Scenario>, 'platform' | 'changes'> & {
  /** Start from a platform preset; the other fields override it. */
  preset?: PresetName;
  platform?: Omit<DeepPartial<Platform>, 'queue'> & { queue?: Unboundable<Queue> };
  changes?: Change[];
};
