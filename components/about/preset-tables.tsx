import { presetValue, showValue } from './format';
import { presetSources, type Basis } from './preset-sources';
import { ScrollTable, td, th } from './scroll-table';

const basisText: Record<Basis, string> = { documented: 'Documented', measured: 'Measured', assumption: 'Assumption' };

export function PresetTables() {
  return (
    <>
      {presetSources.map((p) => (
        <section key={p.preset} className="mt-8">
          <h3 id={`preset-${p.preset}`} className="text-xl font-semibold">
            {p.title}
          </h3>
          <p className="mt-2 text-muted">{p.summary}</p>
          <ScrollTable label={`${p.title}: figures and sources`}>
            <thead>
              <tr>
                <th scope="col" className={th}>Figure</th>
                <th scope="col" className={th}>Value</th>
                <th scope="col" className={th}>Basis</th>
                <th scope="col" className={th}>Source and date</th>
              </tr>
            </thead>
            <tbody>
              {p.figures.map((f) => (
                <tr key={f.path}>
                  <th scope="row" className={`${td} font-medium`}>{f.label}</th>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>{showValue(presetValue(p.preset, f.path), f.unit)}</td>
                  <td className={td}>{basisText[f.basis]}</td>
                  <td className={`${td} min-w-64`}>{f.source}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      ))}
    </>
  );
}
