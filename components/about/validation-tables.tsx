import results from '@/simulations/validation/results.json';
import type { Report } from '@/simulations/validation/tables';
import { ScrollTable, td, th } from './scroll-table';

const report = results as Report;
const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)} %`;
const num = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

/** The statistical tables exactly as `npm run validate` last wrote them. */
export function ValidationTables() {
  return (
    <>
      {report.tables.map((t) => (
        <section key={t.id} className="mt-8">
          <h3 id={`table-${t.id}`} className="text-xl font-semibold">
            {t.title}
          </h3>
          <p className="mt-2 text-muted">Reference: {t.reference}</p>
          <ScrollTable label={t.title}>
            <thead>
              <tr>
                <th scope="col" className={th}>Case</th>
                <th scope="col" className={th}>Model</th>
                <th scope="col" className={th}>Reference</th>
                <th scope="col" className={th}>Difference</th>
                <th scope="col" className={th}>Allowed</th>
                <th scope="col" className={th}>Result</th>
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r) => (
                <tr key={`${r.name} ${r.inputs}`}>
                  <th scope="row" className={`${td} min-w-56 font-normal`}>
                    <span className="font-medium">{r.name}</span>
                    <span className="block text-xs text-muted">{r.inputs}</span>
                  </th>
                  <td className={`${td} tabular-nums`}>{num.format(r.model)}</td>
                  <td className={`${td} tabular-nums`}>{num.format(r.reference)}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>{pct(r.model / r.reference - 1)}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>± {(r.tolerance * 100).toFixed(0)} %</td>
                  <td className={td}>{r.pass ? 'Within' : <strong className="text-[var(--bad)]">Outside</strong>}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      ))}
    </>
  );
}
