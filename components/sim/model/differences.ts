/**
 * Compare mode's readout of what B does differently from A, in words a learner can repeat:
 * "B has 8.1 points fewer cold starts". Shares are compared in percentage points (a share
 * going from 12% to 4% is 8 points fewer, not "67% fewer", which reads as a share of requests).
 */
import { formatLatency, formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import type { RunView } from './sim-run';

export interface Difference {
  label: string;
  /** The sentence: "B has 8.1 points fewer cold starts". */
  text: string;
  /** A's and B's figures as the readouts show them: "12% against 4.2%" (B first). */
  detail: string;
  /** Which side comes out better on this figure, if either. */
  better: 'a' | 'b' | null;
}

const points = (d: number) => formatNumber(Math.abs(d) * 100, 2);

function share(label: string, a: number, b: number, more: string, fewer: string, same: string): Difference {
  const d = b - a;
  // Below 0.05 points the readouts' own rounding hides the difference too.
  const tiny = Math.abs(d) * 100 < 0.05;
  return {
    label,
    text: tiny ? `B has ${same} as A` : `B has ${points(d)} points ${d < 0 ? fewer : more}`,
    detail: `${formatPercent(b)} against ${formatPercent(a)}`,
    better: tiny ? null : d < 0 ? 'b' : 'a',
  };
}

function lastCost(v: RunView): number {
  return v.samples[v.samples.length - 1]?.cost ?? 0;
}

/** The differences once both runs have served a request; empty before, when there is nothing to say. */
export function differences(a: RunView, b: RunView): Difference[] {
  const sa = a.summary;
  const sb = b.summary;
  if (a.time <= 0 || b.time <= 0 || sa.requests === 0 || sb.requests === 0) return [];
  const out = [
    share('Cold starts', sa.coldStartFraction, sb.coldStartFraction, 'more cold starts', 'fewer cold starts', 'the same share of cold starts'),
  ];
  if (sa.served > 0 && sb.served > 0) {
    const pa = sa.latency.p99;
    const pb = sb.latency.p99;
    // Compared as shown: two p99s that read the same on screen are the same to the learner.
    const same = formatLatency(pa) === formatLatency(pb);
    const ratio = pa > 0 ? Math.abs(pb / pa - 1) : 0;
    out.push({
      label: 'p99 latency',
      text: same ? 'B’s p99 latency is the same as A’s' : `B’s p99 latency is ${formatLatency(Math.abs(pb - pa))} ${pb < pa ? 'lower' : 'higher'}${pa > 0 ? ` (${formatNumber(ratio * 100, 2)}%)` : ''}`,
      detail: `${formatLatency(pb)} against ${formatLatency(pa)}`,
      better: same ? null : pb < pa ? 'b' : 'a',
    });
  }
  const ca = lastCost(a);
  const cb = lastCost(b);
  const sameCost = formatMoney(ca) === formatMoney(cb);
  out.push({
    label: 'Cost',
    text: sameCost ? 'B costs the same as A so far' : `B costs ${formatMoney(Math.abs(cb - ca))} ${cb < ca ? 'less' : 'more'} so far${ca > 0 ? ` (${cb < ca ? '−' : '+'}${formatNumber(Math.abs(cb / ca - 1) * 100, 2)}%)` : ''}`,
    detail: `${formatMoney(cb)} against ${formatMoney(ca)}`,
    better: sameCost ? null : cb < ca ? 'b' : 'a',
  });
  out.push(share('Rejected', sa.rejectionFraction, sb.rejectionFraction, 'more requests rejected', 'fewer requests rejected', 'the same share of requests rejected'));
  return out;
}
