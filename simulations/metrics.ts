/**
 * Turning the engine's counters into what a chart or a test reads. The engine only counts and
 * integrates since t = 0; an interval's figure is the difference of two snapshots, so the
 * summary after a warm-up and each sample's per-interval numbers cost nothing in the hot loop.
 */
import { FIXED, SMALL, type Engine } from './engine';
import { BUCKETS, quantiles, smallQuantiles } from './histogram';
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
  private at: Usage = { now: 0, billed: 0, aBusy: 0, aBusyProv: 0, aAlive: 0, aProv: 0 };
  private rReq = 0;
  private rBusy = 0;
  private rBusyProv = 0;
  private rAlive = 0;
  private rProv = 0;
  private rAlwaysOn = 0;
  private rBaseline = 0;

  constructor(s: Scenario) {
    this.setRates(s);
  }

  private setRates(s: Scenario): void {
    const c = s.cost;
    const gb = s.function.memoryMB / 1024;
    const fixed = s.platform.policy === 'fixed';
    const perRequestBilling = c.billing === 'request';
    // A fixed fleet is paid by the hour whatever it serves.
    this.rReq = fixed ? 0 : c.perMillionRequests / 1e6;
    this.rBusy = fixed || !perRequestBilling ? 0 : gb * c.perGBSecond + c.perInstanceSecond;
    this.rBusyProv = fixed || !perRequestBilling ? 0 : gb * c.perGBSecondOnProvisioned + c.perInstanceSecond;
    this.rProv = fixed || !perRequestBilling ? 0 : gb * c.perGBSecondProvisioned;
    this.rAlive = fixed || perRequestBilling ? 0 : gb * c.perGBSecond + c.perInstanceSecond;
    this.rAlwaysOn = fixed ? c.perInstanceHour / 3600 : 0;
    this.rBaseline = (c.baselineInstances * c.perInstanceHour) / 3600;
  }

  /** Money up to e.now (the integrals' tail since the last event included). */
  parts(e: Engine): CostParts {
    return this.partsFor(usage(e));
  }

  private partsFor(e: Usage): CostParts {
    const a = this.at;
    const f = this.folded;
    const busyProv = e.aBusyProv - a.aBusyProv;
    const alive = e.aAlive - a.aAlive;
    return {
      requests: f.requests + (e.billed - a.billed) * this.rReq,
      compute: f.compute + (e.aBusy - a.aBusy - busyProv) * this.rBusy + busyProv * this.rBusyProv + alive * this.rAlive,
      provisioned: f.provisioned + (e.aProv - a.aProv) * this.rProv,
      alwaysOn: f.alwaysOn + alive * this.rAlwaysOn,
      baseline: f.baseline + (e.now - a.now) * this.rBaseline,
    };
  }

  /** Cumulative pay-per-use and always-on dollars for a sample, without allocating. */
  sampleCosts(e: Engine, out: { cost: number; alwaysOnCost: number }): void {
    const a = this.at;
    const f = this.folded;
    const dt = e.now - e.lastT;
    const busyProv = e.aBusyProv + e.busyProv * dt - a.aBusyProv;
    const busy = e.aBusy + e.busy * dt - a.aBusy;
    const alive = e.aAlive + e.alive * dt - a.aAlive;
    out.cost =
      f.requests +
      (e.billed - a.billed) * this.rReq +
      f.compute +
      (busy - busyProv) * this.rBusy +
      busyProv * this.rBusyProv +
      alive * this.rAlive +
      f.provisioned +
      (e.aProv + e.prov * dt - a.aProv) * this.rProv;
    out.alwaysOnCost = e.policy === FIXED ? f.alwaysOn + alive * this.rAlwaysOn : f.baseline + (e.now - a.now) * this.rBaseline;
  }

  /** Call at a change, with the scenario after it. */
  refold(e: Engine, next: Scenario): void {
    const u = usage(e);
    this.folded = this.partsFor(u);
    this.at = u;
    this.setRates(next);
  }
}

interface Usage {
  now: number;
  billed: number;
  aBusy: number;
  aBusyProv: number;
  aAlive: number;
  aProv: number;
}

function usage(e: Engine): Usage {
  const dt = e.now - e.lastT;
  return {
    now: e.now,
    billed: e.billed,
    aBusy: e.aBusy + e.busy * dt,
    aBusyProv: e.aBusyProv + e.busyProv * dt,
    aAlive: e.aAlive + e.alive * dt,
    aProv: e.aProv + e.prov * dt,
  };
}

export interface Counters {
  t: number;
  arrivals: number;
  served: number;
  rejected: number;
  throttled: number;
  timedOut: number;
  coldStarts: number;
  coldReqs: number;
  billed: number;
  waited: number;
  waitSum: number;
  latSum: number;
  aAlive: number;
  aBusy: number;
  aStart: number;
  aStartBusy: number;
  aInFlight: number;
  aQueued: number;
  cost: CostParts;
  hist: Float64Array | null;
}

export function snapshot(e: Engine, meter: CostMeter, withHist: boolean): Counters {
  let hist: Float64Array | null = null;
  if (withHist) {
    hist = new Float64Array(BUCKETS * 2);
    hist.set(e.hCold);
    hist.set(e.hWarm, BUCKETS);
  }
  const dt = e.now - e.lastT;
  return {
    t: e.now,
    arrivals: e.arrivals,
    served: e.served,
    rejected: e.throttled + e.timedOut,
    throttled: e.throttled,
    timedOut: e.timedOut,
    coldStarts: e.coldStarts,
    coldReqs: e.coldReqs,
    billed: e.billed,
    waited: e.waited,
    waitSum: e.waitSum,
    latSum: e.latSum,
    aAlive: e.aAlive + e.alive * dt,
    aBusy: e.aBusy + e.busy * dt,
    aStart: e.aStart + e.starting * dt,
    aStartBusy: e.aStartBusy + e.startingBusy * dt,
    aInFlight: e.aInFlight + e.inFlight * dt,
    aQueued: e.aQueued + e.q.len * dt,
    cost: meter.parts(e),
    hist,
  };
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

export function makeSample(e: Engine, meter: CostMeter, prev: SampleMarks): Sample {
  const n = e.served - prev.served;
  if (n <= SMALL) smallQuantiles(e.intBuf, n, PCTS, q3);
  else quantiles(e.hInt, e.intLo, e.intHi, n, PCTS, e.intMin, e.intMax, q3);
  const rejected = e.throttled + e.timedOut;
  const s: Sample = {
    t: e.now,
    arrivals: e.arrivals - prev.arrivals,
    rate: rateAt(e.traffic, e.now),
    starting: e.starting,
    busy: e.busy - e.startingBusy,
    idle: e.alive - e.busy - (e.starting - e.startingBusy),
    instances: e.alive,
    inFlight: e.inFlight,
    queued: e.q.len,
    throttled: rejected - prev.rejected,
    coldStarts: e.coldStarts - prev.coldStarts,
    served: n,
    p50: q3[0] as number,
    p95: q3[1] as number,
    p99: q3[2] as number,
    cost: 0,
    alwaysOnCost: 0,
  };
  meter.sampleCosts(e, s);
  prev.arrivals = e.arrivals;
  prev.served = e.served;
  prev.rejected = rejected;
  prev.coldStarts = e.coldStarts;
  return s;
}

/** Clears the interval histogram after a sample has read it. */
export function resetInterval(e: Engine): void {
  e.intN = 0;
  if (e.intHi >= e.intLo) e.hInt.fill(0, e.intLo, e.intHi + 1);
  e.intLo = BUCKETS;
  e.intHi = -1;
  e.intMin = Infinity;
  e.intMax = 0;
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

export function makeSummary(e: Engine, from: Counters, now: Counters): Summary {
  const T = Math.max(0, now.t - from.t);
  const per = (x: number) => (T > 0 ? x / T : 0);
  const requests = now.arrivals - from.arrivals;
  const served = now.served - from.served;
  const frac = (x: number) => (requests > 0 ? x / requests : 0);
  const counts = new Float64Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) {
    const base = from.hist ? (from.hist[i] as number) + (from.hist[i + BUCKETS] as number) : 0;
    counts[i] = (e.hCold[i] as number) + (e.hWarm[i] as number) - base;
  }
  const q = [0, 0, 0];
  quantiles(counts, 0, BUCKETS - 1, served, PCTS, e.latMin, e.latMax, q);
  const busy = per(now.aBusy - from.aBusy);
  const alive = per(now.aAlive - from.aAlive);
  const starting = per(now.aStart - from.aStart);
  const startingIdle = starting - per(now.aStartBusy - from.aStartBusy);
  const rejected = now.rejected - from.rejected;
  const dispatched = now.billed - from.billed;
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
    coldRequests: now.coldReqs - from.coldReqs,
    coldStartFraction: frac(now.coldReqs - from.coldReqs),
    rejectionFraction: frac(rejected),
    avgInstances: alive,
    avgBusyInstances: busy,
    avgIdleInstances: Math.max(0, alive - busy - startingIdle),
    avgStartingInstances: starting,
    utilization: alive > 0 ? busy / alive : 0,
    avgInFlight: per(now.aInFlight - from.aInFlight),
    avgQueued: per(now.aQueued - from.aQueued),
    peakInstances: e.peakAlive,
    peakBusyInstances: e.peakBusy,
    inFlight: e.inFlight,
    queued: e.q.len,
    latency: {
      mean: served > 0 ? (now.latSum - from.latSum) / served : 0,
      p50: q[0] as number,
      p95: q[1] as number,
      p99: q[2] as number,
      max: served > 0 ? e.latMax : 0,
    },
    wait: {
      waited: now.waited - from.waited,
      waitedFraction: frac(now.waited - from.waited),
      mean: dispatched > 0 ? (now.waitSum - from.waitSum) / dispatched : 0,
      oldest: e.q.len > 0 ? Math.max(0, e.now - e.q.oldest()) : 0,
      inQueue: e.q.len > 0 ? Math.max(0, e.now - e.q.sum / e.q.len) : 0,
    },
    cost,
  };
}
