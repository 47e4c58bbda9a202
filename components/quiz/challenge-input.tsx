'use client';

import { bestStop, metrics, runChallenge, sweep, sweptKnob } from '@/lib/quiz/challenge';
import { knobValueText } from '@/lib/quiz/format';
import type { QuizQuestionOf } from '@/lib/quiz/schema';
import { RichText } from './rich-text';

type ChallengeQuestion = QuizQuestionOf<'challenge'>;

/** The goals in words, as the grading reads them: "Throttled requests under 1 %". */
function goalTexts(q: ChallengeQuestion): string[] {
  const goals = q.goals.map((g) => {
    const m = metrics[g.metric];
    return g.below !== undefined ? `${m.label} under ${m.format(g.below)}` : `${m.label} over ${m.format(g.above ?? 0)}`;
  });
  const knob = q.knobs.find((k) => k.path === q.best?.knob);
  if (q.best && knob) {
    const slack = q.best.within > 0 ? ` (within ${knobValueText(knob, q.best.within)})` : '';
    goals.push(`with the ${q.best.aim} ${knob.label} that does it${slack}`);
  }
  return goals;
}

/**
 * A simulation challenge before Check: the goals, and one slider per knob (label, value and unit
 * in view; arrow keys move one stop). The simulated outcome stays hidden until Check, so the
 * learner reasons to a setting instead of sliding until the result turns green.
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
  return (
    <div className="min-w-0">
      <fieldset disabled={checked} className="min-w-0" aria-describedby={`q-${q.id}-goals`}>
        <legend className="text-lg font-semibold text-balance">
          <RichText text={q.prompt} />
        </legend>
        <p id={`q-${q.id}-goals`} className="mt-3 text-sm">
          <span className="font-semibold">Goal: </span>
          {goalTexts(q).join(', ')}.
        </p>
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
                    {knobValueText(knob, value)}
                  </output>
                </div>
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={knob.stops.length - 1}
                  step={1}
                  value={index}
                  aria-valuetext={knobValueText(knob, value)}
                  onChange={(e) => {
                    const next = knob.stops[Number(e.target.value)];
                    if (next !== undefined) onChange({ ...values, [knob.path]: next });
                  }}
                  className="h-6 w-full accent-[var(--accent)]"
                />
                <div aria-hidden="true" className="flex justify-between text-xs text-muted">
                  <span>{knobValueText(knob, knob.stops[0] ?? 0)}</span>
                  <span>{knobValueText(knob, knob.stops[knob.stops.length - 1] ?? 0)}</span>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {!checked && (
        <p className="mt-3 text-sm text-muted">
          Work out a setting, then press Check. The simulation runs once on your setting, and the feedback shows how every setting of the slider would have done.
        </p>
      )}
    </div>
  );
}

/**
 * After Check: what the learner's settings gave, then every stop of the swept knob (the other
 * knobs as the learner set them), so the feedback shows why the answer is what it is. Grading
 * has already run these settings, so they come from the engine's cache.
 */
export function ChallengeResult({ q, values }: { q: ChallengeQuestion; values: Record<string, number> }) {
  const outcome = runChallenge(q, values);
  const knob = sweptKnob(q);
  const points = sweep(q, values, knob);
  const best = q.best ? bestStop(q, points) : undefined;
  const mine = values[knob.path] ?? knob.start;
  const caption = `Every ${knob.label} setting${q.knobs.length > 1 ? ', the other sliders as you set them' : ''}`;
  return (
    <div className="mt-3 min-w-0">
      <h3 className="text-sm font-bold uppercase tracking-wider text-muted">Simulated result for your settings</h3>
      <ul className="mt-2 flex flex-col gap-1.5">
        {outcome.goals.map((g) => (
          <li key={g.goal.metric} className="flex flex-wrap items-baseline justify-between gap-x-4" data-testid="challenge-goal" data-met={g.met}>
            <span>
              {g.label}: <strong className="font-mono">{g.shown}</strong>
            </span>
            <span className={`text-sm font-medium ${g.met ? 'text-ok' : 'text-bad'}`}>
              <span aria-hidden="true">{g.met ? '✓ ' : '✗ '}</span>
              goal {g.target}
              <span className="sr-only">{g.met ? ', met' : ', not met'}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[18rem] text-left text-sm" data-testid="challenge-sweep">
          <caption className="mb-2 text-left text-sm font-bold uppercase tracking-wider text-muted">{caption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3 font-semibold">
                {knob.label}
              </th>
              {q.goals.map((g) => (
                <th key={g.metric} scope="col" className="py-1 pr-3 font-semibold">
                  {metrics[g.metric].label}
                </th>
              ))}
              <th scope="col" className="py-1 font-semibold">
                Goals
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => {
              const notes = [p.value === mine ? 'your setting' : '', p.value === best ? `the ${q.best?.aim ?? 'best'} that works` : ''].filter(Boolean);
              return (
                <tr key={p.value} className={`border-b border-line/60 ${p.value === mine ? 'bg-bg-soft font-semibold' : ''}`} data-met={p.outcome.met} data-value={p.value}>
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {knobValueText(knob, p.value)}
                    {notes.length > 0 && <span className="ml-2 font-sans text-xs text-muted">({notes.join(', ')})</span>}
                  </th>
                  {p.outcome.goals.map((g) => (
                    <td key={g.goal.metric} className="py-1 pr-3 font-mono">
                      {g.shown}
                    </td>
                  ))}
                  <td className={`whitespace-nowrap py-1 ${p.outcome.met ? 'text-ok' : 'text-bad'}`}>
                    <span aria-hidden="true">{p.outcome.met ? '✓ ' : '✗ '}</span>
                    {p.outcome.met ? 'met' : 'not met'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
