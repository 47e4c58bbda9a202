/**
 * Knative's pod autoscaler (KPA) decision, after knative/serving pkg/autoscaler/scaling
 * autoscaler.go Scale() (fact sheet §5.2). The engine feeds it the time integral of
 * concurrency (requests on instances plus those buffered at the activator) at every tick;
 * window averages are differences of that integral, which is exact, not a sampled estimate.
 */
import type { Autoscaler } from './types';

export class Kpa {
  private ring: Float64Array;
  private ticks = 0;
  private panicTime = -1;
  private maxPanicPods = 0;
  private zeroSince = -1;

  /** Starts at time t0 with the concurrency integral at area0 (a tick change restarts it). */
  constructor(
    private readonly tick: number,
    private readonly t0 = 0,
    area0 = 0,
  ) {
    // Room for the longest stable window allowed (1 h).
    this.ring = new Float64Array(Math.ceil(3600 / tick) + 2);
    this.ring[0] = area0;
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
   * Desired pods at tick time t. `area` is the concurrency integral up to t, `ready` the ready
   * pods, `current` all pods (ready or starting).
   */
  decide(t: number, area: number, ready: number, current: number, a: Autoscaler, concurrency: number, minScale: number, maxScale: number): number {
    const stable = this.average(area, t, a.stableWindow);
    const panic = this.average(area, t, (a.stableWindow * a.panicWindowPercentage) / 100);
    this.ticks++;
    this.ring[this.ticks % this.ring.length] = area;

    const target = Math.max(0.01, Math.min(a.target, concurrency) * a.targetUtilization);
    const readyPods = Math.max(1, ready);
    const maxUp = Math.ceil(a.maxScaleUpRate * readyPods);
    const maxDown = Math.floor(readyPods / a.maxScaleDownRate);
    const dspc = Math.ceil(stable / target);
    const dppc = Math.ceil(panic / target);
    const desiredStable = Math.min(Math.max(dspc, maxDown), maxUp);
    const desiredPanic = Math.min(Math.max(dppc, maxDown), maxUp);

    if (dppc / readyPods >= a.panicThreshold / 100) {
      this.panicTime = t;
    } else if (this.panicTime >= 0 && this.panicTime + a.stableWindow < t) {
      this.panicTime = -1;
      this.maxPanicPods = 0;
    }
    let desired = desiredStable;
    if (this.panicTime >= 0) {
      desired = Math.max(desired, desiredPanic);
      // No scaling down while panicking.
      if (desired > this.maxPanicPods) this.maxPanicPods = desired;
      else desired = this.maxPanicPods;
    }
    desired = Math.min(Math.max(desired, minScale), maxScale);
    // The last pod goes only after the scale-to-zero grace period has passed.
    if (desired === 0 && current > 0) {
      if (this.zeroSince < 0) this.zeroSince = t;
      if (t - this.zeroSince < a.scaleToZeroGrace) desired = 1;
    } else {
      this.zeroSince = -1;
    }
    return desired;
  }
}
