/**
 * The fast part of `npm run validate`: the tables that take about a second are rebuilt and must
 * equal the committed results.json that the About page shows (runs are seeded, so equal means
 * bit for bit), and every row in the file must be within its tolerance. The slow tables are
 * checked by `npm run validate` itself.
 */
import { describe, expect, it } from 'vitest';
import results from './results.json';
import { buildReport, type Report } from './tables';

const committed = results as Report;

describe('validation tables (results.json)', () => {
  it('the Knative table is current: every case agrees', () => {
    const fresh = buildReport([]).knative;
    expect(committed.knative).toEqual(fresh);
    expect(fresh.totals.agree).toBe(fresh.totals.checks);
  });

  it('the cold-start table is current', () => {
    const fresh = buildReport(['cold-start']).tables[0];
    expect(committed.tables.find((t) => t.id === 'cold-start')).toEqual(fresh);
  });

  it('every committed row is within its tolerance and every table is there', () => {
    expect(committed.tables.map((t) => t.id)).toEqual(['little', 'erlang-b', 'erlang-c', 'cold-start']);
    for (const t of committed.tables) {
      expect(t.rows.length).toBeGreaterThan(0);
      for (const r of t.rows) {
        expect(r.pass, `${t.title}: ${r.name}`).toBe(true);
        expect(Math.abs(r.model / r.reference - 1)).toBeLessThanOrEqual(r.tolerance);
      }
    }
  });
});
