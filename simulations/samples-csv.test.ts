import { describe, expect, it } from 'vitest';
import { createRun, parseScenario, samplesCsv, samplesCsvHeader, sampleUnits, type Sample } from './index';

describe('samples as CSV', () => {
  const samples: Sample[] = [];
  const run = createRun(parseScenario({ seed: 3, duration: 120, sampleInterval: 10, traffic: { rate: 4 } }), { onSample: (s) => samples.push(s) });
  run.advanceTo(120);

  it('names every column with its unit, in a header that needs no quoting', () => {
    const header = samplesCsvHeader.split(',');
    expect(header).toHaveLength(Object.keys(samples[0] as Sample).length);
    expect(header[0]).toBe('t (s)');
    expect(header).toContain('p99 (s)');
    expect(header).toContain('cost (USD so far)');
    for (const h of header) expect(h).toMatch(/^[A-Za-z0-9]+ \([^,"()]+\)$/);
    expect(Object.keys(sampleUnits).sort()).toEqual(Object.keys(samples[0] as Sample).sort());
  });

  it('writes one line per sample whose numbers read back exactly', () => {
    const lines = samplesCsv(samples).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 12);
    const keys = (lines[0] as string).split(',').map((h) => h.slice(0, h.indexOf(' ')));
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',').map(Number);
      expect(cells.every(Number.isFinite)).toBe(true);
      const back = Object.fromEntries(keys.map((k, j) => [k, cells[j]]));
      expect(back).toEqual(samples[i]);
    });
  });

  it('is a header alone when there are no samples yet', () => {
    expect(samplesCsv([])).toBe(`${samplesCsvHeader}\n`);
  });
});
