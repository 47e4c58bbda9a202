/**
 * Offered load against capacity, from the scenario alone: the check that tells a learner, before
 * a run starts, that requests arrive faster than the platform can ever serve them.
 */
import { expectedArrivals } from './traffic';
import type { Scenario } from './types';

export type Excess = 'queue-grows' | 'queue-times-out' | 'queue-fills' | 'throttled';

export interface Load {
  /** Mean arrival rate over the run (requests per second). */
  offered: number;
  /** Most instances the platform may run: the fleet, the concurrency limit or Knative's max-scale. */
  instances: number;
  /** Most requests per second those instances complete: instances × concurrency ÷ mean service time. */
  capacity: number;
  /** offered ÷ capacity; at 1 or more the backlog grows for as long as the traffic lasts. */
  ratio: number;
  /** Where requests beyond capacity go: a queue without limit grows without end, one with a
   * timeout sheds them after it, one with a size fills, and with no queue they are throttled. */
  excess: Excess;
}

export function loadOf(s: Scenario): Load {
  const p = s.platform;
  const offered = expectedArrivals(s.traffic, s.duration) / s.duration;
  const instances = p.policy === 'fixed' ? p.instances : p.maxConcurrency;
  const capacity = (instances * s.function.concurrency) / s.function.service.mean;
  const q = p.queue;
  const excess: Excess = q.size === 0 ? 'throttled' : Number.isFinite(q.size) ? 'queue-fills' : Number.isFinite(q.timeout) ? 'queue-times-out' : 'queue-grows';
  return { offered, instances, capacity, ratio: capacity > 0 ? offered / capacity : Infinity, excess };
}
