/**
 * Knative's pod autoscaler (KPA), in the two parts Knative Serving splits it into:
 *
 * - the decider, `Kpa.scale`, after pkg/autoscaler/scaling/autoscaler.go Scale(): stable and
 *   panic averages in, desired pods out, with the rate limits and the panic mode's memory;
 * - the scaler, `Kpa.bound`, after pkg/reconciler/autoscaling/kpa/scaler.go: min/max bounds,
 *   then the scale-to-zero grace period.
 *
 * The engine calls `decide`, which feeds both from the time integral of concurrency (requests on
 * instances plus those buffered at the activator) at every tick; window averages are differences
 * of that integral, which is exact, not a sampled estimate. The validation cases
 * (simulations/validation/knative-cases.ts) call the two parts directly with the values
 * Knative's own unit tests use.
 */
import type { Autoscaler } from './types';

/** What the decider needs, in the model's units (panic threshold in percent). */
export interface DeciderSpec {
  /** Aim per pod after utilisation (Knative's TargetValue). */
  target: number;
  panicThreshold: number;
  stableWindow: number;
  maxScaleUpRate: number;
  maxScaleDownRate: number;
}

/** Knative's container-concurrency-target-default: the aim when neither a target nor a
 * concurrency limit is given. */
export const TARGET_DEFAULT = 100;

/**
 * Knative's aim per pod (ResolveMetricTarget): a target given is capped by the concurrency
 * limit; with no target the limit itself is aimed at, and with no limit either (concurrency 0,
 * unlimited) the default 100. Times utilisation, never below 0.01.
 */
export function resolveTarget(a: Pick<Autoscaler, 'target' | 'targetUtilization'>, concurrency: number): number {
  let total = concurrency > 0 ? concurrency : TARGET_DEFAULT;
  if (a.target !== null) total = concurrency > 0 ? Math.min(a.target, concurrency) : a.target;
  return Math.max(0.01, total * a.targetUtilization);
}

export class Kpa {
  private ring: Float64Array;
  private ticks = 0;
  /** When panic mode began or was last extended; -Infinity = not panicking. Public so the
   * validation cases can set the state Knative's tests set by hand. */
  panicSince = -Infinity;
  /** Panic mode never scales below the most pods it has asked for. */
  maxPanicPods = 0;
  /** Since when the bounded decision has been 0; -Infinity = it is not. */
  private zeroSince = -Infinity;

  /**
   * Starts at time t0 with the concurrency integral at area0 (a tick change restarts it) and
   * `ready` pods ready. Like Knative's, an autoscaler created over more than one ready pod starts
   * in panic mode holding that count: it has no history yet, and without this it would scale a
   * busy fleet down on its first, empty averages.
   */
  constructor(
    private readonly tick: number,
    private readonly t0 = 0,
    area0 = 0,
    ready = 0,
  ) {
    // Room for the longest stable window allowed (1 h).
    this.ring = new Float64Array(Math.ceil(3600 / tick) + 2);
    this.ring[0] = area0;
    this.maxPanicPods = ready;
    if (ready > 1) this.panicSince = t0;
  }

  get panicking(): boolean {
    return this.panicSince > -Infinity;
  }

  /** Average concurrency over the last `window` seconds, from the integral's history. */
  private average(area: number, t: number, window: number): number {
    const k = Math.max(1, Math.round(window / this.tick));
    let avg: number;
    // ring[n] holds the integral at the n-th tick (ring[0]: at the start); this is tick ticks+1.
    if (this.ticks + 1 >= k) {
      const past = this.ring[(this.ticks + 1 - k) % this.ring.length] as number;
      avg = (area - past) / (k * this.tick);
    } else {
      // Knative averages over the data it has while the window is still filling.
      avg = t > this.t0 ? (area - (this.ring[0] as number)) / (t - this.t0) : 0;
    }
    return avg > 1e-12 ? avg : 0;
  }

  /**
   * Pods to run at tick time t, as the engine asks: `area` is the concurrency integral up to t,
   * `ready` the ready pods, `current` all pods (ready or starting).
   */
  decide(t: number, area: number, ready: number, current: number, a: Autoscaler, concurrency: number, minScale: number, maxScale: number): number {
    const stable = this.average(area, t, a.stableWindow);
    const panic = this.average(area, t, (a.stableWindow * a.panicWindowPercentage) / 100);
    this.ticks++;
    this.ring[this.ticks % this.ring.length] = area;
    const desired = this.scale(t, stable, panic, ready, { ...a, target: resolveTarget(a, concurrency) });
    return this.bound(t, desired, current, minScale, maxScale, a.scaleToZeroGrace);
  }

  /** The decider: desired pods from the stable and panic averages (Knative's Scale()). */
  scale(t: number, stable: number, panic: number, ready: number, spec: DeciderSpec): number {
    // Zero ready pods count as one, so the rate limits still allow a first step.
    const readyPods = Math.max(1, ready);
    const maxUp = Math.ceil(spec.maxScaleUpRate * readyPods);
    const maxDown = Math.floor(readyPods / spec.maxScaleDownRate);
    const dspc = Math.ceil(stable / spec.target);
    const dppc = Math.ceil(panic / spec.target);
    const desiredStable = Math.min(Math.max(dspc, maxDown), maxUp);
    const desiredPanic = Math.min(Math.max(dppc, maxDown), maxUp);

    if (dppc / readyPods >= spec.panicThreshold / 100) {
      this.panicSince = t;
    } else if (this.panicking && this.panicSince + spec.stableWindow < t) {
      this.panicSince = -Infinity;
      this.maxPanicPods = 0;
    }
    let desired = desiredStable;
    if (this.panicking) {
      desired = Math.max(desired, desiredPanic);
      // No scaling down while panicking.
      if (desired > this.maxPanicPods) this.maxPanicPods = desired;
      else desired = this.maxPanicPods;
    }
    return desired;
  }

  /**
   * The scaler: min/max bounds, then the scale-to-zero grace. Knative removes the last pod once
   * its autoscaler has turned inactive and the activator has been in the request path for the
   * grace, often already the case (burst capacity keeps it there at low scale); here the full
   * grace always runs from the first zero decision, an upper bound on Knative's wait.
   */
  bound(t: number, desired: number, current: number, minScale: number, maxScale: number, grace: number): number {
    let d = Math.min(Math.max(desired, minScale), maxScale);
    // The last pod goes only after the scale-to-zero grace period has passed.
    if (d === 0 && current > 0) {
      if (this.zeroSince === -Infinity) this.zeroSince = t;
      if (t - this.zeroSince < grace) d = 1;
    } else {
      this.zeroSince = -Infinity;
    }
    return d;
  }
}
