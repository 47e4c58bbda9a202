'use client';

/**
 * The playground's transport. Play/Pause, speed and the clock come first and form the bar that
 * stays on screen: from 1024 px the whole row sticks under the site header, above the settings
 * and the results side by side; on a phone only that compact first group sticks, so the results
 * can be scrolled with Play/Pause in reach, and the rarer actions scroll away with the page.
 */
import { useId, type ReactNode, type Ref } from 'react';
import { formatClock } from '../../../lib/format';
import { buttonClass, primaryButtonClass, speeds, type TransportProps } from '../controls/transport';

// The panel row's props, plus what the playground's sticky bar adds.
interface Props extends Omit<TransportProps, 'children'> {
  ref: Ref<HTMLDivElement>;
  /** Copy link, the compare switch: after the run's own buttons. */
  children?: ReactNode;
  /** The "Link copied" line under the row. */
  message?: ReactNode;
}

export function TransportBar({ ref, ...p }: Props) {
  const speedId = useId();
  const playing = p.status === 'playing';
  return (
    <div
      ref={ref}
      data-transport-bar
      // `contents` below lg: the compact group must be a child of the whole playground to stick
      // while the results scroll by; inside a box of its own height it could not stick at all.
      className="contents lg:sticky lg:top-16 lg:z-20 lg:-mx-6 lg:flex lg:flex-col lg:gap-1 lg:border-b lg:border-line lg:bg-bg/95 lg:px-6 lg:py-3 lg:backdrop-blur print:hidden"
    >
      <div className="contents lg:flex lg:flex-wrap lg:items-center lg:gap-x-5 lg:gap-y-2">
        <div
          data-transport-compact
          className="sticky top-0 z-20 -mx-4 flex items-center gap-2 border-b border-line bg-bg/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 md:top-16 lg:static lg:mx-0 lg:border-0 lg:bg-transparent lg:p-0 lg:backdrop-blur-none"
        >
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
          <div className="flex items-center gap-1.5">
            <label htmlFor={speedId} className="text-xs font-medium text-muted">
              Speed
            </label>
            <select
              id={speedId}
              value={String(p.speed)}
              onChange={(e) => p.onSpeed(Number(e.target.value))}
              className="h-9 rounded-md border border-line bg-bg px-2 text-sm text-fg"
            >
              {speeds.map((s) => (
                <option key={s} value={String(s)}>
                  {`${s.toLocaleString('en-US')}×`}
                </option>
              ))}
            </select>
          </div>
          <p className="ml-auto text-right text-xs tabular-nums text-muted sm:text-sm lg:ml-0 lg:text-left">
            <span className="sr-only">Simulated time </span>
            <span className="whitespace-nowrap">
              {formatClock(p.time)} / {formatClock(p.duration)}
            </span>
            {/* On a phone "ended" takes a line of its own rather than push the bar to two rows. */}
            {p.status === 'ended' ? <span className="max-sm:block"> · ended</span> : ''}
          </p>
        </div>
        <div className="mt-[-0.75rem] flex flex-wrap items-center gap-2 lg:mt-0">
          <button type="button" className={buttonClass} onClick={p.onStep} disabled={p.status === 'ended'}>
            Step
          </button>
          <button type="button" className={buttonClass} onClick={p.onReset}>
            Reset
          </button>
          <button type="button" className={buttonClass} onClick={p.onNewTraffic}>
            New traffic
          </button>
          {p.children}
        </div>
      </div>
      {p.message}
    </div>
  );
}
