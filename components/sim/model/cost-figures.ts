/**
 * Monthly figures. The playground reads them off the run so far (each model's spend per simulated
 * second, scaled to a month of 730 hours; the break-even is the always-on bill divided by what one
 * request has cost), which works for any platform's pricing. The cost widget uses the engine's
 * closed forms, the same arithmetic as the lesson's table.
 */
import { breakEvenRate, monthlyAlwaysOn, monthlyPayPerUse } from '../../../simulations/cost';
import { formatMoney, formatNumber } from '../../../lib/format';
import type { ReadoutItem } from '../controls/readouts';
import type { RunView } from './sim-run';
import type { SimSettings } from './settings';

export const secondsPerMonth = 730 * 3600;

export interface CostFigures {
  monthlyPayPerUse: number;
  monthlyAlwaysOn: number;
  /** Requests per second, averaged over the month; undefined until a request has been billed. */
  breakEvenRate: number | undefined;
}

export function monthlyCosts(view: RunView): CostFigures | undefined {
  const last = view.samples[view.samples.length - 1];
  if (!last || view.time <= 0) return undefined;
  const monthlyPayPerUse = (last.cost / view.time) * secondsPerMonth;
  const monthlyAlwaysOn = (last.alwaysOnCost / view.time) * secondsPerMonth;
  const requests = view.summary.requests;
  const perRequest = requests > 0 ? last.cost / requests : 0;
  const breakEvenRate = perRequest > 0 ? monthlyAlwaysOn / perRequest / secondsPerMonth : undefined;
  return { monthlyPayPerUse, monthlyAlwaysOn, breakEvenRate };
}

/**
 * The cost widget's monthly figures from the engine's closed forms (the lesson's arithmetic):
 * requests at the average rate, each billed for its mean service time at this memory size.
 */
export function costFigures(view: RunView, settings: SimSettings): ReadoutItem[] {
  const last = view.samples[view.samples.length - 1];
  const v = settings.values;
  const payPerUse = { duration: v.serviceTime, memoryMB: v.memoryMB, prices: { perMillionRequests: v.perMillionRequests, perGBSecond: v.perGBSecond } };
  const alwaysOn = { instances: v.baselineInstances, perInstanceHour: v.perInstanceHour };
  const breakEven = breakEvenRate({ ...payPerUse, ...alwaysOn }).requestsPerSecond;
  const servers = v.baselineInstances;
  return [
    { label: 'Always-on cost', value: view.time > 0 && last ? formatMoney(last.alwaysOnCost) : '—', note: `${formatNumber(servers)} server${servers === 1 ? '' : 's'}, so far` },
    { label: 'Pay-per-use a month', value: formatMoney(monthlyPayPerUse({ ...payPerUse, rate: v.rate })), note: `at ${formatNumber(v.rate)} req/s average` },
    { label: 'Always-on a month', value: formatMoney(monthlyAlwaysOn(alwaysOn)), note: '730 hours' },
    {
      label: 'Break-even rate',
      value: Number.isFinite(breakEven) ? `${formatNumber(breakEven)} req/s` : 'never',
      note: 'average; above it the server is cheaper',
    },
  ];
}
