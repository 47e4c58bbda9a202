'use client';

/**
 * A guided experiment beside a widget: the learner predicts, commits, runs the change, and the
 * engine's result decides. The question and the stored result are light and render at once; the
 * panel and the engine load lazily, like every widget. A prediction, once committed, is kept in
 * progress and never changes; the outcome is kept with the figures of the run that decided it.
 */
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { recordExperimentOutcome, recordPrediction } from '@/components/progress/store';
import { useProgress } from '@/components/progress/use-progress';
import { useNear } from '@/components/mdx/use-near';
import { WidgetBoundary, WidgetPlaceholder } from '@/components/mdx/widget-boundary';
import type { ExperimentProps } from './experiment';
import { ExperimentResult } from './experiment-result';
import { PredictionForm } from './prediction-form';

const ExperimentRun = lazy(() => import('./experiment-run').then((m) => ({ default: m.ExperimentRun })));

export function ExperimentCard(props: ExperimentProps) {
  const { lessonKey, names, ...spec } = props;
  const key = `${lessonKey}/${spec.id}`;
  const record = useProgress().progress.experiments[key];
  const headingId = useId();
  const questionId = useId();
  // The panel loads once the experiment is near, as lesson widgets do.
  const { ref: nearRef, near } = useNear<HTMLElement>();
  const resultRef = useRef<HTMLDivElement>(null);
  // A verdict that arrives now (not one loaded from progress) is brought into view.
  const decided = Boolean(record?.outcome);
  const wasDecided = useRef(decided);
  useEffect(() => {
    if (decided && !wasDecided.current) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      resultRef.current?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
    wasDecided.current = decided;
  }, [decided]);

  return (
    <section ref={nearRef} aria-labelledby={`${headingId} ${questionId}`} data-experiment={spec.id} className="not-prose my-8 rounded-xl border-2 border-accent/40 bg-bg-raised p-4 shadow-sm sm:p-5">
      <p id={headingId} className="text-xs font-bold tracking-wide text-accent uppercase">
        Experiment: predict, then run
      </p>
      <PredictionForm spec={spec} legendId={questionId} locked={record?.prediction} onLock={(prediction) => recordPrediction(key, prediction)} />
      <WidgetBoundary name={names.title.toLowerCase()}>
        {near ? (
          <Suspense fallback={<WidgetPlaceholder names={names} />}>
            <ExperimentRun
              spec={spec}
              prediction={record?.prediction}
              decided={Boolean(record?.outcome)}
              onOutcome={(outcome) => recordExperimentOutcome(key, { ...outcome, at: new Date().toISOString() })}
            />
          </Suspense>
        ) : (
          <WidgetPlaceholder names={names} />
        )}
      </WidgetBoundary>
      {/* Under the panel, where the eye is when the run ends; present before the result arrives, so it is announced. */}
      <div ref={resultRef} role="status" aria-live="polite">
        {record?.outcome && <ExperimentResult spec={spec} prediction={record.prediction} outcome={record.outcome} />}
      </div>
    </section>
  );
}
