/**
 * Samples as CSV: the one writer behind `simulate --series` and the playground's "Download
 * samples", so a file from either reads the same. Each column names its unit in the header,
 * because a bare "cost" or "p99" leaves a reader guessing between dollars and cents, ms and s.
 */
import type { Sample } from './metrics';

/** Every field of a Sample with its unit; a field added to Sample without one fails to compile. */
export const sampleUnits: Readonly<Record<keyof Sample, string>> = {
  t: 's',
  arrivals: 'requests in interval',
  rate: 'requests/s',
  starting: 'instances',
  busy: 'instances',
  idle: 'instances',
  instances: 'instances',
  inFlight: 'requests',
  queued: 'requests',
  throttled: 'requests in interval',
  coldStarts: 'starts in interval',
  served: 'requests in interval',
  p50: 's',
  p95: 's',
  p99: 's',
  cost: 'USD so far',
  alwaysOnCost: 'USD so far',
};

const columns = Object.keys(sampleUnits) as (keyof Sample)[];

/** "t (s),arrivals (requests in interval),…": no commas or quotes inside, so no CSV quoting. */
export const samplesCsvHeader = columns.map((k) => `${k} (${sampleUnits[k]})`).join(',');

/** Header and one line per sample, oldest first, numbers as JavaScript prints them (exact). */
export function samplesCsv(samples: readonly Sample[]): string {
  return [samplesCsvHeader, ...samples.map((s) => columns.map((k) => String(s[k])).join(','))].join('\n') + '\n';
}
