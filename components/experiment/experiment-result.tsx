import { describeChange, metricOf } from '@/lib/claims/metrics';
import type { ExperimentSpec } from '@/lib/claims/spec';

export interface StoredOutcome {
  correct: boolean;
  answer: string;
  before: number;
  after: number;
}

/** Step four: what the run showed, with the learner's own figures, and why. */
export function ExperimentResult({ spec, prediction, outcome }: { spec: ExperimentSpec; prediction: string; outcome: StoredOutcome }) {
  const m = metricOf(spec.metric);
  const label = (id: string) => spec.choices?.find((c) => c.id === id)?.label ?? id;
  const predicted = spec.choices ? `“${label(prediction)}”` : `${prediction}${spec.unit ? ` ${spec.unit}` : ''}`;
  return (
    <div data-result={outcome.correct ? 'right' : 'wrong'} className={`mt-4 rounded-lg border-2 p-3 text-sm ${outcome.correct ? 'border-ok/60' : 'border-bad/60'} bg-bg-soft`}>
      <p className="font-bold">
        <span aria-hidden="true">{outcome.correct ? '✓ ' : '✗ '}</span>
        {outcome.correct ? 'Your prediction held.' : 'Not what the run showed.'}
      </p>
      <p className="mt-1">
        You predicted {predicted}. In your run, {describeChange(spec.metric, outcome.before, outcome.after)}
        {spec.choices ? '' : ` (within ${Math.round((spec.tolerance ?? 0.2) * 100)} % of ${m.format(outcome.after)} counts)`}.
        {!outcome.correct && spec.choices && <> The run fits “{label(outcome.answer)}”.</>}
      </p>
      <p className="mt-1 text-muted">{spec.explain}</p>
    </div>
  );
}
