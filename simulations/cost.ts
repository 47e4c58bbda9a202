/**
 * Prices and the closed-form cost helpers behind the CostSim widget (fact sheet §9). List prices,
 * us-east-1, on demand, as read up to Sept 2026; free tiers excluded unless passed in.
 */

export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export interface PayPerUsePrices {
  perMillionRequests: number;
  perGBSecond: number;
}

export interface FreeTier {
  requests: number;
  gbSeconds: number;
}

export const prices = {
  /** Lambda x86, first tier (§2.7): $0.20 per 1M requests, $0.0000166667 per GB-s. */
  lambdaX86: { perMillionRequests: 0.2, perGBSecond: 0.0000166667 } satisfies PayPerUsePrices,
  /** Lambda Arm/Graviton2, first tier (§2.7). */
  lambdaArm: { perMillionRequests: 0.2, perGBSecond: 0.0000133334 } satisfies PayPerUsePrices,
  /** Lambda monthly free tier (§2.7): 1M requests and 400,000 GB-s. */
  lambdaFreeTier: { requests: 1e6, gbSeconds: 400_000 } satisfies FreeTier,
  /** EC2 t4g.small on demand, $/hour (§9, secondary cost table). */
  t4gSmall: 0.0168,
  /** EC2 t3.micro on demand, $/hour (§9, from a quoted AWS bill line). */
  t3Micro: 0.0104,
} as const;

export interface PayPerUseInput {
  /** Average requests per second over the month. */
  rate: number;
  /** Billed seconds per request (init included, if any). */
  duration: number;
  memoryMB: number;
  prices?: PayPerUsePrices;
  freeTier?: FreeTier;
}

/** Price of one request with no free tier: memory_GB × duration × GB-s price + request fee. */
export function costPerRequest(o: Omit<PayPerUseInput, 'rate' | 'freeTier'>): number {
  const p = o.prices ?? prices.lambdaX86;
  return (o.memoryMB / 1024) * o.duration * p.perGBSecond + p.perMillionRequests / 1e6;
}

function monthlyForRequests(n: number, o: Omit<PayPerUseInput, 'rate'>): number {
  const p = o.prices ?? prices.lambdaX86;
  const free = o.freeTier ?? { requests: 0, gbSeconds: 0 };
  const gbs = n * (o.memoryMB / 1024) * o.duration;
  return (Math.max(0, n - free.requests) * p.perMillionRequests) / 1e6 + Math.max(0, gbs - free.gbSeconds) * p.perGBSecond;
}

/** Pay-per-use dollars for a month of traffic at an average rate. */
export function monthlyPayPerUse(o: PayPerUseInput): number {
  return monthlyForRequests(o.rate * SECONDS_PER_MONTH, o);
}

export interface AlwaysOnInput {
  /** Default 1. */
  instances?: number;
  /** Default: t4g.small. */
  perInstanceHour?: number;
}

/** Always-on dollars for a month (730 hours), whatever the traffic. */
export function monthlyAlwaysOn(o: AlwaysOnInput = {}): number {
  return (o.instances ?? 1) * (o.perInstanceHour ?? prices.t4gSmall) * HOURS_PER_MONTH;
}

export interface BreakEven {
  requestsPerMonth: number;
  /** Average requests per second. */
  requestsPerSecond: number;
}

/**
 * The traffic at which pay-per-use costs as much as the always-on fleet: below it serverless is
 * cheaper. The monthly bill is piecewise linear in requests (free tiers bend it), so solve each
 * piece in turn. Infinity if pay-per-use never reaches the fleet's price.
 */
export function breakEvenRate(o: Omit<PayPerUseInput, 'rate'> & AlwaysOnInput): BreakEven {
  const target = monthlyAlwaysOn(o);
  const p = o.prices ?? prices.lambdaX86;
  const free = o.freeTier ?? { requests: 0, gbSeconds: 0 };
  const gbPerRequest = (o.memoryMB / 1024) * o.duration;
  const freeGbRequests = gbPerRequest > 0 ? free.gbSeconds / gbPerRequest : Infinity;
  const bends = [free.requests, freeGbRequests]
    .filter((b) => b > 0 && Number.isFinite(b))
    .sort((a, b) => a - b);
  const edges = [0, ...bends, Infinity];
  let n = Infinity;
  for (let i = 0; i + 1 < edges.length; i++) {
    const lo = edges[i] as number;
    const hi = edges[i + 1] as number;
    const atLo = monthlyForRequests(lo, o);
    // Past a free allowance, each request adds its full price for that meter.
    const slope = (lo >= free.requests ? p.perMillionRequests / 1e6 : 0) + (lo >= freeGbRequests ? gbPerRequest * p.perGBSecond : 0);
    if (target <= atLo) {
      n = lo;
      break;
    }
    if (slope > 0 && (hi === Infinity || monthlyForRequests(hi, o) >= target)) {
      n = lo + (target - atLo) / slope;
      break;
    }
  }
  return { requestsPerMonth: n, requestsPerSecond: n / SECONDS_PER_MONTH };
}
