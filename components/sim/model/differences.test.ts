import { describe, expect, it } from 'vitest';
import { differences } from './differences';
import { createSimRun, platformSettings, runView, type RunView } from './sim-run';

const base = platformSettings('aws-lambda', 11);
function ran(values: Partial<typeof base.values>, until = 1800): RunView {
  const r = createSimRun({ ...base, values: { ...base.values, rate: 1, ...values } });
  r.run.advanceTo(until);
  return runView(r);
}
/** A real view with some figures replaced, to pin the wording to exact numbers. */
function tweak(v: RunView, s: { cold?: number; rejected?: number; p99?: number; cost?: number }): RunView {
  const last = v.samples[v.samples.length - 1];
  return {
    ...v,
    summary: {
      ...v.summary,
      coldStartFraction: s.cold ?? v.summary.coldStartFraction,
      rejectionFraction: s.rejected ?? v.summary.rejectionFraction,
      latency: { ...v.summary.latency, p99: s.p99 ?? v.summary.latency.p99 },
    },
    samples: last ? [...v.samples.slice(0, -1), { ...last, cost: s.cost ?? last.cost }] : v.samples,
  };
}

describe('compare mode: B against A', () => {
  const a = ran({ keepAlive: 60 });

  it('says nothing before both runs have requests', () => {
    expect(differences(a, ran({}, 0))).toEqual([]);
    expect(differences(ran({}, 0), a)).toEqual([]);
  });

  it('words each figure in points, time and money, B first', () => {
    const d = differences(tweak(a, { cold: 0.123, rejected: 0, p99: 0.4, cost: 0.02 }), tweak(a, { cold: 0.042, rejected: 0.015, p99: 0.28, cost: 0.03 }));
    expect(d.map((x) => x.text)).toEqual([
      'B has 8.1 points fewer cold starts',
      'B’s p99 latency is 120 ms lower (30%)',
      'B costs $0.0100 more so far (+50%)',
      'B has 1.5 points more requests rejected',
    ]);
    expect(d.map((x) => x.detail)).toEqual(['4.2% against 12%', '280 ms against 400 ms', '$0.0300 against $0.0200', '1.5% against 0%']);
    expect(d.map((x) => x.better)).toEqual(['b', 'b', 'a', 'a']);
  });

  it('calls equal what the readouts show as equal', () => {
    const d = differences(tweak(a, { cold: 0.1, p99: 0.2501 }), tweak(a, { cold: 0.10001, p99: 0.2502 }));
    expect(d[0]?.text).toBe('B has the same share of cold starts as A');
    expect(d[1]?.text).toBe('B’s p99 latency is the same as A’s');
    expect(d[2]?.text).toBe('B costs the same as A so far');
    expect(d.every((x) => x.better === null)).toBe(true);
  });

  it('on real runs, warm instances kept by B mean fewer cold starts by the readouts’ difference', () => {
    const b = ran({ keepAlive: 60, minInstances: 3 });
    const cold = differences(a, b)[0];
    const pts = (a.summary.coldStartFraction - b.summary.coldStartFraction) * 100;
    expect(pts).toBeGreaterThan(0.1);
    expect(cold?.text).toBe(`B has ${Number(pts.toPrecision(2))} points fewer cold starts`);
  });
});
