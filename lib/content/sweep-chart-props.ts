/**
 * The props of a lesson's <SweepChart>, checked: the content check reports each problem with the
 * lesson's file and line, and the page reads the same parsed spec (so the build cannot draw a
 * chart the check would refuse). No engine import: this runs on every lesson compile.
 */
import { widgetKinds, widgets, type WidgetKind } from '../../components/sim/widgets';
import { knobs } from '../../components/sim/model/knobs';
import { isSweepKnob, maxPoints, maxSeeds, minPoints, type SweepKnobId } from '../../components/sim/model/sweep-spec';
import { outcomeIds, type OutcomeId } from '../../simulations/sweep-outcomes';

export interface SweepChartSpec {
  widget: WidgetKind;
  preset: string;
  knob: SweepKnobId;
  /** Range in the unit the knob shows (ms for times shown in ms), as a lesson reads it. */
  from: number;
  to: number;
  outcomes: OutcomeId[];
  points: number;
  seeds: number;
  /** Simulated seconds per run, when the preset's own length would make the build slow. */
  duration?: number;
  /** Mark where two money outcomes cross (pay-per-use against always-on). */
  breakEven: boolean;
}

const known = new Set(['widget', 'preset', 'knob', 'from', 'to', 'outcomes', 'points', 'seeds', 'duration', 'breakEven']);

/** The spec, or the list of problems ("field: message"), one per bad prop. */
export function parseSweepChart(props: Record<string, unknown>): { spec?: SweepChartSpec; problems: string[] } {
  const problems: string[] = [];
  for (const key of Object.keys(props)) if (!known.has(key)) problems.push(`${key}: unknown prop (SweepChart takes ${[...known].join(', ')})`);
  const widget = props.widget;
  if (typeof widget !== 'string' || !(widgetKinds as string[]).includes(widget)) problems.push(`widget: "${String(widget)}" is not one of ${widgetKinds.join(', ')}`);
  const kind = widget as WidgetKind;
  const presets = (widgetKinds as string[]).includes(String(widget)) ? Object.keys(widgets[kind].presets) : [];
  const preset = props.preset;
  if (presets.length && (typeof preset !== 'string' || !presets.includes(preset))) problems.push(`preset: "${String(preset)}" is not one of ${presets.join(', ')}`);
  const knob = props.knob;
  if (!isSweepKnob(knob)) problems.push(`knob: "${String(knob)}" is not one of ${Object.keys(knobs).join(', ')}`);
  const number = (name: string, fallback?: number): number => {
    const v = props[name] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problems.push(`${name}: must be a number, written {…}`);
      return NaN;
    }
    return v;
  };
  const from = number('from');
  const to = number('to');
  if (isSweepKnob(knob)) {
    const k = knobs[knob];
    for (const [name, v] of [['from', from], ['to', to]] as const) {
      if (Number.isFinite(v) && (v < k.min * k.factor || v > k.max * k.factor)) problems.push(`${name}: ${v} is outside ${k.label}'s range, ${k.min * k.factor} to ${k.max * k.factor} ${k.unit}`);
    }
  }
  if (Number.isFinite(from) && Number.isFinite(to) && !(to > from)) problems.push('to: must be greater than from');
  const points = number('points', 30);
  if (Number.isFinite(points) && (!Number.isInteger(points) || points < minPoints || points > maxPoints)) problems.push(`points: a whole number from ${minPoints} to ${maxPoints}`);
  const seeds = number('seeds', 3);
  if (Number.isFinite(seeds) && (!Number.isInteger(seeds) || seeds < 1 || seeds > maxSeeds)) problems.push(`seeds: a whole number from 1 to ${maxSeeds}`);
  const duration = props.duration === undefined ? undefined : number('duration');
  if (duration !== undefined && Number.isFinite(duration) && (duration < 60 || duration > 86400)) problems.push('duration: seconds from 60 to 86400');
  const outcomes = props.outcomes;
  if (!Array.isArray(outcomes) || outcomes.length === 0 || outcomes.some((o) => !(outcomeIds as readonly unknown[]).includes(o))) {
    problems.push(`outcomes: a list of one or more of ${outcomeIds.join(', ')}, written {["…"]}`);
  }
  const breakEven = props.breakEven ?? false;
  if (typeof breakEven !== 'boolean') problems.push('breakEven: true or false');
  else if (breakEven && Array.isArray(outcomes) && !(outcomes.includes('cost') && outcomes.includes('alwaysOn'))) problems.push('breakEven: needs both "cost" and "alwaysOn" in outcomes');
  if (problems.length) return { problems };
  return {
    spec: { widget: kind, preset: preset as string, knob: knob as SweepKnobId, from, to, outcomes: outcomes as OutcomeId[], points, seeds, duration, breakEven: breakEven as boolean },
    problems,
  };
}
