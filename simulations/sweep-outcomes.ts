/**
 * What a sweep reports per value, as plain data with no engine import, so the content check can
 * validate a lesson's <SweepChart outcomes> without loading the engine.
 */
export const outcomeIds = ['coldStarts', 'p99', 'cost', 'rejected', 'alwaysOn', 'idle'] as const;
export type OutcomeId = (typeof outcomeIds)[number];

/** One run's outcomes, in display units. */
export type Outcome = Record<OutcomeId, number>;

export interface OutcomeInfo {
  label: string;
  unit: string;
}

export const outcomeInfo: Record<OutcomeId, OutcomeInfo> = {
  coldStarts: { label: 'Cold starts', unit: '% of requests' },
  p99: { label: 'p99 response time', unit: 'ms' },
  cost: { label: 'Cost a month', unit: '$' },
  rejected: { label: 'Rejected', unit: '% of requests' },
  alwaysOn: { label: 'Always-on server a month', unit: '$' },
  // Memory held by instances waiting for a request: the platform's cost of a keep-alive, billed
  // to you only where idle time is (instance billing, provisioned instances).
  idle: { label: 'Idle instance-hours a month', unit: 'instance-hours' },
};

export interface Band {
  min: number;
  median: number;
  max: number;
}

/** One value of the setting: the band of each outcome across the seeds. */
export interface SweepPoint {
  value: number;
  seeds: number;
  outcomes: Record<OutcomeId, Band>;
}
