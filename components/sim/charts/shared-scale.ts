/**
 * Compare mode draws both configurations on the same axes: each chart's y range is taken over
 * both runs' rows, so a taller line really is more. The charts read the same extents from one
 * run when there is no shared scale.
 */
import type { Row } from './chart-rows';
import { linearTicks, logTicks } from './ticks';

/**
 * The extents a chart's y axis must cover, each rounded up to the top tick its axis would draw
 * (the latency axis as its tick list). Rounded, the scale stays the same from one live redraw to
 * the next until an axis really has to grow, so it does not redraw both sides' charts each time.
 */
export interface SharedScale {
  rate: number;
  instances: number;
  /** Log-axis ticks in ms, as text ("10,20,50,100"). */
  latencyTicks: string;
  coldStarts: number;
  cost: number;
  /** The cost chart also draws the always-on line. */
  costWithAlwaysOn: number;
}

const maxOf = (rows: readonly Row[], pick: (r: Row) => number) => rows.reduce((m, r) => Math.max(m, pick(r)), 0);

export const extents = {
  rate: (rows: readonly Row[]) => maxOf(rows, (r) => Math.max(r.rate, r.throttled)),
  instances: (rows: readonly Row[]) => maxOf(rows, (r) => r.busy + r.starting + r.idle),
  coldStarts: (rows: readonly Row[]) => maxOf(rows, (r) => r.coldStarts),
  cost: (rows: readonly Row[], alwaysOn: boolean) => maxOf(rows, (r) => Math.max(r.cost, alwaysOn ? r.alwaysOnCost : 0)),
};

const top = (max: number, integer = false) => linearTicks(max, integer).at(-1) ?? 1;

export function sharedScale(runs: readonly (readonly Row[])[]): SharedScale {
  const all = runs.flat();
  return {
    rate: top(extents.rate(all)),
    instances: top(extents.instances(all), true),
    latencyTicks: logTicks(all).join(','),
    coldStarts: top(extents.coldStarts(all), true),
    cost: top(extents.cost(all, false)),
    costWithAlwaysOn: top(extents.cost(all, true)),
  };
}
