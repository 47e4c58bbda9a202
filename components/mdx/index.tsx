import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { Pre, Table } from './code';
import { Figure } from './figure';
import { makeKeyTakeaways, Sources } from './key-takeaways';
import { Term } from './term';
import { Widget } from './widgets';
import { widgetKinds, widgets, type WidgetKind } from '@/components/sim/widgets';
import { Experiment, type ExperimentProps } from '@/components/experiment/experiment';

/**
 * A claim is data for the content check (lib/claims/check.ts), which runs it through the engine;
 * on the page it renders nothing, the sentence it backs is the prose before it.
 */
function Claim() {
  return null;
}

/** The registry's tags (<AutoscalingSim preset="…" />), each a server wrapper naming its kind. */
function widgetTag(kind: WidgetKind) {
  function Tag({ preset }: { preset: string }) {
    return <Widget kind={kind} preset={preset} />;
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
    Experiment: (props: Omit<ExperimentProps, 'lessonKey'>) => <Experiment {...props} lessonKey={lessonKey} />,
    Claim,
    pre: Pre,
    table: Table,
  } satisfies MDXComponents;
}
