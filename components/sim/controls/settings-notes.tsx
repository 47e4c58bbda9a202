'use client';

import { heldText, type Held } from '../model/effective';

const noteClass = 'rounded-lg border border-l-4 border-line border-l-[var(--warn)] bg-bg-soft px-3 py-2 text-sm';

/**
 * Values the run uses instead of the ones asked for. A status region: the learner who pushes Min
 * instances past the limit hears why the slider will not follow.
 */
export function HeldNotes({ held }: { held: readonly Held[] }) {
  return (
    // Always rendered, visually hidden while empty: a live region must exist before it speaks.
    <div role="status" className={held.length > 0 ? undefined : 'sr-only'}>
      {held.length > 0 && (
        <ul className={`${noteClass} flex flex-col gap-1`}>
          {held.map((h) => (
            <li key={h.id}>{heldText(h)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Requests arrive 30,000× faster than one instance can serve them" (overload.ts), shown above the
 * results so it is read before them. Not a live region: its figures change with every step of a
 * dragged slider. Takes the text, not the settings, so a memoised results panel is not redrawn
 * while a slider moves and the verdict stays the same.
 */
export function OverloadNote({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className={noteClass} data-overload>
      {text}
    </p>
  );
}
