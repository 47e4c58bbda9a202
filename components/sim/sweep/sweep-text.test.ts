import { describe, expect, it } from 'vitest';
import { aggregate, type Outcome } from '../../../simulations/sweep';
import { bandCell, sweepSummary, trend } from './sweep-text';

const o = (cold: number, p99: number): Outcome => ({ coldStarts: cold, p99, cost: 1, rejected: 0, alwaysOn: 12, idle: 3 });
const setting = { label: 'Keep-alive', unit: 's', factor: 1 };

describe('sweep text', () => {
  it('says which way each outcome moves across the range', () => {
    const points = [aggregate(60, [o(2, 400)]), aggregate(1, [o(60, 1500)])];
    expect(sweepSummary(setting, points, ['coldStarts', 'p99', 'rejected'], 1)).toBe(
      'As Keep-alive goes from 1 s to 60 s (2 values, median of 1 seed each): Cold starts falls from 60% to 2%; p99 response time falls from 1.5 s to 400 ms; Rejected stays at 0%.',
    );
    expect(trend('cost', 1, 2)).toBe('rises from $1.00 to $2.00');
  });

  it('shows the spread across seeds only when there is one', () => {
    expect(bandCell('coldStarts', aggregate(1, [o(10, 1), o(20, 1), o(30, 1)]))).toBe('20% (10% to 30%)');
    expect(bandCell('rejected', aggregate(1, [o(10, 1), o(20, 1)]))).toBe('0%');
  });

  it('waits for two points before describing a trend', () => {
    expect(sweepSummary(setting, [aggregate(1, [o(1, 1)])], ['p99'], 3)).toBe('No sweep results yet.');
  });
});
