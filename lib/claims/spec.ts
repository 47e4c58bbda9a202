/**
 * One format for what a lesson says a simulation shows. A claim backs a sentence of prose
 * ("Cold starts go up"); an experiment asks the learner to predict the same kind of outcome and
 * lets the engine decide. Both name a widget preset, an optional change to it, a metric, and what
 * the metric does. Plain data: lessons write it as MDX props, the content check runs it over
 * several seeds, and the browser grades a learner's run with it.
 */
import type { KnobId } from '../../components/sim/model/knobs';
import type { WidgetKind } from '../../components/sim/widgets';
import type { PatternId } from '../../components/sim/model/settings';
import type { MetricId } from './metrics';

/** Knob values in engine units (seconds, req/s, MB), and optionally another traffic pattern. */
export type Change = Partial<Record<KnobId, number>> & { pattern?: PatternId };

/**
 * What the metric does. `up`, `down` and `same` compare the changed run with the preset's;
 * `above`, `below` and `near` describe the level of the metric in the (changed) run.
 */
export type Expectation =
  | 'up'
  | 'down'
  | 'same'
  | { above: number }
  | { below: number }
  | { near: number; tolerance: number };

export interface ClaimSpec {
  widget: WidgetKind;
  preset: string;
  change?: Change;
  metric: MetricId;
  expect: Expectation;
}

/** A claim as a lesson writes it: the words of the sentence it backs, quoted. */
export interface LessonClaim extends ClaimSpec {
  says: string;
}

export interface ExperimentChoice {
  id: string;
  label: string;
  /** The outcome that makes this choice right; exactly one choice holds for any run. */
  when: Exclude<Expectation, { near: number; tolerance: number }>;
}

export interface ExperimentSpec {
  id: string;
  widget: WidgetKind;
  preset: string;
  /** What "Run it" applies to the widget; the question is about this change. */
  change: Change;
  metric: MetricId;
  question: string;
  /** Several choices, or none for a numeric prediction of the metric in the changed run. */
  choices?: ExperimentChoice[];
  /** Numeric prediction: how far from the engine's figure still counts (0.2 = 20 %). */
  tolerance?: number;
  /** The unit the learner types in, shown beside the field ("instances", "%"). */
  unit?: string;
  /** What the lesson expects the engine to show: a choice id, or the number a learner should reach by reasoning. */
  expect: string | number;
  /** Why, in a sentence or two; shown with the learner's figures once the run has decided. */
  explain: string;
}
