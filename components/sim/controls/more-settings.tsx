'use client';

import { useId, useState } from 'react';
import { clampKnob, type Knob, type KnobId, type MoreKnobId } from '../model/knobs';
import type { KnobValues, PatternId } from '../model/settings';

/** Which shape knobs belong to which traffic pattern; the others are hidden while irrelevant. */
const shapeOf: Partial<Record<MoreKnobId, PatternId>> = {
  spikePeriod: 'spike',
  spikeWidth: 'spike',
  spikeBase: 'spike',
  diurnalPeriod: 'diurnal',
  diurnalAmplitude: 'diurnal',
  onDuration: 'onoff',
  offDuration: 'onoff',
  rampFrom: 'ramp',
  rampTo: 'ramp',
};

function NumberField({ knob, value, onChange }: { knob: Knob; value: number; onChange: (v: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {knob.label} <span className="font-normal text-muted">({knob.unit})</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={knob.min}
        max={knob.max}
        step="any"
        value={draft ?? String(Number(value.toPrecision(6)))}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n)) onChange(clampKnob(knob, n));
        }}
        onBlur={() => setDraft(null)}
        className="h-9 rounded-md border border-line bg-bg px-2 text-sm tabular-nums"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {knob.hint}
      </p>
    </div>
  );
}

/**
 * The rest of the engine's knobs, folded away: traffic shape, run length, spread, queue, scale-up
 * limit, autoscaler target and prices. Changing one of these starts the run again.
 */
export function MoreSettings({
  ids,
  values,
  knobOf,
  onChange,
  pattern,
}: {
  ids: readonly MoreKnobId[];
  values: KnobValues;
  knobOf: (id: KnobId) => Knob;
  onChange: (id: KnobId, v: number) => void;
  pattern: PatternId;
}) {
  const shown = ids.filter((id) => shapeOf[id] === undefined || shapeOf[id] === pattern);
  // The fields are made once the learner heads for them (focus or pointer on the summary, or the
  // section opening): closed, they cost the playground's first render (its longest task on a
  // phone) for settings most visits never open. Made on focus, they are there before Enter opens it.
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  return (
    <details className="group rounded-lg border border-line" onToggle={(e) => e.currentTarget.open && want()}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium" onFocus={want} onPointerEnter={want}>
        More settings (these restart the run)
      </summary>
      {wanted && (
        <div className="grid gap-3 border-t border-line p-3 @lg:grid-cols-2">
          {shown.map((id) => (
            <NumberField key={id} knob={knobOf(id)} value={values[id]} onChange={(v) => onChange(id, v)} />
          ))}
        </div>
      )}
    </details>
  );
}
