import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { Pre, Table } from './code';
import { Figure } from './figure';
import { makeKeyTakeaways, Sources } from './key-takeaways';
import { Term } from './term';
import { AutoscalingSim, ColdStartSim, CostSim, ScaleToZeroSim } from './widgets';

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
    AutoscalingSim,
    ScaleToZeroSim,
    ColdStartSim,
    CostSim,
    pre: Pre,
    table: Table,
  } satisfies MDXComponents;
}
