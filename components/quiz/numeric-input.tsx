'use client';

import type { QuizQuestionOf } from '@/lib/quiz/schema';
import { RichText } from './rich-text';

type NumericQuestion = QuizQuestionOf<'numeric'>;

/** A text field (not type=number: it accepts "4,5" and never spins on scroll) with its unit. */
export function NumericInput({ q, text, checked, onChange }: { q: NumericQuestion; text: string; checked: boolean; onChange: (text: string) => void }) {
  const id = `q-${q.id}-value`;
  return (
    <fieldset disabled={checked} className="min-w-0">
      <legend className="text-lg font-semibold text-balance">
        <RichText text={q.prompt} />
      </legend>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="font-medium">
          Your answer
        </label>
        <span className="inline-flex items-center gap-2">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={q.unit ? `${id}-unit` : undefined}
            className="h-11 w-36 rounded-lg border border-line bg-bg-raised px-3 font-mono text-base disabled:opacity-80"
          />
          {q.unit && (
            <span id={`${id}-unit`} className="text-muted">
              {q.unit}
            </span>
          )}
        </span>
      </div>
    </fieldset>
  );
}
