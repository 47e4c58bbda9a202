'use client';

/**
 * The <Experiment> of lessons. The MDX map imports this on every lesson page, so it stays tiny:
 * the card's code is its own chunk, rendered into the page's HTML at build time and fetched
 * only by lessons that have an experiment.
 */
import dynamic from 'next/dynamic';
import type { WidgetNames } from '@/components/mdx/widget-boundary';
import type { ExperimentSpec } from '@/lib/claims/spec';

export type ExperimentProps = ExperimentSpec & { lessonKey: string; names: WidgetNames };

const Card = dynamic(() => import('./experiment-card').then((m) => m.ExperimentCard));

export function Experiment(props: ExperimentProps) {
  return <Card {...props} />;
}
