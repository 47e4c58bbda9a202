'use client';

import Link from '@/components/intent-link';
import { useEffect, useRef, useState } from 'react';
import { explanationFor, rightAnswerText, type Response } from '@/lib/quiz/kinds';
import type { QuizQuestion } from '@/lib/quiz/schema';
import type { Attempt } from './attempt';
import { uncheckedNumbers } from './attempt';
import { RichText } from './rich-text';
import { primaryButton, secondaryButton } from './styles';
import { QuestionInput, QuestionResult, views } from './views';

interface Props {
  attempt: Attempt;
  q: QuizQuestion;
  onRespond: (r: Response) => void;
  onCheck: () => boolean;
  onGo: (index: number) => void;
  onFinish: () => void;
  /** The answer is being graded in the background after Check (a challenge's simulation runs). */
  grading?: boolean;
  gradingError?: string | null;
}

/** One question: where we are, the question, "Check", its feedback, and the way on. */
export function QuestionView({ attempt, q, onRespond, onCheck, onGo, onFinish, grading = false, gradingError = null }: Props) {
  const total = attempt.order.length;
  const index = attempt.index;
  const response = attempt.responses[q.id];
  const result = attempt.results[q.id];
  const checked = result !== undefined;
  const [nudge, setNudge] = useState<string | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const last = index === total - 1;
  const unchecked = uncheckedNumbers(attempt);
  const view = views[q.type];

  // A new question: move focus to its heading, so screen readers start reading there.
  useEffect(() => {
    heading.current?.focus();
  }, [q.id]);

  const feedback = useRef<HTMLDivElement>(null);
  const focusFeedback = useRef(false);
  const check = () => {
    const ok = onCheck();
    setNudge(ok ? null : 'Choose an answer first.');
    focusFeedback.current = ok;
  };
  // Once checked, focus goes to the feedback (the Check button is gone): it is read out, and Tab
  // continues to its lesson link and then to Next. Only after a Check, not when revisiting.
  useEffect(() => {
    if (checked && focusFeedback.current) {
      focusFeedback.current = false;
      feedback.current?.focus();
    }
  }, [checked]);
  const go = (i: number) => {
    setNudge(null);
    setConfirmFinish(false);
    onGo(i);
  };
  const finish = () => (unchecked.length > 0 && !confirmFinish ? setConfirmFinish(true) : onFinish());

  if (!response) return null;
  return (
    <section aria-labelledby="question-heading" data-question={q.id}>
      <div className="flex items-center justify-between gap-4">
        <h2 id="question-heading" ref={heading} tabIndex={-1} className="text-sm font-bold uppercase tracking-wider text-muted outline-none">
          Question {index + 1} of {total}
        </h2>
        <span className="text-sm text-muted">{Object.keys(attempt.results).length} checked</span>
      </div>
      <div aria-hidden="true" className="mt-2 flex gap-1">
        {attempt.order.map((id, i) => {
          const r = attempt.results[id];
          const tone = r === true ? 'bg-ok' : r === false ? 'bg-bad' : i === index ? 'bg-accent' : 'bg-line';
          return <span key={id} className={`h-1.5 flex-1 rounded-full ${tone}`} />;
        })}
      </div>

      <div className="mt-6">
        <QuestionInput q={q} response={response} order={attempt.choiceOrder[q.id]} checked={checked} onChange={onRespond} />
      </div>

      {!checked && (
        <div className="mt-6">
          <button type="button" onClick={check} disabled={grading} aria-describedby={grading ? 'grading-status' : undefined} className={primaryButton}>
            Check
          </button>
        </div>
      )}

      <div className="mt-6">
        {checked ? (
          <div
            ref={feedback}
            tabIndex={-1}
            className={`rounded-xl border-2 p-4 outline-offset-4 ${result ? 'border-ok' : 'border-bad'}`}
            data-testid="feedback"
          >
            <p className="text-lg font-bold">
              <span aria-hidden="true">{result ? '✓ ' : '✗ '}</span>
              {result ? 'Correct.' : 'Not quite.'}
            </p>
            {!result && (
              <p className="mt-1">
                <span className="font-semibold">The right answer: </span>
                <RichText text={rightAnswerText(q)} />
              </p>
            )}
            {view.explainsInFeedback && (
              <p className="mt-2 text-muted">
                <RichText text={explanationFor(q)} />
              </p>
            )}
            <QuestionResult q={q} response={response} />
            <p className="mt-3 text-sm">
              Review: <Link href={q.link.href} className="font-medium text-accent underline underline-offset-4">{q.link.label}</Link>
            </p>
          </div>
        ) : (
          <p role="status" id="grading-status" className={`font-medium ${grading ? 'text-muted' : 'text-bad'}`}>
            {grading ? view.grading?.busy : (nudge ?? gradingError)}
          </p>
        )}
      </div>

      {confirmFinish && (
        <div role="alert" className="mt-6 rounded-xl border border-line bg-bg-soft p-4">
          <p>
            {unchecked.length === 1 ? `Question ${unchecked[0]} is` : `Questions ${listNumbers(unchecked)} are`} not checked yet and will count as
            wrong.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={() => go((unchecked[0] ?? 1) - 1)} className={secondaryButton}>
              Go to question {unchecked[0]}
            </button>
            <button type="button" onClick={onFinish} className={secondaryButton}>
              See results anyway
            </button>
          </div>
        </div>
      )}

      <nav aria-label="Questions" className="mt-8 flex items-center justify-between gap-3 border-t border-line pt-6">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className={secondaryButton}>
          <span aria-hidden="true">←&nbsp;</span>Previous
        </button>
        {last ? (
          <button type="button" onClick={finish} className={checked ? primaryButton : secondaryButton}>
            See results
          </button>
        ) : (
          <button type="button" onClick={() => go(index + 1)} className={checked ? primaryButton : secondaryButton}>
            Next<span aria-hidden="true">&nbsp;→</span>
          </button>
        )}
      </nav>
    </section>
  );
}

function listNumbers(ns: number[]): string {
  return ns.length <= 1 ? ns.join('') : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}
