'use client';

import type { Question } from '@/lib/quiz/schema';
import { RichText } from './rich-text';

export interface Choice {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

/**
 * Radio buttons (single, true/false) or checkboxes (multiple) in a fieldset whose legend is the
 * question. After "Check" the group is locked and every option shows whether it is right and why.
 */
export function ChoiceInput({
  q,
  choices,
  multiple,
  chosen,
  checked,
  onToggle,
}: {
  q: Pick<Question, 'id' | 'prompt'>;
  /** In the order shown. */
  choices: Choice[];
  multiple: boolean;
  chosen: string[];
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const name = `q-${q.id}`;

  return (
    <fieldset disabled={checked} className="min-w-0">
      <legend className="text-lg font-semibold text-balance">
        <RichText text={q.prompt} />
        {multiple && <span className="mt-1 block text-sm font-normal text-muted">Select all that apply.</span>}
      </legend>
      <ul className="mt-4 flex flex-col gap-2">
        {choices.map((c) => {
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
                  onChange={(e) => onToggle(c.id, e.target.checked)}
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
