'use client';

import { useDeferredValue, useMemo } from 'react';
import type { QuizQuestion } from '@/lib/quiz/schema';
import { runChallenge } from './challenge';
import { formatNumber } from './grade';
import { RichText } from './rich-text';

type ChallengeQuestion = Extract<QuizQuestion, { type: 'challenge' }>;
type KnobDef = ChallengeQuestion['knobs'][number];

function shown(knob: KnobDef, value: number): string {
  return `${formatNumber(value * knob.factor)}${knob.unit ? ` ${knob.unit}` : ''}`;
}

/**
 * A simulation challenge: one slider per knob the challenge exposes (label, value and unit in
 * view; arrow keys move one stop) and the engine's result for those settings on the challenge's
 * fixed traffic, next to each goal. The grading on "Check" runs the very same function.
 */
export function ChallengeInput({
  q,
  values,
  checked,
  onChange,
}: {
  q: ChallengeQuestion;
  values: Record<string, number>;
  checked: boolean;
  onChange: (values: Record<string, number>) => void;
}) {
  // The run takes a few milliseconds; deferring keeps the slider itself smooth.
  const settled = useDeferredValue(values);
  const outcome = useMemo(() => runChallenge(q, settled), [q, settled]);

  return (
    <div className="min-w-0">
      <fieldset disabled={checked} className="min-w-0">
        <legend className="text-lg font-semibold text-balance">
          <RichText text={q.prompt} />
        </legend>
        <div className="mt-4 grid gap-5 rounded-xl border border-line bg-bg-soft p-4 sm:grid-cols-2">
          {q.knobs.map((knob) => {
            const value = values[knob.path] ?? knob.start;
            const index = Math.max(0, knob.stops.indexOf(value));
            const id = `q-${q.id}-${knob.path.replace(/\./g, '-')}`;
            return (
              <div key={knob.path} className="flex flex-col gap-2">
                <div className="flex items-baseline justify-between gap-3">
                  <label htmlFor={id} className="font-medium">
                    {knob.label}
                  </label>
                  <output htmlFor={id} className="font-mono text-sm font-semibold">
                    {shown(knob, value)}
                  </output>
                </div>
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={knob.stops.length - 1}
                  step={1}
                  value={index}
                  aria-valuetext={shown(knob, value)}
                  onChange={(e) => {
                    const next = knob.stops[Number(e.target.value)];
                    if (next !== undefined) onChange({ ...values, [knob.path]: next });
                  }}
                  className="h-6 w-full accent-[var(--accent)]"
                />
                <div aria-hidden="true" className="flex justify-between text-xs text-muted">
                  <span>{shown(knob, knob.stops[0] ?? 0)}</span>
                  <span>{shown(knob, knob.stops[knob.stops.length - 1] ?? 0)}</span>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <section aria-labelledby={`q-${q.id}-result`} className="mt-4 rounded-xl border border-line p-4">
        <h3 id={`q-${q.id}-result`} className="text-sm font-bold uppercase tracking-wider text-muted">
          Simulated result for these settings
        </h3>
        <ul className="mt-2 flex flex-col gap-1.5" aria-live="polite" aria-atomic="true">
          {outcome.goals.map((g) => (
            <li key={g.goal.metric} className="flex flex-wrap items-baseline justify-between gap-x-4" data-testid="challenge-goal" data-met={g.met}>
              <span>
                {g.label}: <strong className="font-mono">{g.shown}</strong>
              </span>
              <span className={`text-sm font-medium ${g.met ? 'text-ok' : 'text-warn'}`}>
                <span aria-hidden="true">{g.met ? '✓ ' : '✗ '}</span>
                goal {g.target}
                <span className="sr-only">{g.met ? ', met' : ', not met yet'}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
