/**
 * A sweep in words and in a table: what each outcome does across the range (for the text summary
 * a screen reader hears and the caption under the charts), and each value's cells. Pure.
 */
import { outcomeInfo, type OutcomeId, type SweepPoint } from '../../../simulations/sweep';
import { formatMoney, formatNumber } from '../../../lib/format';

export interface SettingInfo {
  label: string;
  unit: string;
  factor: number;
}

/** An outcome's value as a reader wants it: percentages, milliseconds, dollars, hours. */
export function formatOutcome(id: OutcomeId, v: number): string {
  if (id === 'cost' || id === 'alwaysOn') return formatMoney(v);
  if (id === 'coldStarts' || id === 'rejected') return v > 0 && v < 0.1 ? '<0.1%' : `${formatNumber(v, 2)}%`;
  if (id === 'p99') return v >= 1000 ? `${formatNumber(v / 1000)} s` : `${formatNumber(v)} ms`;
  return `${formatNumber(v)} h`;
}

export function formatSetting(s: SettingInfo, v: number): string {
  return `${formatNumber(v * s.factor)} ${s.unit}`;
}

/** "falls from 62% to 0.3%", "stays at 0%": first value of the range against the last. */
export function trend(id: OutcomeId, first: number, last: number): string {
  const a = formatOutcome(id, first);
  const b = formatOutcome(id, last);
  if (a === b) return `stays at ${a}`;
  return `${last > first ? 'rises' : 'falls'} from ${a} to ${b}`;
}

export function sweepSummary(setting: SettingInfo, points: readonly SweepPoint[], ids: readonly OutcomeId[], seeds: number): string {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || sorted.length < 2) return 'No sweep results yet.';
  const parts = ids.map((id) => `${outcomeInfo[id].label} ${trend(id, first.outcomes[id].median, last.outcomes[id].median)}`);
  return `As ${setting.label} goes from ${formatSetting(setting, first.value)} to ${formatSetting(setting, last.value)} (${sorted.length} values, median of ${seeds} seed${seeds === 1 ? '' : 's'} each): ${parts.join('; ')}.`;
}

/** A table cell: the median, with the seeds' range when they differ. */
export function bandCell(id: OutcomeId, p: SweepPoint): string {
  const b = p.outcomes[id];
  const m = formatOutcome(id, b.median);
  const lo = formatOutcome(id, b.min);
  const hi = formatOutcome(id, b.max);
  return lo === hi ? m : `${m} (${lo} to ${hi})`;
}
