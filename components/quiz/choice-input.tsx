'use client';

import type { QuizQuestion } from '@/lib/quiz/schema';
import type { Response } from './grade';
import { RichText } from './rich-text';

type ChoiceQuestion = Extract<QuizQuestion, { type: 'single' | 'multiple' | 'true-false' }>;

interface Choice {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

/** True/false is a two-option single choice with fixed order: True first, as people expect. */
function choicesOf(q: ChoiceQuestion, order: string[] | undefined): Choice[] {
  if (q.type === 'true-false') {
    return [
      { id: 'true', text: 'True', correct: q.answer, explanation: q.explanations.true },
      { id: 'false', text: 'False', correct: !q.answer, explanation: q.explanations.false },
    ];
  }
  const ids = order ?? q.options.map((o) => o.id);
  return ids.flatMap((id) => q.options.filter((o) => o.id === id));
}

function selected(r: Response): string[] {
  if (r.type === 'single') return r.choice ? [r.choice] : [];
  if (r.type === 'multiple') return r.choices;
  if (r.type === 'true-false') return r.value === undefined ? [] : [String(r.value)];
  return [];
}

/**
 * Radio buttons (single, true/false) or checkboxes (multiple) in a fieldset whose legend is the
 * question. After "Check" the group is locked and every option shows whether it is right and why.
 */
export function ChoiceInput({
  q,
  order,
  response,
  checked,
  onChange,
}: {
  q: ChoiceQuestion;
  order?: string[];
  response: Response;
  checked: boolean;
  onChange: (r: Response) => void;
}) {
  const multiple = q.type === 'multiple';
  const chosen = selected(response);
  const name = `q-${q.id}`;

  const toggle = (id: string, on: boolean) => {
    if (q.type === 'single') onChange({ type: 'single', choice: id });
    else if (q.type === 'true-false') onChange({ type: 'true-false', value: id === 'true' });
    else onChange({ type: 'multiple', choices: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
  };

  return (
    <fieldset disabled={checked} className="min-w-0">
      <legend className="text-lg font-semibold text-balance">
        <RichText text={q.prompt} />
        {multiple && <span className="mt-1 block text-sm font-normal text-muted">Select all that apply.</span>}
      </legend>
      <ul className="mt-4 flex flex-col gap-2">
        {choicesOf(q, order).map((c) => {
          const isChosen = chosen.includes(c.id);
          const inputId = `${name}-${c.id}`;
          const tone = c.correct ? 'border-ok' : isChosen ? 'border-bad' : '';
          return (
            <li key={c.id}>
              <label
                htmlFor={inputId}
                className={`flex items-start gap-3 rounded-lg bg-bg-raised p-3 ${
                  checked ? `border-2 ${tone || 'border-line'}` : 'cursor-pointer border border-line hover:bg-bg-soft has-[:checked]:border-accent has-[:checked]:bg-accent-soft'
                }`}
              >
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={c.id}
                  checked={isChosen}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                  aria-describedby={checked ? `${inputId}-why` : undefined}
                />
                <span className="min-w-0 flex-1">
                  <span className="block">
                    <RichText text={c.text} />
                  </span>
                  {checked && (
                    <span id={`${inputId}-why`} className="mt-1.5 block text-sm">
                      <Verdict correct={c.correct} chosen={isChosen} multiple={multiple} />{' '}
                      <span className="text-muted">
                        <RichText text={c.explanation} />
                      </span>
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The verdict in words, so colour is never the only signal. */
function Verdict({ correct, chosen, multiple }: { correct: boolean; chosen: boolean; multiple: boolean }) {
  const [mark, text, tone] = multiple
    ? correct
      ? chosen
        ? ['✓', 'Selected, and it applies.', 'text-ok']
        : ['✗', 'Missed: this one applies.', 'text-bad']
      : chosen
        ? ['✗', 'Selected, but it does not apply.', 'text-bad']
        : ['✓', 'Rightly left out.', 'text-muted']
    : correct
      ? chosen
        ? ['✓', 'Your answer, and right.', 'text-ok']
        : ['✓', 'The right answer.', 'text-ok']
      : chosen
        ? ['✗', 'Your answer, not right.', 'text-bad']
        : ['', 'Not right.', 'text-muted'];
  return (
    <strong className={tone}>
      {mark && <span aria-hidden="true">{mark} </span>}
      {text}
    </strong>
  );
}
