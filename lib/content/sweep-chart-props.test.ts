import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';
import { parseSweepChart } from './sweep-chart-props';

const good = { widget: 'scale-to-zero', preset: 'sparse-traffic', knob: 'keepAlive', from: 5, to: 1800, outcomes: ['coldStarts', 'idle'] };

describe('<SweepChart> props', () => {
  it('accepts a lesson chart and fills in the defaults', () => {
    expect(parseSweepChart(good)).toEqual({ spec: { ...good, points: 30, seeds: 3, duration: undefined, breakEven: false }, problems: [] });
  });

  it('names every bad prop', () => {
    const { spec, problems } = parseSweepChart({ ...good, preset: 'dense', knob: 'colour', from: '5', outcomes: ['joy'], seeds: 9, extra: 1 });
    expect(spec).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^extra: unknown prop/),
      expect.stringMatching(/^preset: "dense" is not one of sparse-traffic, provisioned/),
      expect.stringMatching(/^knob: "colour" is not one of/),
      'from: must be a number, written {…}',
      'seeds: a whole number from 1 to 5',
      expect.stringMatching(/^outcomes: a list of one or more of/),
    ]);
  });

  it('checks the range against the knob in the unit it shows', () => {
    expect(parseSweepChart({ ...good, to: 9000 }).problems).toEqual(["to: 9000 is outside Keep-alive's range, 0 to 7200 s"]);
    expect(parseSweepChart({ ...good, from: 100, to: 10 }).problems).toEqual(['to: must be greater than from']);
    expect(parseSweepChart({ ...good, breakEven: true }).problems).toEqual(['breakEven: needs both "cost" and "alwaysOn" in outcomes']);
  });

  it('is reported by the compile with its line', async () => {
    const { facts } = await compileLesson('Intro\n\n<SweepChart widget="cost" preset="steady" knob="rate" from={5} to={1} outcomes={["cost"]} />\n', 'x.mdx');
    expect(facts.problems).toEqual([{ field: '<SweepChart>', message: 'to: must be greater than from', line: 3 }]);
  });

  it('fails the content check naming the lesson file and line', () => {
    const root = process.cwd();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-sweep-'));
    fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    const file = path.join(dir, 'content/lessons/scaling-seen-live/scale-to-zero.mdx');
    const text = fs.readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('<SweepChart')) + 1;
    expect(line).toBeGreaterThan(0);
    fs.writeFileSync(file, text.replace('knob="keepAlive"', 'knob="keepalive"'));
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--tsconfig', path.join(root, 'tsconfig.json'), path.join(root, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`content/lessons/scaling-seen-live/scale-to-zero.mdx: <SweepChart>: knob: "keepalive" is not one of`);
    expect(run.stderr).toContain(`(line ${line})`);
  }, 120_000);
});
