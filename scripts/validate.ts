/**
 * npm run validate [-- --spread]
 *
 * Rebuilds the model's validation tables (simulations/validation/tables.ts), prints them, and
 * writes simulations/validation/results.json, which the About page shows. Exits 1 when a row
 * drifts past its tolerance or a Knative case disagrees; the file is written either way, so a
 * failure can be read in it and on the page before it is fixed.
 *
 * --spread reruns the statistical tables over ten seeds and prints each row's seed-to-seed
 * spread beside its tolerance; it exits 1 if a tolerance is narrower than three spreads (a row
 * that would fail on noise). It writes nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildReport, type Report } from '../simulations/validation/tables';

const out = path.join(process.cwd(), 'simulations', 'validation', 'results.json');
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

function print(report: Report): boolean {
  let ok = true;
  for (const t of report.tables) {
    process.stdout.write(`\n${t.title}\n`);
    for (const r of t.rows) {
      ok &&= r.pass;
      const diff = r.model / r.reference - 1;
      process.stdout.write(`  ${r.pass ? 'ok  ' : 'FAIL'} ${r.name} [${r.inputs}]: model ${r.model}, reference ${r.reference}, ${diff >= 0 ? '+' : ''}${pct(diff)} (tolerance ±${pct(r.tolerance)})\n`);
    }
  }
  const k = report.knative;
  process.stdout.write(`\nKnative Serving ${k.tag} (${k.commit.slice(0, 12)}): ${k.totals.agree} of ${k.totals.checks} checks agree in ${k.totals.cases} cases; ${k.totals.notModelledChecks} checks in ${k.totals.notModelledEntries} entries not modelled\n`);
  for (const r of k.results) {
    if (r.agree) continue;
    ok = false;
    process.stdout.write(`  FAIL ${r.test}: want ${r.want.join(', ')}, model ${r.got.join(', ')}\n`);
  }
  return ok;
}

function spread(): boolean {
  const runs = Array.from({ length: 10 }, (_, k) => buildReport(undefined, k * 1000));
  let ok = true;
  for (const [ti, t] of (runs[0] as Report).tables.entries()) {
    process.stdout.write(`\n${t.title}\n`);
    for (const [ri, r] of t.rows.entries()) {
      const errs = runs.map((rep) => {
        const x = rep.tables[ti]?.rows[ri];
        return x ? x.model / x.reference - 1 : NaN;
      });
      const mean = errs.reduce((a, b) => a + b, 0) / errs.length;
      const sd = Math.sqrt(errs.reduce((a, b) => a + (b - mean) ** 2, 0) / (errs.length - 1));
      const wide = r.tolerance >= 3 * sd;
      ok &&= wide;
      process.stdout.write(`  ${wide ? 'ok  ' : 'NARROW'} ${r.name} [${r.inputs}]: spread ${pct(sd)}, mean error ${pct(mean)}, tolerance ±${pct(r.tolerance)} = ${(r.tolerance / sd).toFixed(1)} spreads\n`);
    }
  }
  return ok;
}

const started = performance.now();
let ok: boolean;
if (process.argv.includes('--spread')) {
  ok = spread();
} else {
  const report = buildReport();
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  ok = print(report);
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), out)}\n`);
}
process.stdout.write(`${ok ? 'all within tolerance' : 'VALIDATION FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
process.exit(ok ? 0 : 1);
