'use client';

import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { isResponseOf, type Response, type ResponseOf } from '@/lib/quiz/kinds';
import type { QuestionType, QuizQuestion, QuizQuestionOf } from '@/lib/quiz/schema';
import { ChoiceInput, type Choice } from './choice-input';
import { NumericInput } from './numeric-input';
import { OrderingInput } from './ordering-input';

// The engine comes with the challenge panel, on demand: most questions never need it.
const ChallengeInput = lazy(() => import('./challenge-input').then((m) => ({ default: m.ChallengeInput })));
const ChallengeResult = lazy(() => import('./challenge-input').then((m) => ({ default: m.ChallengeResult })));

export interface InputProps<T extends QuestionType> {
  q: QuizQuestionOf<T>;
  response: ResponseOf<T>;
  /** This attempt's order of options or items (lib/quiz/kinds.ts `arrange`). */
  order: string[] | undefined;
  checked: boolean;
  onChange: (r: ResponseOf<T>) => void;
}

interface ResultProps<T extends QuestionType> {
  q: QuizQuestionOf<T>;
  response: ResponseOf<T>;
}

/** How one question type looks: the part of its record that needs React (the rest is lib/quiz/kinds.ts). */
export interface QuestionTypeView<T extends QuestionType> {
  Input: ComponentType<InputProps<T>>;
  /** Choice questions explain every option in place; the others explain in the feedback. */
  explainsInFeedback: boolean;
  /** More feedback after Check, below the explanation. */
  Result?: ComponentType<ResultProps<T>>;
  /** For a type graded in the background: what the status line says meanwhile, and if grading fails. */
  grading?: { busy: string; failed: string };
}

function inOrder<T extends { id: string }>(all: T[], order: string[] | undefined): T[] {
  return order ? order.flatMap((id) => all.filter((x) => x.id === id)) : all;
}

const challengeFallback = (
  <p aria-busy="true" className="flex h-96 items-center justify-center rounded-xl border border-dashed border-line text-muted">
    Loading the simulation…
  </p>
);

export const views: { [T in QuestionType]: QuestionTypeView<T> } = {
  single: {
    Input: ({ q, response, order, checked, onChange }) => (
      <ChoiceInput
        q={q}
        choices={inOrder(q.options, order)}
        multiple={false}
        chosen={response.choice ? [response.choice] : []}
        checked={checked}
        onToggle={(id) => onChange({ type: 'single', choice: id })}
      />
    ),
    explainsInFeedback: false,
  },
  multiple: {
    Input: ({ q, response, order, checked, onChange }) => (
      <ChoiceInput
        q={q}
        choices={inOrder(q.options, order)}
        multiple
        chosen={response.choices}
        checked={checked}
        onToggle={(id, on) => onChange({ type: 'multiple', choices: on ? [...response.choices, id] : response.choices.filter((c) => c !== id) })}
      />
    ),
    explainsInFeedback: false,
  },
  'true-false': {
    Input: ({ q, response, checked, onChange }) => {
      // A two-option single choice in a fixed order: True first, as people expect.
      const choices: Choice[] = [
        { id: 'true', text: 'True', correct: q.answer, explanation: q.explanations.true },
        { id: 'false', text: 'False', correct: !q.answer, explanation: q.explanations.false },
      ];
      const chosen = response.value === undefined ? [] : [String(response.value)];
      return <ChoiceInput q={q} choices={choices} multiple={false} chosen={chosen} checked={checked} onToggle={(id) => onChange({ type: 'true-false', value: id === 'true' })} />;
    },
    explainsInFeedback: false,
  },
  numeric: {
    Input: ({ q, response, checked, onChange }) => <NumericInput q={q} text={response.text} checked={checked} onChange={(text) => onChange({ type: 'numeric', text })} />,
    explainsInFeedback: true,
  },
  ordering: {
    Input: ({ q, response, checked, onChange }) => <OrderingInput q={q} order={response.order} checked={checked} onChange={(order) => onChange({ type: 'ordering', order })} />,
    explainsInFeedback: true,
  },
  challenge: {
    Input: ({ q, response, checked, onChange }) => (
      <Suspense fallback={challengeFallback}>
        <ChallengeInput q={q} values={response.values} checked={checked} onChange={(values) => onChange({ type: 'challenge', values })} />
      </Suspense>
    ),
    explainsInFeedback: true,
    Result: ({ q, response }) => (
      <Suspense fallback={<p className="mt-3 text-muted">Loading the simulated results…</p>}>
        <ChallengeResult q={q} values={response.values} />
      </Suspense>
    ),
    grading: { busy: 'Running the simulation on every setting…', failed: 'The simulation could not run. Press Check to try again.' },
  },
};

// As in lib/quiz/kinds.ts: typed by the type passed (callers pass `q.type`), and the response
// is checked to be of that type before a view sees it.
function inputAs<T extends QuestionType>(type: T, q: QuizQuestionOf<T>, response: Response, rest: Omit<InputProps<T>, 'q' | 'response'>): ReactNode {
  const { Input } = views[type];
  return isResponseOf(type, response) && <Input q={q} response={response} {...rest} />;
}

function resultAs<T extends QuestionType>(type: T, q: QuizQuestionOf<T>, response: Response): ReactNode {
  const { Result } = views[type];
  return Result && isResponseOf(type, response) && <Result q={q} response={response} />;
}

/** The input of a question's type, with the learner's response. */
export function QuestionInput({ q, response, ...rest }: { q: QuizQuestion; response: Response } & Omit<InputProps<QuestionType>, 'q' | 'response'>) {
  return inputAs(q.type, q, response, rest);
}

/** The type's extra feedback after Check, if it has any. */
export function QuestionResult({ q, response }: { q: QuizQuestion; response: Response }) {
  return resultAs(q.type, q, response);
}
