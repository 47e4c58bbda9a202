/**
 * Platform presets: plain scenario fragments (no traffic), to be merged under a learner's
 * settings with mergeScenario or named in a scenario file as "preset". Every figure cites the
 * fact sheet (the project's research notes on platforms, read up to Sept 2026) or says it is an
 * assumption. Platforms' undocumented behaviour (how long idle instances live, cold-start
 * times) comes from published measurements and is approximate by nature.
 */
import type { PresetName, ScenarioInput } from './types';

export type { PresetName };

// Lambda us-east-1 x86, first tier (§2.7): $0.20 per million requests, $0.0000166667 per GB-s;
// INIT billed since 1 Aug 2025 (§2.7), which the engine's busy-time billing includes.
const lambdaCost = {
  perMillionRequests: 0.2,
  perGBSecond: 0.0000166667,
  // Not in the fact sheet (§2.7 "not retrieved"); AWS list prices as recalled, approximate.
  perGBSecondProvisioned: 0.0000041667,
  // §2.7 quotes this as a secondary note, "appears to be the duration rate while PC is enabled".
  perGBSecondOnProvisioned: 0.0000097222,
  perInstanceSecond: 0,
  // Baseline: t4g.small on demand, $0.0168/h (§9, secondary cost table).
  perInstanceHour: 0.0168,
  billing: 'request',
  baselineInstances: 1,
} as const;

const awsLambda: ScenarioInput = {
  function: {
    // Shilkov (2021 data, §7.1): JS median 0.26 s, 95 % range 0.20–0.60 s. A lognormal with mean
    // 0.3 s and CV 0.6 has median ≈ 0.26 s and 95th percentile ≈ 0.6 s.
    coldStart: { dist: 'lognormal', mean: 0.3, cv: 0.6 },
    // One request per execution environment for on-demand functions (§2.1).
    concurrency: 1,
    // 128 MB is the smallest size (§2.8) and the console default.
    memoryMB: 128,
  },
  platform: {
    policy: 'per-request',
    // Officially undocumented (§2.5); 2021 measurements: recycled 5–7 min after the last request.
    keepAlive: 360,
    // Default account quota: 1,000 concurrent executions per Region (§2.3).
    maxConcurrency: 1000,
    minInstances: 0,
    // Since Nov 2023: 1,000 new environments per 10 s per function, refilled continuously (§2.2).
    scaleUpLimit: { instances: 1000, per: 10 },
  },
  cost: lambdaCost,
};

const awsLambdaProvisioned: ScenarioInput = {
  ...awsLambda,
  // Provisioned concurrency: pre-initialised, billed whether used or not (§2.3). The count (5)
  // is this course's example, not a platform value.
  platform: { ...awsLambda.platform, minInstances: 5 },
};

const cloudRun: ScenarioInput = {
  function: {
    // No Cloud Run cold-start measurement in the fact sheet; Shilkov's GCP Cloud Functions
    // medians are 0.6–1.1 s and "0.5–2 s" overall (§7.1). Assumption: lognormal mean 1 s, CV 0.5.
    coldStart: { dist: 'lognormal', mean: 1, cv: 0.5 },
    // Default maximum concurrent requests per instance: 80 (§3).
    concurrency: 80,
    // Assumption: 512 MiB (Cloud Run's usual default; not in the fact sheet).
    memoryMB: 512,
  },
  platform: {
    policy: 'per-request',
    // Idle retention is unguaranteed (§3); Shilkov measured 15 min for Cloud Functions (2021).
    keepAlive: 900,
    // Older default maximum of 100 instances (§3); newer limits derive from quota.
    maxConcurrency: 100,
    minInstances: 0,
    // At max instances requests wait up to 10 s, then get 429 (§3, the middle of three versions).
    queue: { size: null, timeout: 10 },
  },
  cost: {
    // Request-based billing, Tier 1 (§3): $0.40 per million, $0.0000025 per GiB-s, and
    // $0.000024 per vCPU-s for the default 1 vCPU. Billed while serving and starting, like ours;
    // the 100 ms rounding is not modelled.
    perMillionRequests: 0.4,
    perGBSecond: 0.0000025,
    perInstanceSecond: 0.000024,
    perGBSecondProvisioned: 0.0000025,
    perGBSecondOnProvisioned: 0.0000025,
    perInstanceHour: 0.0168,
    billing: 'request',
    baselineInstances: 1,
  },
};

const azureFlex: ScenarioInput = {
  function: {
    // Shilkov (2021, §7.1): Azure Linux JS median 1.58 s. Assumption: lognormal CV 0.5.
    coldStart: { dist: 'lognormal', mean: 1.6, cv: 0.5 },
    // HTTP per-instance concurrency default 16 on a 2,048 MB instance for .NET/Go (§4.2, secondary).
    concurrency: 16,
    // Default instance memory 2,048 MB (§4.2).
    memoryMB: 2048,
  },
  platform: {
    policy: 'per-request',
    // Shahrad et al. (§4.4): Azure used a fixed 20 min keep-alive in 2019.
    keepAlive: 1200,
    // Default per-app scale-out limit 100 (§4.2).
    maxConcurrency: 100,
    minInstances: 0,
  },
  cost: {
    // On-demand $0.000026 per GB-s from a Microsoft cost example (§4.2). The per-execution fee
    // ($0.40 per million) is recalled, not in the fact sheet. The 1 s minimum billable period
    // is not modelled.
    perMillionRequests: 0.4,
    perGBSecond: 0.000026,
    perGBSecondProvisioned: 0.000026,
    perGBSecondOnProvisioned: 0.000026,
    perInstanceSecond: 0,
    perInstanceHour: 0.0168,
    billing: 'request',
    baselineInstances: 1,
  },
};

const knative: ScenarioInput = {
  function: {
    // Assumption: 2 s pod start (image cached); the fact sheet has no Knative measurement.
    coldStart: { dist: 'lognormal', mean: 2, cv: 0.5 },
    // containerConcurrency 0 (unlimited) is the default; 1,000 stands in for "unlimited".
    concurrency: 1000,
    memoryMB: 512,
  },
  platform: {
    policy: 'target-tracking',
    minInstances: 0,
    // max-scale 0 means unlimited (§5.1); 1,000 stands in for it.
    maxConcurrency: 1000,
    // The activator buffers requests while capacity starts (§5.2).
    queue: { size: null, timeout: null },
    // knative/serving defaults (§5.1, config.go at 98e5ef9): target 100 × 70 %, stable window
    // 60 s, panic window 10 % of it, panic threshold 200 %, 2 s tick, 30 s scale-to-zero grace,
    // max scale-up rate 1000, max scale-down rate 2.
    autoscaler: {
      target: 100,
      targetUtilization: 0.7,
      stableWindow: 60,
      panicWindowPercentage: 10,
      panicThreshold: 200,
      tick: 2,
      scaleToZeroGrace: 30,
      maxScaleUpRate: 1000,
      maxScaleDownRate: 2,
    },
  },
  cost: {
    // A cluster bills capacity, not requests. Assumption: each pod costs a t4g.small's hour
    // ($0.0168/h, §9) for as long as it is alive.
    perMillionRequests: 0,
    perGBSecond: 0,
    perGBSecondProvisioned: 0,
    perGBSecondOnProvisioned: 0,
    perInstanceSecond: 0.0168 / 3600,
    perInstanceHour: 0.0168,
    billing: 'instance',
    baselineInstances: 1,
  },
};

const alwaysOnVm: ScenarioInput = {
  function: {
    // Assumption: CPU-bound handlers, one request per vCPU; t4g.small has 2 vCPU (§9).
    concurrency: 2,
    memoryMB: 2048,
  },
  platform: {
    policy: 'fixed',
    instances: 1,
    queue: { size: null, timeout: null },
  },
  cost: {
    perMillionRequests: 0,
    perGBSecond: 0,
    perGBSecondProvisioned: 0,
    perGBSecondOnProvisioned: 0,
    perInstanceSecond: 0,
    // t4g.small on demand $0.0168/h, $12.26 a month (§9); EBS, IPv4 and load balancer excluded.
    perInstanceHour: 0.0168,
    billing: 'instance',
    baselineInstances: 1,
  },
};

export const presets: Record<PresetName, ScenarioInput> = {
  'aws-lambda': awsLambda,
  'aws-lambda-provisioned': awsLambdaProvisioned,
  'cloud-run': cloudRun,
  'azure-flex': azureFlex,
  knative,
  'always-on-vm': alwaysOnVm,
};
