/**
 * Service and cold-start time distributions, all parameterised by their mean so a slider that
 * moves the mean keeps the shape, and lognormal by its coefficient of variation (std / mean),
 * which is how measured latencies are usually reported.
 */
import type { Rng } from './rng';

export type DistKind = 'exponential' | 'constant' | 'lognormal';

export interface Distribution {
  dist: DistKind;
  /** Seconds. */
  mean: number;
  /** Coefficient of variation; only lognormal reads it. */
  cv: number;
}

// Ziggurat tables for the unit exponential (Marsaglia & Tsang 2000, "The Ziggurat Method for
// Generating Random Variables", J. Stat. Softw. 5(8), REXP with 256 levels). About 99 % of draws
// cost one 32-bit integer and a multiply, no logarithm: the hot loop draws two per request.
const KE = new Uint32Array(256);
const WE = new Float64Array(256);
const FE = new Float64Array(256);
{
  const m2 = 4294967296;
  let de = 7.697117470131487;
  let te = de;
  const ve = 3.949659822581572e-3;
  const q = ve / Math.exp(-de);
  KE[0] = (de / q) * m2;
  KE[1] = 0;
  WE[0] = q / m2;
  WE[255] = de / m2;
  FE[0] = 1;
  FE[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(ve / de + Math.exp(-de));
    KE[i + 1] = (de / te) * m2;
    te = de;
    FE[i] = Math.exp(-de);
    WE[i] = de / m2;
  }
}
const ZIG_R = 7.697117470131487;

/** A unit-mean exponential variate. */
export function exp1(rng: Rng): number {
  let jz = rng.u32();
  let iz = jz & 255;
  if (jz < (KE[iz] as number)) return jz * (WE[iz] as number);
  for (;;) {
    // The base strip's tail beyond R is itself exponential.
    if (iz === 0) return ZIG_R - Math.log(1 - rng.next());
    const x = jz * (WE[iz] as number);
    const f = FE[iz] as number;
    if (f + rng.next() * ((FE[iz - 1] as number) - f) < Math.exp(-x)) return x;
    jz = rng.u32();
    iz = jz & 255;
    if (jz < (KE[iz] as number)) return jz * (WE[iz] as number);
  }
}

const EXPONENTIAL = 0;
const CONSTANT = 1;
const LOGNORMAL = 2;

export class Sampler {
  private readonly kind: number;
  private readonly mean: number;
  private readonly mu: number;
  private readonly sigma: number;
  // Box–Muller yields normals in pairs; keeping the spare halves the cost and stays deterministic.
  private spare = 0;
  private hasSpare = false;

  constructor(d: Distribution) {
    this.mean = d.mean;
    if (d.dist === 'constant' || d.mean === 0 || (d.dist === 'lognormal' && d.cv === 0)) {
      this.kind = CONSTANT;
      this.mu = 0;
      this.sigma = 0;
    } else if (d.dist === 'exponential') {
      this.kind = EXPONENTIAL;
      this.mu = 0;
      this.sigma = 0;
    } else {
      this.kind = LOGNORMAL;
      const s2 = Math.log(1 + d.cv * d.cv);
      this.sigma = Math.sqrt(s2);
      // E[e^X] = e^(mu + s2/2) must equal the requested mean.
      this.mu = Math.log(d.mean) - s2 / 2;
    }
  }

  draw(rng: Rng): number {
    if (this.kind === EXPONENTIAL) return this.mean * exp1(rng);
    if (this.kind === CONSTANT) return this.mean;
    return Math.exp(this.mu + this.sigma * this.normal(rng));
  }

  private normal(rng: Rng): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u = 1 - rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }
}
