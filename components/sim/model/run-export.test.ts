import { describe, expect, it } from 'vitest';
import { createRun, parseScenario } from '../../../simulations';
import { createSimRun, platformSettings, settingsChanges, type SimRun } from './sim-run';
import { exportName, runCsv, scenarioJson, setMidRun } from './run-export';
import type { SimSettings } from './settings';

const start: SimSettings = (() => {
  const s = platformSettings('aws-lambda', 4242);
  return { ...s, pattern: 'spike', values: { ...s.values, rate: 2, duration: 1800 } };
})();

/** Plays a run as the page does: frame-sized steps, a slider moved twice on the way. */
function played(): SimRun {
  const r = createSimRun(start);
  let settings = start;
  const moves: [number, Partial<SimSettings['values']>][] = [
    [317.25, { keepAlive: 5 }],
    [901.5, { keepAlive: 120, memoryMB: 1024 }],
  ];
  for (let t = 0; t < r.duration; t += 1.7) {
    r.run.advanceTo(t);
    const move = moves[0];
    if (move && t >= move[0]) {
      moves.shift();
      const next = { ...settings, values: { ...settings.values, ...move[1] } };
      const changes = settingsChanges(settings, next);
      if (changes === 'restart') throw new Error('expected a mid-run change');
      setMidRun(r, changes);
      settings = next;
    }
  }
  r.run.advanceTo(r.duration);
  return r;
}

describe('taking a run away', () => {
  it('the scenario file parses as the engine input and, through a fresh run, gives the same summary and samples', () => {
    const r = played();
    expect(r.changes).toHaveLength(2);
    const file = scenarioJson(r);
    const scenario = parseScenario(JSON.parse(file));
    expect(scenario.seed).toBe(4242);
    expect(scenario.changes.map((c) => Object.keys(c.set))).toEqual([['platform.keepAlive'], ['function.memoryMB', 'platform.keepAlive']]);
    const again = createRun(scenario);
    again.advanceTo(scenario.duration);
    expect(again.summary()).toEqual(r.run.summary());
    expect(again.samples()).toEqual(r.run.samples());
  });

  it('without the changes the file would describe another run (the test can tell them apart)', () => {
    const r = played();
    const input = JSON.parse(scenarioJson(r));
    delete input.changes;
    const without = createRun(parseScenario(input));
    without.advanceTo(r.duration);
    expect(without.summary().coldStarts).not.toBe(r.run.summary().coldStarts);
  });

  it('a run nobody touched has no changes field; an unknown field would fail the CLI, so none is written', () => {
    const r = createSimRun(start);
    const input = JSON.parse(scenarioJson(r));
    expect(input.changes).toBeUndefined();
    expect(() => parseScenario(input)).not.toThrow();
  });

  it('the CSV has a line per sample so far, and the names say which run', () => {
    const r = createSimRun(start);
    r.run.advanceTo(600);
    const lines = runCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 600 / r.sampleInterval);
    expect(lines[0]).toMatch(/^t \(s\),/);
    expect(exportName(r, 'json')).toBe('scale-to-zero-aws-lambda-seed-4242.json');
    expect(exportName(r, 'csv', 'b')).toBe('scale-to-zero-aws-lambda-seed-4242-b.csv');
  });
});
