import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkExerciseRuns, runInPython } from './check';
import { loadExercises, loadExercisesFrom } from './load';
import { checkExercisePlacement, exerciseUses } from './usage';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-exercises-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const good = {
  'exercise.json': JSON.stringify({ title: 'Add', prompt: 'Make `add` return the sum of its two arguments.' }),
  'start.py': 'def add(a, b):\n    return 0\n',
  'solution.py': 'def add(a, b):\n    return a + b\n',
  'checks.py': 'check(learner.add(2, 3) == 5, f"add(2, 3) should be 5; yours gave {learner.add(2, 3)}.")\n',
};

let fixtures = 0;
/** A lessons folder with one module, one lesson and the given exercise folders. */
function lessonsWith(folders: Record<string, Record<string, string>>): string {
  const root = path.join(tmp, `lessons-${fixtures++}`);
  for (const [name, files] of Object.entries(folders)) {
    const dir = path.join(root, 'mod', 'lesson.exercises', name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  }
  return root;
}

describe('the exercise loader', () => {
  it('reads a folder into an exercise with its id, files and default time limit', () => {
    const [exercise] = loadExercisesFrom(lessonsWith({ add: good }));
    expect(exercise).toMatchObject({ id: 'lesson/add', moduleId: 'mod', lesson: 'lesson', name: 'add', title: 'Add', timeLimitMs: 5000 });
    expect(exercise?.solution).toContain('return a + b');
  });

  it.each([
    ['a folder name that is not kebab-case', { Add_It: good }, /Add_It: \(folder name\): use lowercase-kebab-case/],
    ['a missing checks.py', { add: { ...good, 'checks.py': undefined } }, /add\/checks\.py: checks\.py: missing/],
    ['an empty start.py', { add: { ...good, 'start.py': '  \n' } }, /add\/start\.py: start\.py: empty/],
    ['exercise.json that is not JSON', { add: { ...good, 'exercise.json': '{"title": "Add",}' } }, /add\/exercise\.json: \(json\): not valid JSON/],
    ['a prompt that is too short', { add: { ...good, 'exercise.json': '{"title": "Add", "prompt": "Do it"}' } }, /add\/exercise\.json: prompt: /],
    ['a field the schema does not know', { add: { ...good, 'exercise.json': '{"title": "Add", "prompt": "Make add return a sum.", "hint": "x"}' } }, /add\/exercise\.json: \(root\): .*hint/],
    ['a time limit under half a second', { add: { ...good, 'exercise.json': '{"title": "Add", "prompt": "Make add return a sum.", "timeLimitMs": 100}' } }, /add\/exercise\.json: timeLimitMs: /],
  ])('fails naming the file and field for %s', (_, folders, message) => {
    const clean = Object.fromEntries(
      Object.entries(folders).map(([name, files]) => [name, Object.fromEntries(Object.entries(files).filter(([, text]) => text !== undefined)) as Record<string, string>]),
    );
    expect(() => loadExercisesFrom(lessonsWith(clean))).toThrow(message);
  });

  it('finds the course exercises: two or more in four lessons, one in virtual-environments', () => {
    const count = new Map<string, number>();
    for (const e of loadExercises()) count.set(e.lesson, (count.get(e.lesson) ?? 0) + 1);
    for (const lesson of ['http-server', 'calling-apis', 'vercel-functions', 'git-push-to-production']) expect(count.get(lesson)).toBeGreaterThanOrEqual(2);
    expect(count.get('virtual-environments')).toBe(1);
  });
});

describe('running exercises through python/runner.py', () => {
  const run = (files: Record<string, string>) => checkExerciseRuns(loadExercisesFrom(lessonsWith({ add: files })));

  it('accepts a solution that passes and a start that fails', () => {
    const result = run(good);
    expect(result.errors).toEqual([]);
    expect(result.runs.map((r) => r.status)).toEqual(['passed', 'failed']);
  });

  it('fails naming solution.py when the solution does not pass its checks, with the check message', () => {
    const { errors } = run({ ...good, 'solution.py': 'def add(a, b):\n    return a - b\n' });
    expect(errors).toEqual([expect.stringMatching(/add\/solution\.py: does not pass its own checks: add\(2, 3\) should be 5; yours gave -1\./)]);
  });

  it('fails naming start.py when the starting code already passes', () => {
    const { errors } = run({ ...good, 'start.py': good['solution.py'] });
    expect(errors).toEqual([expect.stringMatching(/add\/start\.py: passes its checks/)]);
  });

  it('fails when the starting code raises instead of failing its checks', () => {
    const { errors } = run({ ...good, 'start.py': 'def add(a, b)\n    return 0\n' });
    expect(errors).toEqual([expect.stringMatching(/add\/start\.py: raises before the checks run .*SyntaxError/)]);
  });

  it('stops a start that never ends at its time limit and says so', () => {
    const limited = { ...good, 'exercise.json': JSON.stringify({ title: 'Add', prompt: 'Make `add` return the sum of its two arguments.', timeLimitMs: 500 }) };
    const { errors, runs } = run({ ...limited, 'start.py': 'while True:\n    pass\n' });
    expect(errors).toEqual([expect.stringMatching(/add\/start\.py: ran past its time limit/)]);
    expect(runs[1]?.ms).toBeLessThan(3000);
  });

  it('tells a learner in plain words what the course starting code gets wrong', () => {
    const byId = new Map(loadExercises().map((e) => [e.id, e]));
    const specs = [
      ['http-server/health-check', (e: { start: string }) => e.start],
      ['http-server/health-check', (e: { solution: string }) => e.solution.replace('class Handler', 'class Handlr').replace('get(Handler', 'get(Handlr')],
      ['calling-apis/retry-politely', (e: { start: string }) => e.start],
    ] as const;
    const runs = runInPython(
      specs.map(([id, code], i) => {
        const e = byId.get(id);
        if (!e) throw new Error(`no exercise ${id}`);
        return { key: String(i), code: code(e), checks: e.checks, timeLimitMs: e.timeLimitMs };
      }),
    );
    expect(runs[0]?.failures[0]).toBe('GET /health should answer 200; yours answered 404 Not Found.');
    expect(runs[1]?.failures).toEqual(['Keep the class named Handler: the checks send their requests to it.']);
    expect(runs[2]?.failures).toContain('After a 429 with Retry-After: 3, wait between 3 and 4 s (the server\'s 3, plus up to 1 of jitter); yours waited [1.00 s].');
  });

  // Debian splits venv out of its python3 package; without it there is nothing to test here.
  const hasVenv = spawnSync('python3', ['-c', 'import venv'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasVenv)('runs in the base interpreter when python3 is a virtual environment', () => {
    // predict-prefix's solution says "not in a venv", true of the browser's Python: the check
    // must not fail just because the build machine's python3 is a venv.
    const venv = path.join(tmp, 'venv');
    const made = spawnSync('python3', ['-m', 'venv', '--without-pip', venv], { encoding: 'utf8', timeout: 60_000 });
    expect(made.status, `python3 -m venv --without-pip: ${made.stderr}`).toBe(0);
    const predict = loadExercises().filter((e) => e.name === 'predict-prefix');
    expect(predict).toHaveLength(1);
    expect(checkExerciseRuns(predict, path.join(venv, 'bin', 'python')).errors).toEqual([]);
  });

  it('passes every course solution and fails every course start', () => {
    const result = checkExerciseRuns(loadExercises());
    expect(result.errors).toEqual([]);
    expect(result.runs.length).toBe(2 * loadExercises().length);
  });
});

describe('placing exercises in lessons', () => {
  const frontmatter = '---\ntitle: A lesson\nsummary: A lesson used as a fixture for the placement check.\nobjectives:\n  - Place exercises\nupdated: 2026-11-28\n---\n';

  it('reads names and file lines, skipping code and comments', () => {
    const body = 'Intro\n\n<PythonExercise name="a" />\n\n```mdx\n<PythonExercise name="b" />\n```\n\n{/* <PythonExercise name="c" /> */}\n<PythonExercise\n  name=\'d\'\n/>\n<PythonExercise name={x} />\n';
    const { uses, errors } = exerciseUses(body, 'x.mdx', 8);
    expect(uses).toEqual([
      { name: 'a', line: 10 },
      { name: 'd', line: 17 },
    ]);
    expect(errors).toEqual([expect.stringMatching(/^x\.mdx:20: <PythonExercise> name: needs a plain string/)]);
  });

  it('fails naming the line for an unknown or repeated name, and the folder for one never placed', () => {
    const root = lessonsWith({ add: good, other: good });
    const file = path.join(root, 'mod', 'lesson.mdx');
    fs.writeFileSync(file, `${frontmatter}\nText.\n\n<PythonExercise name="add" />\n\n<PythonExercise name="nope" />\n\n<PythonExercise name="add" />\n`);
    const errors = checkExercisePlacement([{ moduleId: 'mod', slug: 'lesson', file }], loadExercisesFrom(root));
    expect(errors).toEqual([
      `${file}:13: <PythonExercise> name: "nope" is not a folder of ${file.replace(/\.mdx$/, '.exercises/')} (it has: add, other)`,
      `${file}:15: <PythonExercise> name: "add" is already placed at line 11; place each exercise once`,
      expect.stringMatching(/other: not placed in its lesson: add <PythonExercise name="other" \/> to .*lesson\.mdx$/),
    ]);
  });

  it('fails for an exercise folder whose lesson is not in the course', () => {
    const errors = checkExercisePlacement([], loadExercisesFrom(lessonsWith({ add: good })));
    expect(errors).toEqual([expect.stringMatching(/add: no lesson mod\/lesson\.mdx in the course outline/)]);
  });
});

describe('python/course harnesses', () => {
  it('pass their plain-assert tests in python3', () => {
    const run = spawnSync('python3', [path.join(__dirname, 'harness_test.py')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout + run.stderr).not.toMatch(/FAIL/);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^ok /gm)?.length).toBeGreaterThanOrEqual(15);
  });
});
