'use client';

import { formatLatency, formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import type { RunView } from '../model/sim-run';

export interface ReadoutItem {
  label: string;
  value: string;
  /** What the number means, under it in small print. */
  note?: string;
}

/** The panel's headline numbers, as a description list so each value is read with its label. */
export function Readouts({ items, dense = false }: { items: readonly ReadoutItem[]; dense?: boolean }) {
  // Dense: the playground's results column, where every line saved keeps a chart beside the sliders.
  return (
    <dl className={`grid grid-cols-2 gap-2 ${dense ? 'sm:grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))]' : 'sm:grid-cols-[repeat(auto-fit,minmax(7rem,1fr))]'}`}>
      {items.map((r) => (
        <div key={r.label} className={`rounded-lg border border-line bg-bg-soft ${dense ? 'px-2.5 py-1.5' : 'px-3 py-2'}`}>
          <dt className="text-xs font-medium text-muted">{r.label}</dt>
          <dd className={`${dense ? 'text-base leading-snug' : 'text-lg'} font-semibold tabular-nums`} data-readout={r.label}>
            {r.value}
          </dd>
          {r.note && <dd className="text-xs text-muted">{r.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** The four readouts every panel has: cold starts, p99, instances now, cost so far. */
export function coreReadouts(view: RunView): ReadoutItem[] {
  const started = view.time > 0;
  const last = view.samples[view.samples.length - 1];
  const s = view.summary;
  return [
    { label: 'Cold starts', value: started && s.requests > 0 ? formatPercent(s.coldStartFraction) : '—', note: 'of requests' },
    { label: 'p99 latency', value: started && s.served > 0 ? formatLatency(s.latency.p99) : '—', note: '99% took no longer' },
    {
      label: 'Instances',
      value: started && last ? formatNumber(last.instances) : '—',
      // Idle instances waiting out their keep-alive count too; the busy ones follow rate × time.
      note: started && last ? `now; ${formatNumber(last.busy)} busy` : 'running now',
    },
    { label: 'Cost', value: started && last ? formatMoney(last.cost) : '—', note: 'pay-per-use so far' },
  ];
}
