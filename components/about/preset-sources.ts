/**
 * Where each platform preset's figures come from, for the About page. Values are not written
 * here: the page reads them from the engine's presets by `path`, so the table cannot drift from
 * what the simulations run (a unit test checks every figure of a preset has a row).
 */
import type { PresetName } from '@/simulations';

/** documented: the vendor's or project's own docs or code; measured: published measurements;
 * assumption: this course's choice where neither exists. */
export type Basis = 'documented' | 'measured' | 'assumption';

export type Unit = 'seconds' | 'count' | 'requests' | 'MB' | 'fraction' | 'percent' | 'usd' | 'distribution' | 'per-10-s';

export interface Figure {
  path: string;
  label: string;
  unit: Unit;
  basis: Basis;
  /** Who says so, and when, in a sentence. */
  source: string;
}

export interface PresetSources {
  preset: PresetName;
  title: string;
  /** What the preset stands for, and what it leaves out. */
  summary: string;
  figures: Figure[];
}

const f = (path: string, label: string, unit: Unit, basis: Basis, source: string): Figure => ({ path, label, unit, basis, source });

const lambdaFigures: Figure[] = [
  f('function.coldStart', 'Cold start', 'distribution', 'measured', 'Mikhail Shilkov’s cold-start measurements (data of January 2021): JavaScript median 0.26 s, 95 % of starts within 0.20–0.60 s. A lognormal with mean 0.3 s and CV 0.6 has about that median and 95th percentile.'),
  f('function.concurrency', 'Requests per instance', 'requests', 'documented', 'AWS Lambda concurrency documentation (read 2026): a standard function gets a separate execution environment for each concurrent request.'),
  f('function.memoryMB', 'Memory', 'MB', 'documented', 'AWS Lambda limits (2022, unchanged in 2026): 128 MB to 10,240 MB; 128 MB is the smallest.'),
  f('platform.keepAlive', 'Keep-alive', 'seconds', 'measured', 'Not documented by AWS (“non-deterministic”). Shilkov’s January 2021 data: environments recycled 5–7 minutes after the last request; Shahrad et al. (2020) describe a fixed 10 minutes.'),
  f('platform.maxConcurrency', 'Most instances at once', 'count', 'documented', 'AWS Lambda quotas (read 2026): 1,000 concurrent executions per Region by default.'),
  f('platform.scaleUpLimit.instances', 'New instances allowed', 'per-10-s', 'documented', 'AWS scaling documentation and News Blog (27 November 2023): each function adds up to 1,000 environments every 10 seconds, refilled continuously.'),
  f('platform.scaleUpLimit.per', 'Scale-up interval', 'seconds', 'documented', 'The same source: the allowance counts over 10 seconds.'),
  f('cost.perMillionRequests', 'Request price', 'usd', 'documented', 'Lambda list price, us-east-1 (pricing summaries of 2024): $0.20 per million requests.'),
  f('cost.perGBSecond', 'Duration price per GB-second', 'usd', 'documented', 'Lambda x86 first tier, us-east-1: $0.0000166667. Since 1 August 2025 the initialisation is billed too (AWS Compute Blog, April 2025), as the model bills it.'),
  f('cost.perGBSecondProvisioned', 'Provisioned price per GB-second', 'usd', 'assumption', 'AWS list price as recalled, not read in any stored AWS page: approximate.'),
  f('cost.perGBSecondOnProvisioned', 'Duration price on provisioned instances', 'usd', 'assumption', 'A secondary note’s figure for the duration rate while provisioned concurrency is on; not confirmed on AWS’s page.'),
  f('cost.perInstanceHour', 'Always-on server compared', 'usd', 'documented', 'A t4g.small on demand, $0.0168 an hour ($12.26 a month), from a third-party price table (2026).'),
];

export const presetSources: PresetSources[] = [
  {
    preset: 'aws-lambda',
    title: 'AWS Lambda',
    summary: 'A standard on-demand function, x86, us-east-1. Not modelled: SnapStart, Managed Instances and Web Functions (which take several requests per environment), the account-wide quota shared by other functions.',
    figures: lambdaFigures,
  },
  {
    preset: 'aws-lambda-provisioned',
    title: 'AWS Lambda with provisioned concurrency',
    summary: 'The same function with five environments kept initialised. Not modelled: the time AWS takes to allocate them and their re-initialisation every few hours.',
    figures: [...lambdaFigures, f('platform.minInstances', 'Provisioned instances', 'count', 'assumption', 'This course’s example; provisioned concurrency is whatever the owner sets.')],
  },
  {
    preset: 'cloud-run',
    title: 'Google Cloud Run',
    summary: 'A service with request-based billing and one vCPU. Cloud Run’s own autoscaler (which aims at 60 % of the concurrency limit and 60 % CPU over a minute) is approximated by the per-request policy: a new instance when every instance is full.',
    figures: [
      f('function.coldStart', 'Cold start', 'distribution', 'assumption', 'No Cloud Run measurement was found; Shilkov’s Google Cloud Functions medians (2021) are 0.6–1.1 s. Lognormal, mean 1 s, CV 0.5.'),
      f('function.concurrency', 'Requests per instance', 'requests', 'documented', 'Cloud Run concurrency documentation (read 2026): default 80 at most per instance, 1,000 the maximum.'),
      f('function.memoryMB', 'Memory', 'MB', 'assumption', 'A usual small size; the course’s choice.'),
      f('platform.keepAlive', 'Keep-alive', 'seconds', 'measured', 'Google guarantees no idle lifetime. Shilkov measured 15 minutes for Google Cloud Functions (2021 data).'),
      f('platform.maxConcurrency', 'Most instances at once', 'count', 'documented', 'Cloud Run’s older documented default of 100 instances; newer documentation derives the limit from regional quota.'),
      f('platform.queue.timeout', 'Wait at the instance limit', 'seconds', 'documented', 'Cloud Run autoscaling documentation: requests wait up to 10 s, then get HTTP 429 (older versions said 60 s, the newest the larger of 10 s and 3.5 × the average start).'),
      f('cost.perMillionRequests', 'Request price', 'usd', 'documented', 'Cloud Run pricing, Tier 1, request-based billing (stored page, undated): $0.40 per million.'),
      f('cost.perGBSecond', 'Memory price per GiB-second', 'usd', 'documented', 'The same page: $0.0000025.'),
      f('cost.perInstanceSecond', 'vCPU price per second', 'usd', 'documented', 'The same page: $0.000024 per vCPU-second, one vCPU.'),
      f('cost.perGBSecondProvisioned', 'Minimum-instance memory price', 'usd', 'assumption', 'Taken equal to the memory price.'),
      f('cost.perGBSecondOnProvisioned', 'Memory price on minimum instances', 'usd', 'assumption', 'Taken equal to the memory price.'),
      f('cost.perInstanceHour', 'Always-on server compared', 'usd', 'documented', 'A t4g.small on demand, $0.0168 an hour (third-party price table, 2026).'),
    ],
  },
  {
    preset: 'azure-flex',
    title: 'Azure Functions, Flex Consumption',
    summary: 'An HTTP function app on a 2,048 MB instance. Azure’s scale controller is approximated by the per-request policy.',
    figures: [
      f('function.coldStart', 'Cold start', 'distribution', 'measured', 'Shilkov (2021 data): Azure, Linux, JavaScript median 1.58 s. The spread (CV 0.5) is the course’s assumption.'),
      f('function.concurrency', 'Requests per instance', 'requests', 'documented', 'Default HTTP concurrency 16 per 2,048 MB instance for .NET and Go, 1 for Python (Microsoft’s table as cited by project notes, 2025).'),
      f('function.memoryMB', 'Memory', 'MB', 'documented', 'Flex Consumption documentation (2025): 2,048 MB is the default instance size.'),
      f('platform.keepAlive', 'Keep-alive', 'seconds', 'measured', 'Shahrad et al., USENIX ATC 2020: Azure used a fixed 20-minute keep-alive in 2019.'),
      f('platform.maxConcurrency', 'Most instances at once', 'count', 'documented', 'Azure event-driven scaling documentation (December 2025): default per-app limit 100.'),
      f('cost.perMillionRequests', 'Request price', 'usd', 'assumption', 'Recalled, not read in a stored Microsoft page.'),
      f('cost.perGBSecond', 'Duration price per GB-second', 'usd', 'documented', 'A Microsoft cost example assumes $0.000026 per GB-second on demand.'),
      f('cost.perGBSecondProvisioned', 'Always-ready price per GB-second', 'usd', 'assumption', 'Taken equal to the on-demand price.'),
      f('cost.perGBSecondOnProvisioned', 'Duration price on always-ready instances', 'usd', 'assumption', 'Taken equal to the on-demand price.'),
      f('cost.perInstanceHour', 'Always-on server compared', 'usd', 'documented', 'A t4g.small on demand, $0.0168 an hour (third-party price table, 2026).'),
    ],
  },
  {
    preset: 'knative',
    title: 'Knative Serving (KPA)',
    summary: 'A revision with Knative’s default autoscaler settings. Concurrency 1,000 and target 100 stand in for Knative’s default (containerConcurrency 0, unlimited, aiming at 100), which the model can also take directly: both aim at 70 per pod.',
    figures: [
      f('function.coldStart', 'Pod start', 'distribution', 'assumption', 'No Knative measurement was found; 2 s assumes the image is already on the node.'),
      f('function.concurrency', 'Requests per pod', 'requests', 'documented', 'Knative’s default containerConcurrency is 0, unlimited; 1,000 stands in for it.'),
      f('platform.maxConcurrency', 'max-scale', 'count', 'documented', 'Knative’s default max-scale is 0, unlimited; 1,000 stands in for it.'),
      f('platform.autoscaler.target', 'Target per pod', 'requests', 'documented', 'knative/serving autoscaler defaults (main at 98e5ef9, 21 August 2026; latest tag knative-v1.23.0): container-concurrency-target-default 100.'),
      f('platform.autoscaler.targetUtilization', 'Target utilisation', 'fraction', 'documented', 'The same defaults: container-concurrency-target-percentage 70.'),
      f('platform.autoscaler.stableWindow', 'Stable window', 'seconds', 'documented', 'The same defaults: stable-window 60 s.'),
      f('platform.autoscaler.panicWindowPercentage', 'Panic window', 'percent', 'documented', 'The same defaults: panic-window-percentage 10 (6 s).'),
      f('platform.autoscaler.panicThreshold', 'Panic threshold', 'percent', 'documented', 'The same defaults: panic-threshold-percentage 200.'),
      f('platform.autoscaler.tick', 'Decision interval', 'seconds', 'documented', 'knative/serving multiscaler: a decision every 2 s.'),
      f('platform.autoscaler.scaleToZeroGrace', 'Scale-to-zero grace', 'seconds', 'documented', 'The same defaults: scale-to-zero-grace-period 30 s.'),
      f('platform.autoscaler.maxScaleUpRate', 'Max scale-up rate', 'count', 'documented', 'The same defaults: max-scale-up-rate 1000.'),
      f('platform.autoscaler.maxScaleDownRate', 'Max scale-down rate', 'count', 'documented', 'The same defaults: max-scale-down-rate 2.'),
      f('function.memoryMB', 'Memory', 'MB', 'assumption', 'The course’s choice; it does not affect the cost here.'),
      f('cost.perInstanceSecond', 'Price per pod-second', 'usd', 'assumption', 'A cluster bills capacity, not requests: each pod is priced as a t4g.small hour ($0.0168) while it lives.'),
      f('cost.perInstanceHour', 'Always-on server compared', 'usd', 'documented', 'A t4g.small on demand, $0.0168 an hour (third-party price table, 2026).'),
    ],
  },
  {
    preset: 'always-on-vm',
    title: 'An always-on virtual machine',
    summary: 'One t4g.small serving requests, for comparison. Not modelled: disk, public IPv4 address, load balancer, burstable CPU credits.',
    figures: [
      f('function.concurrency', 'Requests at once', 'requests', 'assumption', 'One request per vCPU for CPU-bound handlers; a t4g.small has 2 vCPUs.'),
      f('function.memoryMB', 'Memory', 'MB', 'documented', 'A t4g.small has 2 GiB.'),
      f('platform.instances', 'Servers', 'count', 'assumption', 'One; a real service would want two for redundancy.'),
      f('cost.perInstanceHour', 'Price per hour', 'usd', 'documented', 'A t4g.small on demand, $0.0168 an hour, $12.26 for a 730-hour month (third-party price table, 2026).'),
    ],
  },
];
