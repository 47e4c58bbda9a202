/**
 * Turning the engine's counters into what a chart or a test reads. The engine only counts and
 * integrates since t = 0; an interval's figure is the difference of two snapshots, so the
 * summary after a warm-up and each sample's per-interval numbers cost nothing in the hot loop.
 */
import type { Engine, Gauges, Totals } from './engine';
import { BUCKETS, quantiles } from './histogram';
import { rateAt } from './traffic';
import type { Scenario } from './types';

export interface CostParts {
  requests: number;
  compute: number;
  provisioned: number;
  alwaysOn: number;
  baseline: number;
}

const PCTS = [0.5, 0.95, 0.99];

const zeroCost = (): CostParts => ({ requests: 0, compute: 0, provisioned: 0, alwaysOn: 0, baseline: 0 });

/**
 * Cumulative money. Prices may change mid-run (a memory slider), so the bill is folded at each
 * change: money so far at the old prices, plus usage since the fold at the new ones.
 */
export class CostMeter {
  private folded = zeroCost();
  private at: Usage = { t: 0, dispatched: 0, busySeconds: 0, busyProvisionedSeconds: 0, aliveSeconds: 0, provisionedSeconds: 0 };
  private perRequest = 0;
  private perBusySecond = 0;
  private perBusyProvisionedSecond = 0;
  private perAliveSecond = 0;
  private perProvisionedSecond = 0;
  private perAlwaysOnSecond = 0;
  private perBaselineSecond = 0;

  constructor(s: Scenario) {
    this.setRates(s);
  }

  private setRates(s: Scenario): void {
    const c = s.cost;
    const gb = s.function.memoryMB / 1024;
    const fixed = s.platform.policy === 'fixed';
    const perRequestBilling = c.billing === 'request';
    // A fixed fleet is paid by the hour whatever it serves.
    this.perRequest = fixed ? 0 : c.perMillionRequests / 1e6;
    this.perBusySecond = fixed || !perRequestBilling ? 0 : gb * c.perGBSecond + c.perInstanceSecond;
    this.perBusyProvisionedSecond = fixed || !perRequestBilling ? 0 : gb * c.perGBSecondOnProvisioned + c.perInstanceSecond;
    this.perProvisionedSecond = fixed || !perRequestBilling ? 0 : gb * c.perGBSecondProvisioned;
    this.perAliveSecond = fixed || perRequestBilling ? 0 : gb * c.perGBSecond + c.perInstanceSecond;
    this.perAlwaysOnSecond = fixed ? c.perInstanceHour / 3600 : 0;
    this.perBaselineSecond = (c.baselineInstances * c.perInstanceHour) / 3600;
  }

  /** Money up to the engine's time. */
  parts(e: Engine): CostParts {
    return this.partsFor(e.totals());
  }

  private partsFor(u: Usage): CostParts {
    const a = this.at;
    const f = this.folded;
    const busyProv = u.busyProvisionedSeconds - a.busyProvisionedSeconds;
    const alive = u.aliveSeconds - a.aliveSeconds;
    return {
      requests: f.requests + (u.dispatched - a.dispatched) * this.perRequest,
      compute: f.compute + (u.busySeconds - a.busySeconds - busyProv) * this.perBusySecond + busyProv * this.perBusyProvisionedSecond + alive * this.perAliveSecond,
      provisioned: f.provisioned + (u.provisionedSeconds - a.provisionedSeconds) * this.perProvisionedSecond,
      alwaysOn: f.alwaysOn + alive * this.perAlwaysOnSecond,
      baseline: f.baseline + (u.t - a.t) * this.perBaselineSecond,
    };
  }

  /** Cumulative pay-per-use and always-on dollars for a sample, from the engine's totals now. */
  sampleCosts(u: Totals, fixed: boolean, out: { cost: number; alwaysOnCost: number }): void {
    const a = this.at;
    const f = this.folded;
    const busyProv = u.busyProvisionedSeconds - a.busyProvisionedSeconds;
    const busy = u.busySeconds - a.busySeconds;
    const alive = u.aliveSeconds - a.aliveSeconds;
    out.cost =
      f.requests +
      (u.dispatched - a.dispatched) * this.perRequest +
      f.compute +
      (busy - busyProv) * this.perBusySecond +
      busyProv * this.perBusyProvisionedSecond +
      alive * this.perAliveSecond +
      f.provisioned +
      (u.provisionedSeconds - a.provisionedSeconds) * this.perProvisionedSecond;
    out.alwaysOnCost = fixed ? f.alwaysOn + alive * this.perAlwaysOnSecond : f.baseline + (u.t - a.t) * this.perBaselineSecond;
  }

  /** Call at a change, with the scenario after it. */
  refold(e: Engine, next: Scenario): void {
    const u = e.totals();
    this.folded = this.partsFor(u);
    this.at = { t: u.t, dispatched: u.dispatched, busySeconds: u.busySeconds, busyProvisionedSeconds: u.busyProvisionedSeconds, aliveSeconds: u.aliveSeconds, provisionedSeconds: u.provisionedSeconds };
    this.setRates(next);
  }
}

/** What the bill is made of. */
type Usage = Pick<Totals, 't' | 'dispatched' | 'busySeconds' | 'busyProvisionedSeconds' | 'aliveSeconds' | 'provisionedSeconds'>;

/** The engine's totals at one moment, with what they cost and (optionally) the latency histograms. */
export interface Counters extends Totals {
  rejected: number;
  cost: CostParts;
  hist: Float64Array | null;
}

export function snapshot(e: Engine, meter: CostMeter, withHist: boolean): Counters {
  let hist: Float64Array | null = null;
  if (withHist) {
    const l = e.latencies;
    hist = new Float64Array(BUCKETS * 2);
    hist.set(l.coldHistogram);
    hist.set(l.warmHistogram, BUCKETS);
  }
  const totals = e.totals();
  return { ...totals, rejected: totals.throttled + totals.timedOut, cost: meter.parts(e), hist };
}

/** One point of the time series; counts marked "interval" cover (t − sampleInterval, t]. */
export interface Sample {
  t: number;
  /** Interval: requests that arrived. */
  arrivals: number;
  /** The traffic pattern's rate at t (requests per second). */
  rate: number;
  /** At t: instances still initialising (with or without a request waiting on them). */
  starting: number;
  /** At t: ready instances serving at least one request. */
  busy: number;
  /** At t: ready instances serving none. */
  idle: number;
  /** At t: starting + busy + idle. */
  instances: number;
  /** At t: requests on instances (being served or waiting for their instance to start). */
  inFlight: number;
  /** At t: requests waiting in the queue or activator buffer. */
  queued: number;
  /** Interval: requests rejected (throttled at once, or timed out in the queue). */
  throttled: number;
  /** Interval: instances that began a cold start. */
  coldStarts: number;
  /** Interval: requests completed. */
  served: number;
  /** Interval: response-time percentiles of the requests completed; 0 when none completed.
   * Exact (nearest rank) up to 64 requests in the interval, from the histogram beyond. */
  p50: number;
  p95: number;
  p99: number;
  /** Cumulative pay-per-use dollars since t = 0 (0 under the fixed policy). */
  cost: number;
  /** Cumulative always-on dollars since t = 0: the fleet itself under the fixed policy, else
   * the baseline of cost.baselineInstances always-on instances it is compared with. */
  alwaysOnCost: number;
}

/** Counters at the previous sample, for the per-interval figures. */
export interface SampleMarks {
  arrivals: number;
  served: number;
  rejected: number;
  coldStarts: number;
}

const q3 = [0, 0, 0];
// Filled afresh at every sample: a run takes thousands of samples, and these allocate nothing.
const sampleTotals = {} as Totals;
const sampleGauges = {} as Gauges;

export function makeSample(e: Engine, meter: CostMeter, prev: SampleMarks): Sample {
  const c = e.totals(sampleTotals);
  const g = e.gauges(sampleGauges);
  const n = c.served - prev.served;
  e.latencies.intervalQuantiles(n, PCTS, q3);
  const rejected = c.throttled + c.timedOut;
  const s: Sample = {
    t: c.t,
    arrivals: c.arrivals - prev.arrivals,
    rate: rateAt(e.scenario.traffic, c.t),
    starting: g.startingInstances,
    busy: g.busyInstances - g.startingWithRequest,
    idle: g.instances - g.busyInstances - (g.startingInstances - g.startingWithRequest),
    instances: g.instances,
    inFlight: g.inFlight,
    queued: g.queued,
    throttled: rejected - prev.rejected,
    coldStarts: c.coldStarts - prev.coldStarts,
    served: n,
    p50: q3[0] as number,
    p95: q3[1] as number,
    p99: q3[2] as number,
    cost: 0,
    alwaysOnCost: 0,
  };
  meter.sampleCosts(c, e.scenario.platform.policy === 'fixed', s);
  prev.arrivals = c.arrivals;
  prev.served = c.served;
  prev.rejected = rejected;
  prev.coldStarts = c.coldStarts;
  return s;
}

export interface Summary {
  /** Simulated seconds reached. */
  time: number;
  /** Length of the measured interval [warmup, time]. */
  measured: number;
  /** Requests that arrived. */
  requests: number;
  served: number;
  /** throttled + timedOut. */
  rejected: number;
  /** Refused on arrival (no capacity, queue full or absent): HTTP 429. */
  throttled: number;
  /** Gave up after queue.timeout seconds in the queue. */
  timedOut: number;
  /** Instances that started on demand (a cold start each). */
  coldStarts: number;
  /** Requests that waited for an instance's initialisation. */
  coldRequests: number;
  /** coldRequests ÷ requests. */
  coldStartFraction: number;
  /** rejected ÷ requests. */
  rejectionFraction: number;
  avgInstances: number;
  /** Instances serving or starting for a request. */
  avgBusyInstances: number;
  /** Ready instances serving nothing. */
  avgIdleInstances: number;
  /** Instances initialising (with or without a request). */
  avgStartingInstances: number;
  /** avgBusyInstances ÷ avgInstances (0 when no instance lived). */
  utilization: number;
  avgInFlight: number;
  avgQueued: number;
  /** Highest counts in the measured interval. */
  peakInstances: number;
  peakBusyInstances: number;
  /** At `time`: requests on instances and in the queue (requests = served + rejected + inFlight
   * + queued when warmup is 0). */
  inFlight: number;
  queued: number;
  /** Response time (queue wait + initialisation wait + service) of requests completed. */
  latency: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Queueing. `mean` is over requests that left the queue for an instance (or never queued);
   * in an overloaded queue most requests never leave it, so read `oldest` and `inQueue` too. */
  wait: {
    /** Requests that had to wait (joined the queue). */
    waited: number;
    waitedFraction: number;
    /** Mean wait over requests dispatched to an instance. */
    mean: number;
    /** At `time`: how long the oldest request still in the queue has waited (0 when none). */
    oldest: number;
    /** At `time`: mean time waited so far by the requests still in the queue (0 when none). */
    inQueue: number;
  };
  cost: {
    requests: number;
    compute: number;
    provisioned: number;
    /** requests + compute + provisioned. */
    payPerUse: number;
    /** Fixed policy: the fleet's instance-hours; otherwise 0. */
    alwaysOn: number;
    /** payPerUse + alwaysOn: what this platform charged. */
    total: number;
    /** cost.baselineInstances always-on instances over the same interval, for comparison. */
    baseline: number;
    /** total per million requests served. */
    perMillionServed: number;
  };
}

/**
 * p50, p95 and p99 of the responses since `fromHist` (the histograms at the warm-up's end). Its
 * own function: inside makeSummary, TurboFan spent about 35 ms compiling the loop with the rest,
 * a third of a sweep worker's compiling, for a function that runs once a run.
 */
function measuredPercentiles(l: Engine['latencies'], fromHist: Float64Array | null, served: number): number[] {
  const counts = new Float64Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) {
    const base = fromHist ? (fromHist[i] as number) + (fromHist[i + BUCKETS] as number) : 0;
    counts[i] = (l.coldHistogram[i] as number) + (l.warmHistogram[i] as number) - base;
  }
  const q = [0, 0, 0];
  quantiles(counts, 0, BUCKETS - 1, served, PCTS, l.min, l.max, q);
  return q;
}

export function makeSummary(e: Engine, from: Counters, now: Counters): Summary {
  const l = e.latencies;
  const g = e.gauges();
  const queue = e.queue;
  const T = Math.max(0, now.t - from.t);
  const per = (x: number) => (T > 0 ? x / T : 0);
  const requests = now.arrivals - from.arrivals;
  const served = now.served - from.served;
  const frac = (x: number) => (requests > 0 ? x / requests : 0);
  const q = measuredPercentiles(l, from.hist, served);
  const busy = per(now.busySeconds - from.busySeconds);
  const alive = per(now.aliveSeconds - from.aliveSeconds);
  const starting = per(now.startingSeconds - from.startingSeconds);
  const startingIdle = starting - per(now.startingWithRequestSeconds - from.startingWithRequestSeconds);
  const rejected = now.rejected - from.rejected;
  const dispatched = now.dispatched - from.dispatched;
  const c = now.cost;
  const f = from.cost;
  const cost = {
    requests: c.requests - f.requests,
    compute: c.compute - f.compute,
    provisioned: c.provisioned - f.provisioned,
    payPerUse: 0,
    alwaysOn: c.alwaysOn - f.alwaysOn,
    total: 0,
    baseline: c.baseline - f.baseline,
    perMillionServed: 0,
  };
  cost.payPerUse = cost.requests + cost.compute + cost.provisioned;
  cost.total = cost.payPerUse + cost.alwaysOn;
  cost.perMillionServed = served > 0 ? (cost.total / served) * 1e6 : 0;
  return {
    time: now.t,
    measured: T,
    requests,
    served,
    rejected,
    throttled: now.throttled - from.throttled,
    timedOut: now.timedOut - from.timedOut,
    coldStarts: now.coldStarts - from.coldStarts,
    coldRequests: now.coldRequests - from.coldRequests,
    coldStartFraction: frac(now.coldRequests - from.coldRequests),
    rejectionFraction: frac(rejected),
    avgInstances: alive,
    avgBusyInstances: busy,
    avgIdleInstances: Math.max(0, alive - busy - startingIdle),
    avgStartingInstances: starting,
    utilization: alive > 0 ? busy / alive : 0,
    avgInFlight: per(now.inFlightSeconds - from.inFlightSeconds),
    avgQueued: per(now.queuedSeconds - from.queuedSeconds),
    peakInstances: g.peakInstances,
    peakBusyInstances: g.peakBusyInstances,
    inFlight: g.inFlight,
    queued: g.queued,
    latency: {
      mean: served > 0 ? (now.totalLatency - from.totalLatency) / served : 0,
      p50: q[0] as number,
      p95: q[1] as number,
      p99: q[2] as number,
      max: served > 0 ? l.max : 0,
    },
    wait: {
      waited: now.waited - from.waited,
      waitedFraction: frac(now.waited - from.waited),
      mean: dispatched > 0 ? (now.totalWait - from.totalWait) / dispatched : 0,
      oldest: queue.len > 0 ? Math.max(0, now.t - queue.oldest()) : 0,
      inQueue: queue.len > 0 ? Math.max(0, now.t - queue.sum / queue.len) : 0,
    },
    cost,
  };
}
