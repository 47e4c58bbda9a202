'use client';

import { memo, useId, useState } from 'react';
import { clampKnob, nearestStop, type Knob, type KnobId } from '../model/knobs';
import { formatNumber } from '../../../lib/format';

/** The value as shown, in the knob's display unit ("250 ms", "1,000 instances"). */
export function knobText(knob: Knob, value: number): string {
  return `${formatNumber(value * knob.factor, 4)} ${knob.unit}`;
}

/**
 * A slider with its label, a number input for an exact value and the unit. The slider moves
 * through round stops (wide ranges, roughly logarithmic); the number input takes any value in
 * range. Accessible names: the slider is "<label>", the number input "<label> value".
 */
export const KnobSlider = memo(function KnobSlider({
  id: knobId,
  knob,
  value,
  onKnob,
}: {
  id: KnobId;
  knob: Knob;
  value: number;
  /** Stable across renders, so only the slider that moved re-renders while one is dragged. */
  onKnob: (id: KnobId, value: number) => void;
}) {
  const onChange = (v: number) => onKnob(knobId, v);
  const id = useId();
  // While the learner types, keep their text ("0.", "") rather than snapping it back.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = Number((value * knob.factor).toPrecision(6));
  const index = nearestStop(knob.stops, value);

  function commit(text: string) {
    setDraft(text);
    if (text.trim() === '') return;
    const n = Number(text);
    if (Number.isFinite(n)) onChange(clampKnob(knob, n / knob.factor));
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-range`} className="text-sm font-medium">
        {knob.label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={knob.stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={knobText(knob, knob.stops[index] ?? value)}
          onChange={(e) => {
            const stop = knob.stops[Number(e.target.value)];
            if (stop !== undefined) onChange(stop);
          }}
          className="h-6 min-w-0 flex-1 cursor-pointer accent-[var(--accent)]"
        />
        <input
          type="number"
          aria-label={`${knob.label} value`}
          inputMode="decimal"
          min={knob.min * knob.factor}
          max={knob.max * knob.factor}
          step="any"
          value={draft ?? String(shown)}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => setDraft(null)}
          className="w-24 rounded-md border border-line bg-bg px-2 py-1 text-right text-sm tabular-nums"
        />
        <span className="w-16 shrink-0 text-xs text-muted">{knob.unit}</span>
      </div>
    </div>
  );
});

export function SelectField({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-9 rounded-md border border-line bg-bg px-2 text-sm text-fg"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
