/**
 * Knative Serving's own autoscaler unit tests, as data: the inputs each test hands to the code
 * under test and the outputs it expects, restated in this model's terms (facts, not code). The
 * source is knative/serving at tag knative-v1.23.0, commit KNATIVE_COMMIT; each case names its Go
 * test and file. Units: seconds, pods, concurrent requests; the panic threshold in percent
 * (Knative's DeciderSpec holds it as a ratio, 2 = 200 %).
 *
 * What each kind compares:
 * - target: the aim per pod after utilisation (ResolveMetricTarget, MakeDecider's TargetValue).
 * - decider: desired pods after each call of Scale(), stable and panic averages given directly.
 * - creation: whether a freshly created autoscaler is in panic mode and the pods it holds.
 * - scaler: pods after one pass of the scaler (bounds and scale to zero). Knative's tests give
 *   the returned scale and whether it was applied; `want` is the replicas afterwards. Knative
 *   counts the grace from when its pod autoscaler went inactive; `zeroFor` is that time, which
 *   the model counts from its first zero decision (null: still active, so this is the first).
 */

export const KNATIVE_TAG = 'knative-v1.23.0';
export const KNATIVE_COMMIT = '7ed4aa2ab601e3a33c6552285f6e0d910747351d';

export const files = {
  autoscaler: 'pkg/autoscaler/scaling/autoscaler_test.go',
  target: 'pkg/reconciler/autoscaling/resources/target_test.go',
  decider: 'pkg/reconciler/autoscaling/kpa/resources/decider_test.go',
  scaler: 'pkg/reconciler/autoscaling/kpa/scaler_test.go',
} as const;
export type SourceFile = (typeof files)[keyof typeof files];

interface Source {
  /** Go test name; subtests as Test/label. */
  test: string;
  file: SourceFile;
  /** One line: what the case shows. */
  what: string;
}

export interface Spec {
  target: number;
  panicThreshold: number;
  stableWindow: number;
  maxScaleUpRate: number;
  maxScaleDownRate: number;
}

export interface TargetCase extends Source {
  kind: 'target';
  /** containerConcurrency; 0 = unlimited. */
  concurrency: number;
  /** The target annotation; null = not given. */
  target: number | null;
  utilization: number;
  want: number;
}

export interface DeciderStep {
  t: number;
  stable: number;
  panic: number;
  ready: number;
  /** A spec change (Knative's Update()) before this call. */
  spec?: Partial<Spec>;
  want: number;
}

export interface DeciderCase extends Source {
  kind: 'decider';
  spec: Spec;
  /** Ready pods when the autoscaler was created. */
  readyAtCreation: number;
  /** Panic state the test sets by hand before the first call. */
  panic?: { since: number; maxPods: number };
  steps: DeciderStep[];
}

export interface CreationCase extends Source {
  kind: 'creation';
  ready: number;
  want: { panicking: boolean; maxPanicPods: number };
}

export interface ScalerCase extends Source {
  kind: 'scaler';
  current: number;
  desired: number;
  minScale: number;
  /** 0 = no maximum, as in Knative. */
  maxScale: number;
  zeroFor: number | null;
  grace: number;
  want: number;
}

export type KnativeCase = TargetCase | DeciderCase | CreationCase | ScalerCase;

/** Cases for behaviour the model does not have, and what a learner would see on a cluster. */
export interface NotModelled {
  test: string;
  file: SourceFile;
  feature: string;
  /** Expected outputs the test checks (Scale() calls, subtests). */
  checks: number;
  onCluster: string;
}

// newTestAutoscaler in autoscaler_test.go: panic threshold 2 (200 %), rates 10, 60 s window.
const unit = (target: number): Spec => ({ target, panicThreshold: 200, stableWindow: 60, maxScaleUpRate: 10, maxScaleDownRate: 10 });

const A = files.autoscaler;
const T = files.target;
const D = files.decider;
const S = files.scaler;

// TestResolveMetricTarget's config: target fraction 1.0, container-concurrency-target-default 100.
const resolve = (name: string, what: string, concurrency: number, target: number | null, utilization: number, want: number): TargetCase => ({
  kind: 'target', test: `TestResolveMetricTarget/${name}`, file: T, what, concurrency, target, utilization, want,
});
// TestMakeDecider's config: the same defaults, so with no target and no concurrency the aim is 100.
const make = (name: string, what: string, concurrency: number, target: number | null, utilization: number, want: number): TargetCase => ({
  kind: 'target', test: `TestMakeDecider/${name}`, file: D, what, concurrency, target, utilization, want,
});

export const targetCases: TargetCase[] = [
  resolve('defaults', 'No target, unlimited concurrency: the cluster default 100', 0, null, 1, 100),
  resolve('default CC + 80% TU', 'The default 100 at 80 %', 0, null, 0.8, 80),
  resolve('with container concurrency 12 and TU=80%, but TU annotation 75%', 'Concurrency 12 at 75 %', 12, null, 0.75, 9),
  resolve('with container concurrency 10 and TU=80%', 'Concurrency is the aim when no target is given', 10, null, 0.8, 8),
  resolve('with container concurrency 1 and TU=80%', 'Concurrency 1 at 80 %', 1, null, 0.8, 0.8),
  resolve('with container concurrency 1', 'Concurrency 1 at 100 %', 1, null, 1, 1),
  resolve('with container concurrency 10', 'Concurrency 10 at 100 %', 10, null, 1, 10),
  resolve('with target annotation 1', 'A target given with unlimited concurrency', 0, 1, 1, 1),
  resolve('with target annotation 1 and TU=0.1%', 'The aim never falls below 0.01', 0, 1, 0.001, 0.01),
  resolve('with target annotation 1 and TU=75%', 'Target 1 at 75 %', 0, 1, 0.75, 0.75),
  resolve('with target annotation 10 and TU=75%', 'Target 10 at 75 %', 0, 10, 0.75, 7.5),
  resolve('with container concurrency greater than target annotation (ok)', 'Target below concurrency wins', 10, 1, 1, 1),
  resolve('with target annotation greater than default (ok)', 'A target above the default 100 is kept', 0, 500, 1, 500),
  resolve('with target annotation greater than container concurrency (ignore annotation for safety)', 'Concurrency caps a larger target', 1, 10, 1, 1),
  make('defaults', 'No target, unlimited concurrency: 100', 0, null, 1, 100),
  make('explicit reachable', 'The same with the revision marked reachable', 0, null, 1, 100),
  make('tu < 1', 'The default 100 at 80 %', 0, null, 0.8, 80),
  make('scale up and scale down rates', 'Rates pass through; the aim stays 100', 0, null, 1, 100),
  make('with container concurrency 1', 'Concurrency 1', 1, null, 1, 1),
  make('with target annotation 1', 'Target 1', 0, 1, 1, 1),
  make('with container concurrency and tu < 1', 'Concurrency 100 at 80 %', 100, null, 0.8, 80),
  make('with burst capacity set', 'Concurrency 120 at 80 % aims at 96, not at the default 100', 120, null, 0.8, 96),
  make('with burst capacity set on the annotation', 'The same aim with the burst capacity on the annotation', 120, null, 0.8, 96),
  make('with container concurrency greater than target annotation (ok)', 'Target 1 under concurrency 10', 10, 1, 1, 1),
  make('with target annotation greater than container concurrency (ignore annotation for safety)', 'Concurrency 1 caps target 10', 1, 10, 1, 1),
  make('with higher panic target', 'Target 10 (the panic threshold 400 % passes through)', 0, 10, 1, 10),
];

const step = (t: number, stable: number, panic: number, ready: number, want: number, spec?: Partial<Spec>): DeciderStep =>
  spec ? { t, stable, panic, ready, want, spec } : { t, stable, panic, ready, want };

const table = (label: string, what: string, target: number, stable: number, panic: number, ready: number, want: number, extra: Partial<DeciderCase> = {}, spec: Partial<Spec> = {}): DeciderCase => ({
  kind: 'decider', test: `TestAutoscalerScale/${label}`, file: A, what, spec: { ...unit(target), ...spec }, readyAtCreation: 1,
  steps: [step(0, stable, panic, ready, want)], ...extra,
});

export const deciderCases: DeciderCase[] = [
  {
    kind: 'decider', test: 'TestAutoscalerScaleDownDelayZero', file: A, what: 'Scale up to 4, then straight down to 2',
    // PanicThreshold 100 as a ratio (10,000 %): panic never starts. Reachable is left false, which
    // stops scale-down limits; with one ready pod the limit is 0 either way.
    spec: { target: 10, panicThreshold: 10000, stableWindow: 60, maxScaleUpRate: 10, maxScaleDownRate: 10 }, readyAtCreation: 0,
    steps: [step(0, 40, 40, 0, 4), step(0.5, 20, 20, 0, 2)],
  },
  { kind: 'decider', test: 'TestAutoscalerMetrics', file: A, what: 'Stable 50 over target 10: 5 pods', spec: unit(10), readyAtCreation: 1, steps: [step(0, 50, 50, 1, 5)] },
  {
    kind: 'decider', test: 'TestAutoscalerStableModeIncreaseWithConcurrencyDefault', file: A, what: 'Stable mode scales up with the stable average',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 50, 10, 1, 5), step(0, 100, 10, 1, 10)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerUnpanicAfterSlowIncrease', file: A, what: 'Panic at 25 pods, held while growing, left after the stable window',
    spec: unit(1), readyAtCreation: 1, steps: [step(0, 11, 25, 10, 25), step(30, 30, 41, 40, 41), step(62, 50, 56, 55, 50)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerExtendPanicWindow', file: A, what: 'Still over the threshold: panic is extended',
    spec: unit(1), readyAtCreation: 1, steps: [step(0, 11, 25, 10, 25), step(30, 30, 80, 40, 80)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerStableModeDecrease', file: A, what: 'Stable mode scales down with the stable average',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 100, 100, 8, 10), step(0, 50, 50, 8, 5)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerStableModeNoTrafficScaleToZero', file: A, what: 'No traffic in the stable window: the decider asks for 0',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 1, 0, 1, 1), step(0, 0, 0, 1, 0)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerPanicModeExponentialTrackAndStabilize', file: A, what: 'Traffic multiplies by 6 each step; panic tracks it to 1,296 pods',
    spec: unit(1), readyAtCreation: 1,
    steps: [step(0, 6, 6, 1, 6), step(0, 36, 36, 6, 36), step(1, 216, 216, 36, 216), step(1, 1296, 1296, 216, 1296), step(2, 1296, 1296, 1296, 1296)],
  },
  table('AutoscalerNoDataAtZeroNoAutoscale', 'No traffic at one pod: 0', 10, 0, 0, 1, 0),
  table('AutoscalerNoDataAtZeroNoAutoscaleWithExplicitEPs', 'The same with endpoints listed', 10, 0, 0, 1, 0),
  table('AutoscalerStableModeUnlimitedTBC', 'Stable 21 over target 181: 1 pod', 181, 21, 26, 1, 1),
  table('Autoscaler0TBC', 'Stable 50 over target 10: 5 pods', 10, 50, 49, 1, 5),
  table('AutoscalerStableModeNoChange', 'Stable 50 over target 10: 5 pods', 10, 50, 50, 1, 5),
  table('AutoscalerPanicStableLargerThanPanic', 'In panic the larger of the two averages wins (stable)', 1, 50, 30, 5, 50, { panic: { since: -5, maxPods: 5 } }),
  table('AutoscalerPanicStableLessThanPanic', 'In panic the larger of the two averages wins (panic)', 1, 20, 30, 5, 30, { panic: { since: -5, maxPods: 5 } }),
  table('AutoscalerStableModeNoChangeAlreadyScaled', 'Already at 5 pods: stays at 5', 10, 50, 50, 5, 5),
  table('AutoscalerStableModeIncreaseWithSmallScaleUpRate', 'Scale-up rate 1.1 still allows one more pod', 1, 3, 3.1, 2, 3, {}, { maxScaleUpRate: 1.1 }),
  table('AutoscalerStableModeDecreaseWithSmallScaleDownRate', 'Scale-down rate 1.1 from 100 pods: 90', 10, 1, 1, 100, 90, {}, { maxScaleDownRate: 1.1 }),
  table('AutoscalerPanicModeDoublePodCount', 'Panic average twice the capacity: panic wins', 10, 50, 100, 1, 10),
  {
    kind: 'decider', test: 'TestAutoscalerPanicThenUnPanicScaleDown', file: A, what: 'Panic to 100 pods, held 30 s after traffic falls, released after 60 s',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 100, 100, 1, 10), step(0, 100, 1000, 10, 100), step(30, 1, 1, 10, 100), step(61, 1, 1, 10, 1)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerRateLimitScaleUp', file: A, what: 'At most ×10 per decision: 1 → 10 → 100',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 1000, 1001, 1, 10), step(0, 1000, 1001, 10, 100)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerRateLimitScaleDown', file: A, what: 'At most ÷10 per decision: 100 → 10 → 1',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 1, 1, 100, 10), step(0, 1, 1, 10, 1)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerUseOnePodAsMinimumIfEndpointsNotFound', file: A, what: 'Zero ready pods count as one for the rate limit',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 1000, 888, 0, 10)],
  },
  {
    kind: 'decider', test: 'TestAutoscalerUpdateTarget', file: A, what: 'A new target takes effect at the next decision',
    spec: unit(10), readyAtCreation: 1, steps: [step(0, 100, 101, 1, 10), step(0, 100, 101, 10, 100, { target: 1 })],
  },
];

export const creationCases: CreationCase[] = [
  { kind: 'creation', test: 'TestStartInPanicMode', file: A, what: 'Created with no ready pod: calm', ready: 0, want: { panicking: false, maxPanicPods: 0 } },
  { kind: 'creation', test: 'TestStartInPanicMode', file: A, what: 'Created with one ready pod: calm, holds 1', ready: 1, want: { panicking: false, maxPanicPods: 1 } },
  { kind: 'creation', test: 'TestStartInPanicMode', file: A, what: 'Created with two ready pods: in panic, holds 2', ready: 2, want: { panicking: true, maxPanicPods: 2 } },
  { kind: 'creation', test: 'TestNewFail', file: A, what: 'Pods cannot be counted yet (a new revision): calm, holds 0', ready: 0, want: { panicking: false, maxPanicPods: 0 } },
];

// TestScaler's config (kpa_test.go): scale-to-zero grace 60 s, stable window 5 min.
const sc = (label: string, what: string, current: number, desired: number, want: number, o: Partial<ScalerCase> = {}): ScalerCase => ({
  kind: 'scaler', test: `TestScaler/${label}`, file: S, what, current, desired, minScale: 0, maxScale: 0, zeroFor: null, grace: 60, want, ...o,
});

export const scalerCases: ScalerCase[] = [
  sc('waits to scale to zero (just before idle period)', 'First zero decision: the last pod stays', 1, 0, 1),
  sc('waits to scale to zero (just before idle period), custom PA window', 'The same with a 45 s window', 1, 0, 1),
  sc('custom PA window, check for standard window, no probe', 'Going inactive does not remove the pod yet', 1, 0, 1),
  sc('scale to 1 waiting for idle expires', 'From 10 pods a zero decision leaves 1', 10, 0, 1),
  sc('waits to scale to zero after idle period', 'Inactive from now: the pod stays for the grace', 1, 0, 1),
  sc('waits to scale to zero after idle period; sks in proxy mode', 'The same with the activator already in the path', 1, 0, 1),
  sc('waits to scale to zero after idle period (custom PA window)', 'The same with a 45 s window', 1, 0, 1),
  sc('scale to zero after grace period', 'Zero for the whole grace: the last pod goes', 1, 0, 0, { zeroFor: 60 }),
  sc('waits to scale to zero (just before grace period)', 'One second short of the grace: the pod stays', 1, 0, 1, { zeroFor: 59 }),
  sc('waits to scale to zero (just before grace period, sks short)', 'The same, activator in the path for 59 s', 1, 0, 1, { zeroFor: 59 }),
  sc('scale to zero with TBC=-1', 'Activator always in the path: zero after the grace', 1, 0, 0, { zeroFor: 60 }),
  sc('scale down to minScale before grace period', 'min-scale 2 holds before the grace', 10, 0, 2, { minScale: 2, zeroFor: 59 }),
  sc('scale down to minScale after grace period', 'min-scale 2 holds after it too', 10, 0, 2, { minScale: 2, zeroFor: 60 }),
  sc('observe minScale if reachability unknown', 'min-scale 2 holds', 10, 0, 2, { minScale: 2, zeroFor: 60 }),
  sc('scales up', '1 → 10', 1, 10, 10),
  sc('scales up to maxScale', 'max-scale 8 caps 10', 1, 10, 8, { maxScale: 8 }),
  sc('scale up inactive revision', 'Traffic back halfway through the grace: up to 10', 1, 10, 10, { zeroFor: 30 }),
  sc('scales up from zero to desired one', '0 → 1', 0, 1, 1),
  sc('scales up from zero to desired high scale', '0 → 10', 0, 10, 10),
];

export const knativeCases: KnativeCase[] = [...targetCases, ...deciderCases, ...creationCases, ...scalerCases];

const na = (test: string, file: SourceFile, feature: string, checks: number, onCluster: string): NotModelled => ({ test, file, feature, checks, onCluster });

const delay = 'With scale-down-delay set, a cluster keeps the highest pod count of the last delay window; the model drops pods as soon as the averages allow.';
const rps = 'A service scaled on requests per second aims at 200 req/s per pod (× 70 %) by default; the model scales on concurrency only.';
const reach = 'A revision that no route sends traffic to scales down at once, ignoring rate limits and min-scale; the model has one revision, always reachable.';
const initial = 'A new revision starts with initial-scale pods (1 by default) before any request; a run in the model starts with min-scale pods, usually none.';
const burst = 'Knative keeps the activator in the request path while spare capacity is under target-burst-capacity (211 by default), which adds a network hop; the model has no network time and queues only when every pod is full.';
const noData = 'Knative leaves the scale alone while it has no metrics or cannot count pods (for example just after the autoscaler restarts); the model always knows both exactly.';
const retention = 'scale-to-zero-pod-retention-period keeps the last pod longer after it goes idle; the model has no such setting (Knative\'s default, 0, is what it does).';
const probe = 'Before removing the last pod Knative checks that the activator is in the path, and waits if not; the model assumes it always is.';
const activating = 'A revision that never becomes ready is scaled to zero after its progress deadline; in the model every pod starts.';

export const notModelled: NotModelled[] = [
  na('TestAutoscalerScaleDownDelay', A, 'scale-down delay', 8, delay),
  na('TestAutoscalerScaleDownDelayNotReachable', A, 'scale-down delay, reachability', 3, delay),
  na('TestAutoscalerNoDataNoAutoscale', A, 'no metrics', 1, noData),
  na('TestAutoscalerMetricsWithRPS', A, 'RPS metric', 1, rps),
  na('TestAutoscalerStableModeIncreaseWithRPS', A, 'RPS metric', 2, rps),
  na('TestAutoscalerActivationScale', A, 'activation scale', 2, 'With activation-scale N, the first request after zero brings up N pods at once; the model brings up as many as the traffic calls for.'),
  na('TestAutoscalerScale/AutoscalerStableModeDecreaseNonReachable', A, 'reachability', 1, reach),
  na('TestCantCountPods', A, 'pod count unavailable', 1, noData),
  na('TestAutoscalerStartMetrics, TestAutoscalerMetrics (metric values)', A, 'exported metrics, excess burst capacity', 2, 'Knative reports the excess burst capacity with every decision; the model has no burst capacity, so only the pod counts are compared.'),
  na('TestResolveMetricTarget/non-default CC and TU', T, 'cluster-wide target default', 1, 'An operator can change container-concurrency-target-default (100) for the whole cluster; in the model it is fixed at 100, so set a target instead.'),
  na('TestResolveMetricTarget/RPS: (4 cases)', T, 'RPS metric', 4, rps),
  na('TestMakeDecider/unreachable', D, 'reachability', 1, reach),
  na('TestMakeDecider/with activator capacity override', D, 'activator capacity', 1, burst),
  na('TestMakeDecider/with metric annotation', D, 'RPS metric', 1, rps),
  na('TestMakeDecider/with scale down delay (2 cases)', D, 'scale-down delay', 2, delay),
  na('TestMakeDecider/with initial scale', D, 'initial scale', 1, initial),
  na('TestMakeDecider/with activation-scale', D, 'activation scale', 1, 'With activation-scale N, the first request after zero brings up N pods at once; the model brings up as many as the traffic calls for.'),
  na('TestMakeDecider (burst capacity values)', D, 'burst capacity', 2, burst),
  na('TestGetInitialScale (4 cases)', D, 'initial scale', 4, initial),
  na('TestScaler/ (5 last-pod retention cases)', S, 'pod retention period', 5, retention),
  na('TestScaler/waits to scale to zero (just before grace period, sks in proxy long)', S, 'activator in the path before the grace', 1, 'Knative counts the grace from when the activator took over the traffic, which can be earlier than the last zero decision; the model counts from the decision, so it may keep the last pod a little longer.'),
  na('TestScaler/ (2 activator probe failures)', S, 'activator probe', 2, probe),
  na('TestScaler/ (3 activation deadline cases)', S, 'activation timeout', 3, activating),
  na('TestScaler/ (3 unreachable revision cases)', S, 'reachability', 3, reach),
  na('TestScaler/ (2 cases with no metrics yet: scale -1)', S, 'no metrics', 2, noData),
  na('TestScaler/ (5 initial scale cases)', S, 'initial scale', 5, initial),
  na('TestDisableScaleToZero (3 cases)', S, 'scale to zero disabled', 3, 'With enable-scale-to-zero false a cluster keeps at least one pod; in the model set min-scale to 1 for the same effect.'),
  na('TestActivatorProbe (4 cases)', S, 'activator probe', 4, probe),
];
