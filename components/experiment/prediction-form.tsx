'use client';

import { useId, useState, type FormEvent } from 'react';
import type { ExperimentSpec } from '@/lib/claims/spec';

const button = 'inline-flex h-11 items-center justify-center rounded-lg bg-accent px-5 font-semibold text-accent-fg shadow-sm hover:bg-accent-hover disabled:opacity-60';

/**
 * Step one: the question, as a fieldset, answered before anything runs. Once locked the answer is
 * shown, disabled, with the learner's choice still checked.
 */
interface Props {
  spec: ExperimentSpec;
  /** The legend is also the experiment's name, so each experiment region on a page is told apart. */
  legendId: string;
  locked: string | undefined;
  onLock: (prediction: string) => void;
}

export function PredictionForm({ spec, legendId, locked, onLock }: Props) {
  const [choice, setChoice] = useState('');
  const [problem, setProblem] = useState('');
  const problemId = useId();
  const name = useId();
  const value = locked ?? choice;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = choice.trim();
    if (!answer) return setProblem(spec.choices ? 'Choose one of the answers first.' : 'Type a number first.');
    if (!spec.choices && !Number.isFinite(Number(answer))) return setProblem('Type a number, such as 12 or 0.5.');
    setProblem('');
    onLock(answer);
  };

  return (
    <form onSubmit={submit} className="mt-2">
      <fieldset disabled={locked !== undefined} aria-describedby={problem ? problemId : undefined}>
        <legend id={legendId} className="text-base font-semibold">{spec.question}</legend>
        {spec.choices ? (
          <div className="mt-3 flex flex-col gap-2">
            {spec.choices.map((c) => (
              <label key={c.id} className="flex cursor-pointer items-start gap-2 rounded-md border border-line px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                <input type="radio" name={name} value={c.id} checked={value === c.id} onChange={() => setChoice(c.id)} className="mt-1" />
                <span>{c.label}</span>
              </label>
            ))}
          </div>
        ) : (
          <label className="mt-3 flex items-center gap-2 text-sm">
            <span>Your prediction</span>
            <input
              type="number"
              inputMode="decimal"
              step="any"
              value={value}
              onChange={(e) => setChoice(e.target.value)}
              className="w-28 rounded-md border border-line bg-bg px-2 py-1 tabular-nums"
            />
            {spec.unit && <span className="text-muted">{spec.unit}</span>}
          </label>
        )}
      </fieldset>
      {problem && (
        <p id={problemId} className="mt-2 text-sm font-medium text-bad">
          {problem}
        </p>
      )}
      {locked === undefined ? (
        <button type="submit" className={`${button} mt-3`}>
          Lock in my prediction
        </button>
      ) : (
        <p className="mt-3 text-sm text-muted">Your prediction is locked in. Predictions cannot be changed, so the run is a fair test.</p>
      )}
    </form>
  );
}
