'use client';

import type { ReactNode } from 'react';
import { formatClock } from '../../../lib/format';
import { SelectField } from './knob-slider';
import type { Status } from '../hooks/use-simulation';

export const buttonClass =
  'inline-flex h-9 items-center gap-1.5 rounded-md border border-line bg-bg px-3 text-sm font-medium text-fg hover:bg-bg-soft disabled:cursor-not-allowed disabled:opacity-60';
export const primaryButtonClass =
  'inline-flex h-9 min-w-[5.5rem] items-center justify-center gap-1.5 rounded-md bg-accent px-3 text-sm font-semibold text-accent-fg hover:bg-accent-hover';

/** Simulated seconds per second a learner can choose. */
export const speeds = [1, 10, 30, 60, 300, 600, 1800, 3600] as const;
const speedOptions = speeds.map((s) => ({ value: String(s), label: `${s.toLocaleString('en-US')}×` }));

export interface TransportProps {
  status: Status;
  time: number;
  duration: number;
  speed: number;
  onSpeed: (speed: number) => void;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  onNewTraffic: () => void;
  /** Extra controls at the end of the row (the preset select, a link). */
  children?: ReactNode;
}

/** Play/Pause, Step, Reset, New traffic and Speed: the same row on every panel. */
export function Transport(p: TransportProps) {
  const playing = p.status === 'playing';
  return (
    <div className="flex flex-wrap items-end gap-2">
      {playing ? (
        <button type="button" className={primaryButtonClass} onClick={p.onPause}>
          <span aria-hidden="true">❚❚</span>
          Pause
        </button>
      ) : (
        <button type="button" className={primaryButtonClass} onClick={p.onPlay}>
          <span aria-hidden="true">▶</span>
          Play
        </button>
      )}
      <button type="button" className={buttonClass} onClick={p.onStep} disabled={p.status === 'ended'}>
        Step
      </button>
      <button type="button" className={buttonClass} onClick={p.onReset}>
        Reset
      </button>
      <button type="button" className={buttonClass} onClick={p.onNewTraffic}>
        New traffic
      </button>
      <SelectField label="Speed" value={String(p.speed)} options={speedOptions} onChange={(v) => p.onSpeed(Number(v))} />
      {p.children}
      <p className="ml-auto self-center text-sm tabular-nums text-muted">
        <span className="sr-only">Simulated time </span>
        {formatClock(p.time)} / {formatClock(p.duration)}
        {p.status === 'ended' ? ' · ended' : ''}
      </p>
    </div>
  );
}
