import results from '@/simulations/validation/results.json';
import { files, notModelled } from '@/simulations/validation/knative-cases';
import type { Report } from '@/simulations/validation/tables';
import { ScrollTable, td, th } from './scroll-table';

const k = (results as Report).knative;
const kindText = { target: 'Aim per pod', decider: 'Pods wanted', creation: 'State at creation', scaler: 'Pods after scaling' } as const;
const short = (file: string) => file.split('/').at(-1) ?? file;

export function KnativeTables() {
  const t = k.totals;
  return (
    <>
      <p className="mt-4">
        Knative Serving’s own unit tests, tag <code>{k.tag}</code> (commit <code>{k.commit.slice(0, 12)}</code>), restated as data: the inputs
        each test gives the autoscaler and the outputs it expects. The model agrees on <strong>{t.agree} of {t.checks}</strong> checks in{' '}
        {t.cases} cases. Another {t.notModelledChecks} checks test features the model does not have; they are listed after the cases with
        what you would see on a real cluster. The tests come from{' '}
        {Object.values(files).map((f, i) => (
          <span key={f}>
            {i > 0 && ', '}
            <a className="text-accent underline underline-offset-4" href={`https://github.com/knative/serving/blob/${k.commit}/${f}`} rel="noopener noreferrer">
              {short(f)}
            </a>
          </span>
        ))}
        .
      </p>
      <details className="mt-4 rounded-lg border border-line px-4 py-3">
        <summary className="cursor-pointer font-medium">All {t.cases} cases, expected and modelled</summary>
        <ScrollTable label="Knative cases: expected and modelled outputs">
          <thead>
            <tr>
              <th scope="col" className={th}>Go test</th>
              <th scope="col" className={th}>What it checks</th>
              <th scope="col" className={th}>Output</th>
              <th scope="col" className={th}>Knative</th>
              <th scope="col" className={th}>Model</th>
            </tr>
          </thead>
          <tbody>
            {k.results.map((r, i) => (
              <tr key={`${r.test}-${i}`}>
                <th scope="row" className={`${td} min-w-56 font-normal`}>
                  <span className="break-words font-mono text-xs">{r.test}</span>
                  <span className="block text-xs text-muted">{short(r.file)}</span>
                </th>
                <td className={`${td} min-w-48`}>{r.what}</td>
                <td className={`${td} whitespace-nowrap`}>{kindText[r.kind]}</td>
                <td className={`${td} tabular-nums`}>{r.want.join(' → ')}</td>
                <td className={`${td} tabular-nums`}>
                  {r.got.join(' → ')}
                  {!r.agree && <strong className="block text-[var(--bad)]">differs</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
      <h3 id="knative-not-modelled" className="mt-8 text-xl font-semibold">
        Knative tests of features the model leaves out
      </h3>
      <ScrollTable label="Knative tests not modelled">
        <thead>
          <tr>
            <th scope="col" className={th}>Go test</th>
            <th scope="col" className={th}>Feature</th>
            <th scope="col" className={th}>Checks</th>
            <th scope="col" className={th}>On a real cluster</th>
          </tr>
        </thead>
        <tbody>
          {notModelled.map((n) => (
            <tr key={n.test}>
              <th scope="row" className={`${td} min-w-48 font-normal`}>
                <span className="break-words font-mono text-xs">{n.test}</span>
                <span className="block text-xs text-muted">{short(n.file)}</span>
              </th>
              <td className={td}>{n.feature}</td>
              <td className={`${td} tabular-nums`}>{n.checks}</td>
              <td className={`${td} min-w-64`}>{n.onCluster}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
