'use client';

import { useId } from 'react';
import type { Difference } from '../model/differences';

/** Compare mode: what B does differently from A, above the two columns of results. */
export function DifferencesReadout({ items }: { items: readonly Difference[] }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-line bg-bg-soft px-4 py-3">
      <h3 id={titleId} className="text-sm font-bold">
        B against A
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">Play or Step: the differences appear once both have had requests.</p>
      ) : (
        <ul data-differences className="mt-1 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {items.map((d) => (
            <li key={d.label}>
              {/* Which side is ahead is said in words too, not by colour alone. */}
              <span className="font-semibold">{d.text}</span>{' '}
              <span className="text-muted">
                ({d.detail}){d.better ? ` · better: ${d.better.toUpperCase()}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
