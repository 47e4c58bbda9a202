'use client';

/**
 * Steps three and four: the panel, a "Run it" that applies the experiment's change and plays it
 * from the start, and the grading of the first whole run with that change after the prediction.
 * The preset's own run, for the "before" figure, is computed here in slices with the same seed, so
 * it is the run the learner would see with the preset untouched.
 */
import { useRef, useState } from 'react';
import { SimPanel, type PanelControl, type RunEnd } from '@/components/sim/sim-panel';
import { sameSettings } from '@/components/sim/model/settings';
import { describeSettingsChange } from '@/lib/claims/describe';
import { metricOf } from '@/lib/claims/metrics';
import { isRight, outcomeOf, runToEndInSlices, settingsFor } from '@/lib/claims/run';
import type { ExperimentSpec } from '@/lib/claims/spec';
import type { StoredOutcome } from './experiment-result';

interface Props {
  spec: ExperimentSpec;
  prediction: string | undefined;
  decided: boolean;
  onOutcome: (outcome: StoredOutcome) => void;
}

export function ExperimentRun({ spec, prediction, decided, onOutcome }: Props) {
  const control = useRef<PanelControl>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState('');
  const change = describeSettingsChange(spec.change);
  const m = metricOf(spec.metric);

  const onRunEnd = async ({ settings, view, mixed }: RunEnd) => {
    if (prediction === undefined || decided) return;
    const base = settingsFor(spec, undefined, settings.seed);
    if (!mixed && sameSettings(settings, base)) {
      return setNote(`That run had the preset's own settings: ${m.label} ${m.format(m.read(view))}. That is your "before". Now press Run it, or set ${change} and press Play.`);
    }
    if (mixed || !sameSettings(settings, settingsFor(spec, spec.change, settings.seed))) {
      return setNote(
        mixed
          ? `Settings changed while that run played, so it mixes two set-ups. Press Run it to play ${change} from the start.`
          : `That run is not the experiment's: it changed other settings than ${change}. Press Run it to apply exactly that change.`,
      );
    }
    setNote('Comparing with the preset’s own run…');
    const before = await runToEndInSlices(base);
    const o = outcomeOf(spec, before, view);
    setNote('');
    onOutcome({ correct: isRight(spec, o, prediction), answer: o.answer, before: o.before, after: o.after });
  };

  return (
    <div className="mt-4">
      {prediction !== undefined && !decided && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-accent-soft p-3 text-sm">
          <p className="min-w-0 flex-1">
            Now run it: <strong>Run it</strong> sets {change} and plays the run from the start. You can also set it yourself below and press Play.
          </p>
          <button
            type="button"
            className="inline-flex h-11 items-center justify-center rounded-lg bg-accent px-5 font-semibold text-accent-fg shadow-sm hover:bg-accent-hover"
            onClick={() => {
              setNote('');
              control.current?.runWith((current) => settingsFor(spec, spec.change, current.seed));
              // The learner should see it happen, and a panel off screen pauses its run.
              const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
              panel.current?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
            }}
          >
            Run it
          </button>
        </div>
      )}
      <p role="status" className="mt-2 text-sm empty:hidden">
        {note}
      </p>
      <div ref={panel}>
        <SimPanel kind={spec.widget} preset={spec.preset} controlRef={control} onRunEnd={onRunEnd} />
      </div>
    </div>
  );
}
