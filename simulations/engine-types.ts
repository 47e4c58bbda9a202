/**
 * What the engine reports and what it calls, as plain data: lifecycle events for traces, the
 * hooks Run implements for its timers, and the totals and counts metrics.ts turns into samples
 * and summaries. No logic lives here, so metrics and Run depend on these shapes, not on how the
 * engine stores them.
 */
import type { Change } from './types';

/**
 * An instance's lifecycle, as the engine lives it. `load` (concurrency above 1 only: the request
 * count changed while the instance stayed busy), `provision` (a live instance became or stopped
 * being provisioned when min instances changed) and `drain` (a target-tracking or fixed fleet
 * shrank: the instance takes no new requests and ends when its last one finishes) complete the
 * picture a fleet view draws; events with concurrency 1 and no mid-run change are as they were.
 */
export interface TraceEvent {
  t: number;
  kind: 'start' | 'ready' | 'busy' | 'load' | 'idle' | 'provision' | 'drain' | 'end';
  /** Creation number of the instance (0 for the first created), stable for its whole life. */
  instance: number;
  /** After the event (a `provision` event says which way it went). */
  provisioned: boolean;
  /** On `start`: when its cold start ends (t itself for an instance warm from the start). */
  readyAt?: number;
  /** On `busy`, `load` and `idle`: requests on the instance after the event. */
  active?: number;
}

/** What the engine calls when a timer it keeps for Run fires (Run implements them). */
export interface EngineHooks {
  /** A sample is due at t; the interval's latencies are cleared once it returns. */
  sample(t: number): void;
  /** The warm-up ended at t; peaks and latency extremes restart once it returns. */
  warmupEnded(t: number): void;
  /** A scripted change is due (called once per change, in order). */
  scripted(change: Change): void;
}

/** Counters and time integrals since t = 0, integrals taken up to the engine's time. */
export interface Totals {
  t: number;
  arrivals: number;
  served: number;
  /** Refused on arrival. */
  throttled: number;
  /** Gave up waiting in the queue. */
  timedOut: number;
  coldStarts: number;
  /** Requests that waited for an instance's initialisation. */
  coldRequests: number;
  /** Requests put on an instance (billed per request). */
  dispatched: number;
  /** Requests that joined the queue. */
  waited: number;
  /** Seconds waited in the queue by requests dispatched. */
  totalWait: number;
  /** Seconds of response time of requests served. */
  totalLatency: number;
  /** Instance-seconds alive, busy, starting, starting with a request waiting on them,
   * provisioned, and busy while provisioned. */
  aliveSeconds: number;
  busySeconds: number;
  startingSeconds: number;
  startingWithRequestSeconds: number;
  provisionedSeconds: number;
  busyProvisionedSeconds: number;
  /** Request-seconds on instances and in the queue. */
  inFlightSeconds: number;
  queuedSeconds: number;
}

/** Counts at the engine's time. */
export interface Gauges {
  instances: number;
  busyInstances: number;
  startingInstances: number;
  /** Starting instances a request already waits on (also counted busy). */
  startingWithRequest: number;
  provisioned: number;
  busyProvisioned: number;
  inFlight: number;
  queued: number;
  /** Highest counts since t = 0, or since the warm-up ended. */
  peakInstances: number;
  peakBusyInstances: number;
}
