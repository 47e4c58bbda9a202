'use client';

import Link from '@/components/intent-link';
import { useEffect, useRef } from 'react';
import { explanationFor, responseText, rightAnswerText } from '@/lib/quiz/kinds';
import type { QuizQuestion } from '@/lib/quiz/schema';
import { useProgress } from '@/components/progress/use-progress';
import { attemptScore, type Attempt } from './attempt';
import { passMark } from './score';
import { RichText } from './rich-text';
import { primaryButton, secondaryButton } from './styles';

const percent = (f: number) => `${Math.round(f * 100)} %`;

/** The end of an attempt: score against the pass mark, then every question with its right answer and why. */
export function Results({
  moduleId,
  attempt,
  byId,
  next,
  onRetry,
}: {
  moduleId: string;
  attempt: Attempt;
  byId: Map<string, QuizQuestion>;
  next?: { href: string; title: string };
  onRetry: () => void;
}) {
  const score = attemptScore(attempt);
  const record = useProgress().progress.quizzes[moduleId];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
        Your score: {percent(score.fraction)}
      </h2>
      <div className={`mt-4 rounded-xl border-2 p-5 ${score.passed ? 'border-ok' : 'border-warn'}`}>
        <p className="text-lg">
          {score.correct} of {score.total} correct. The pass mark is {percent(passMark)}.
        </p>
        <p className={`mt-1 text-lg font-bold ${score.passed ? 'text-ok' : 'text-warn'}`}>
          {score.passed ? 'Passed. Well done.' : 'Not passed yet. Review the sections below and try again.'}
        </p>
        {record && (
          <p className="mt-2 text-sm text-muted">
            Best so far {percent(record.best)} · {record.attempts} {record.attempts === 1 ? 'attempt' : 'attempts'}
          </p>
        )}
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={onRetry} className={score.passed ? secondaryButton : primaryButton}>
          Retry
        </button>
        {next && (
          <Link href={next.href} className={score.passed ? primaryButton : secondaryButton}>
            Next: {next.title}
          </Link>
        )}
      </div>

      <h3 className="mt-10 text-xl font-bold">Review</h3>
      <ol className="mt-4 flex flex-col gap-4">
        {attempt.order.map((id, i) => {
          const q = byId.get(id);
          const response = attempt.responses[id];
          if (!q || !response) return null;
          const result = attempt.results[id];
          const right = result === true;
          return (
            <li key={id} className={`rounded-xl border-l-4 border border-line p-4 ${right ? 'border-l-[var(--ok)]' : 'border-l-[var(--bad)]'}`} data-testid="review-item">
              <p className="text-sm font-semibold text-muted">
                Question {i + 1} · <span className={right ? 'text-ok' : 'text-bad'}>{right ? 'right' : result === false ? 'wrong' : 'not answered'}</span>
              </p>
              <p className="mt-1 font-semibold">
                <RichText text={q.prompt} />
              </p>
              <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-medium">Your answer</dt>
                <dd>{result === undefined ? 'Not checked' : <RichText text={responseText(q, response)} />}</dd>
                <dt className="font-medium">Right answer</dt>
                <dd>
                  <RichText text={rightAnswerText(q)} />
                </dd>
                <dt className="font-medium">Why</dt>
                <dd className="text-muted">
                  <RichText text={explanationFor(q)} />
                </dd>
              </dl>
              <p className="mt-2 text-sm">
                Review: <Link href={q.link.href} className="font-medium text-accent underline underline-offset-4">{q.link.label}</Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
