/**
 * The components a lesson may use, by name. components/mdx/index.tsx registers exactly these
 * (a unit test keeps the two in step); the content check rejects any other capitalised tag.
 * Widget tags and their presets come from the widget registry, so they are written once.
 */
import { widgetKinds, widgets } from '../../components/sim/widgets';

const prose = ['Callout', 'Figure', 'KeyTakeaways', 'Sources', 'Term'] as const;
const widgetTags = widgetKinds.map((kind) => widgets[kind].tag);

export const mdxComponentNames: readonly string[] = [...prose, ...widgetTags, 'Experiment', 'Claim', 'SweepChart', 'PythonExercise'];

/** Props each component requires, with the values allowed where they are a closed set. */
export const requiredProps: Record<string, Record<string, readonly string[] | 'any'>> = {
  Callout: { type: ['note', 'tip', 'warning'] },
  Figure: { caption: 'any' },
  Term: { id: 'any' },
  ...Object.fromEntries(widgetKinds.map((kind) => [widgets[kind].tag, { preset: Object.keys(widgets[kind].presets) }])),
  // Claims and experiments are checked in full by lib/claims/check.ts; these are the plain strings.
  Experiment: { id: 'any', widget: 'any', preset: 'any', metric: 'any', question: 'any', explain: 'any' },
  Claim: { widget: 'any', preset: 'any', metric: 'any', says: 'any' },
  // SweepChart's props (numbers and lists among them) are checked by lib/content/sweep-chart-props.ts.
  // The name must be a folder of the lesson's <lesson>.exercises/: lib/exercises/usage.ts checks it, with the line.
  PythonExercise: { name: 'any' },
};
