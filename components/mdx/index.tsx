import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { Pre, Table } from './code';
import { Figure } from './figure';
import { makeKeyTakeaways, Sources } from './key-takeaways';
import { Term } from './term';
import { Widget } from './widgets';
import type { WidgetNames } from './widget-boundary';
import { widgetKinds, widgets, type WidgetKind } from '@/components/sim/widgets';
import { Experiment, type ExperimentProps } from '@/components/experiment/experiment';
import { SweepChart } from './sweep-chart';
import { PythonExercise } from '@/components/python/python-exercise';

/**
 * A claim is data for the content check (lib/claims/check.ts), which runs it through the engine;
 * on the page it renders nothing, the sentence it backs is the prose before it.
 */
function Claim() {
  return null;
}

function widgetNames(kind: WidgetKind, preset: string): WidgetNames {
  const w = widgets[kind];
  return { title: w.title, blurb: w.blurb, label: w.presets[preset]?.label };
}

/** The registry's tags (<AutoscalingSim preset="…" />), each a server wrapper naming its kind. */
function widgetTag(kind: WidgetKind) {
  function Tag({ preset }: { preset: string }) {
    return <Widget kind={kind} preset={preset} names={widgetNames(kind, preset)} />;
  }
  Tag.displayName = widgets[kind].tag;
  return Tag;
}
const widgetTags = Object.fromEntries(widgetKinds.map((kind) => [widgets[kind].tag, widgetTag(kind)]));

/**
 * Everything a lesson may use, in one map (lib/content/allowed.ts lists the same names for the
 * content check). Widgets come from a 'use client' file and hydrate; the rest render to HTML.
 */
export function lessonComponents(lessonKey: string) {
  return {
    Callout,
    Figure,
    KeyTakeaways: makeKeyTakeaways(lessonKey),
    Sources,
    Term,
    ...widgetTags,
    Experiment: (props: Omit<ExperimentProps, 'lessonKey' | 'names'>) => <Experiment {...props} lessonKey={lessonKey} names={widgetNames(props.widget, props.preset)} />,
    Claim,
    SweepChart,
    PythonExercise: ({ name }: { name: string }) => <PythonExercise name={name} lessonKey={lessonKey} />,
    pre: Pre,
    table: Table,
  } satisfies MDXComponents;
}
