/**
 * A run the learner can take away: its scenario as JSON for `npm run -s simulate -- file.json`
 * and its samples as CSV. Slider moves made while the run played are part of it, so each is
 * applied through setMidRun(), which records it as a scripted change at the simulated time it
 * happened; the engine applies a scripted change exactly as Run.set at that time, so the file
 * replays the run the page showed, bit for bit.
 */
import { samplesCsv } from '../../../simulations/samples-csv';
import type { SetValue } from '../../../simulations';
import { toScenarioInput, type SimRun } from './sim-run';
import { platformLabels } from './settings';

/** Applies changes from settingsChanges() to a run now, and records them. Throws as Run.set does. */
export function setMidRun(r: SimRun, changes: readonly { path: string; value: SetValue }[]): void {
  if (changes.length === 0) return;
  for (const c of changes) r.run.set(c.path, c.value);
  r.changes.push({ at: r.run.time, set: Object.fromEntries(changes.map((c) => [c.path, c.value])) });
}

/** The scenario the CLI reads: the settings the run started with, then its mid-run changes. */
export function scenarioJson(r: SimRun): string {
  const input = { ...toScenarioInput(r.settings), ...(r.changes.length > 0 ? { changes: r.changes } : {}) };
  return `${JSON.stringify(input, null, 2)}\n`;
}

/** The samples so far (the whole run once it has ended). */
export function runCsv(r: SimRun): string {
  return samplesCsv(r.run.samples());
}

/** "scale-to-zero-aws-lambda-seed-42-b.json": which platform, which traffic, which side. */
export function exportName(r: SimRun, ext: 'json' | 'csv', side?: 'a' | 'b'): string {
  return `scale-to-zero-${r.settings.platform}-seed-${r.settings.seed}${side ? `-${side}` : ''}.${ext}`;
}

/** Words for the file's contents, for the button's neighbourhood. */
export function exportBlurb(r: SimRun): string {
  return `${platformLabels[r.settings.platform]}, seed ${r.settings.seed}${r.changes.length > 0 ? `, ${r.changes.length} change${r.changes.length > 1 ? 's' : ''} mid-run` : ''}`;
}
