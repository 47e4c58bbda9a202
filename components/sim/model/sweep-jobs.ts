/**
 * A playground sweep as engine jobs: each value of the knob on the learner's settings, on the
 * learner's seed and the ones after it, through the same toScenarioInput the playground runs.
 */
import { sweepJobs, sweepSeeds, sweepValues, type SweepJob } from '../../../simulations/sweep';
import { knobs } from './knobs';
import { toScenarioInput } from './sim-run';
import type { SimSettings } from './settings';
import { isLogRange, type SweepSetup } from './sweep-spec';

export function sweepSettingValues(s: SweepSetup): number[] {
  return sweepValues(s.from, s.to, s.points, { log: isLogRange(s), integer: knobs[s.knob].integer });
}

export function jobsFor(settings: SimSettings, setup: SweepSetup): { values: number[]; jobs: SweepJob[] } {
  const values = sweepSettingValues(setup);
  const seeds = sweepSeeds(settings.seed, setup.seeds);
  const jobs = sweepJobs(values, seeds, (value, seed) => toScenarioInput({ ...settings, seed, values: { ...settings.values, [setup.knob]: value } }));
  return { values, jobs };
}
