'use client';

import { useId, useState } from 'react';
import type { Row } from '../charts/chart-rows';
import { formatClock, formatMoney, formatNumber } from '../../../lib/format';
import { buttonClass } from './transport';
import { usePrinting } from '../hooks/use-printing';

const columns: { label: string; cell: (r: Row) => string }[] = [
  { label: 'Time', cell: (r) => formatClock(r.t) },
  { label: 'Requests/s', cell: (r) => formatNumber(r.rate) },
  { label: 'Throttled/s', cell: (r) => formatNumber(r.throttled) },
  { label: 'Busy', cell: (r) => formatNumber(r.busy) },
  { label: 'Starting', cell: (r) => formatNumber(r.starting) },
  { label: 'Idle', cell: (r) => formatNumber(r.idle) },
  { label: 'Cold starts', cell: (r) => formatNumber(r.coldStarts) },
  { label: 'p50 ms', cell: (r) => (r.p50 === null ? '—' : formatNumber(r.p50)) },
  { label: 'p99 ms', cell: (r) => (r.p99 === null ? '—' : formatNumber(r.p99)) },
  { label: 'Cost so far', cell: (r) => formatMoney(r.cost) },
];

/** "Show data": the numbers behind the charts, the most recent samples last. */
export function DataTable({ rows, interval, name, limit = 12 }: { rows: readonly Row[]; interval: number; name: string; limit?: number }) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  // On paper the table stands in for the charts, so it prints whether or not it was opened.
  const shown = open || printing;
  const id = useId();
  const recent = rows.slice(-limit);
  return (
    <div data-sim-table="" className="flex flex-col gap-2">
      <div>
        <button type="button" className={buttonClass} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          Show data
        </button>
      </div>
      <div id={id} hidden={!shown}>
        {shown && (
          // A scrolling region must be reachable by keyboard so it can be scrolled (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={`Recent samples: ${name}`}>
            <table className="w-full text-right text-xs tabular-nums">
              <caption className="px-3 py-2 text-left text-xs text-muted">
                The {recent.length} most recent samples, one every {formatNumber(interval)} s of simulated time.
              </caption>
              <thead className="bg-bg-soft">
                <tr>
                  {columns.map((c) => (
                    <th key={c.label} scope="col" className="whitespace-nowrap px-2 py-1.5 font-semibold">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {recent.length === 0 && (
                  <tr>
                    <td colSpan={columns.length} className="px-2 py-2 text-center text-muted">
                      No samples yet: press Play.
                    </td>
                  </tr>
                )}
                {recent.map((r) => (
                  <tr key={r.t} className="border-t border-line">
                    {columns.map((c) => (
                      <td key={c.label} className="whitespace-nowrap px-2 py-1">
                        {c.cell(r)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
