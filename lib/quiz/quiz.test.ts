import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadOutline } from '../content/load';
import { checkQuiz, checkQuizzes, challengeProblems, loadQuizView } from './check';
import { validateQuiz } from './load';
import type { ChallengeQuestion } from './schema';

const file = 'content/quizzes/what-serverless-is.json';
const why = 'Because the lesson says so, in these words.';

/** A valid quiz of eight questions, one of each kind and more; each test breaks one thing. */
function validQuiz() {
  const option = (id: string, correct: boolean, text = `Option ${id} of similar length`) => ({ id, text, correct, explanation: why });
  const lesson = 'what-serverless-is/what-is-serverless-computing#servers-still-exist';
  return {
    module: 'what-serverless-is',
    questions: [
      { id: 'one', type: 'single', prompt: 'Pick one', lesson, options: [option('a', true), option('b', false), option('c', false)] },
      { id: 'two', type: 'multiple', prompt: 'Pick some', lesson, options: [option('a', true), option('b', true), option('c', false)] },
      { id: 'three', type: 'true-false', prompt: 'True?', lesson, answer: true, explanations: { true: why, false: why } },
      { id: 'four', type: 'numeric', prompt: 'How many?', lesson, answer: 50, tolerance: 1, unit: 'instances', explanation: why },
      {
        id: 'five',
        type: 'ordering',
        prompt: 'Order',
        lesson,
        items: ['init', 'invoke', 'shutdown'].map((id) => ({ id, text: id, explanation: why })),
        explanation: why,
      },
      { id: 'six', type: 'single', prompt: 'Pick one', lesson, options: [option('a', false), option('b', true)] },
      { id: 'seven', type: 'true-false', prompt: 'False?', lesson, answer: false, explanations: { true: why, false: why } },
      { id: 'eight', type: 'multiple', prompt: 'Pick some', lesson, options: [option('a', true), option('b', false)] },
    ] as Record<string, unknown>[],
  };
}

function messages(data: unknown): string[] {
  return validateQuiz(data, file, 'what-serverless-is').problems.map((p) => p.message);
}

function question(data: ReturnType<typeof validQuiz>, id: string) {
  const q = data.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q as Record<string, unknown> & { options: { correct: boolean; text: string }[] };
}

describe('quiz files: each rule fails naming the file and the question', () => {
  it('accepts a valid quiz', () => {
    expect(messages(validQuiz())).toEqual([]);
  });

  it('rejects a single-choice question without exactly one correct option', () => {
    const none = validQuiz();
    question(none, 'one').options[0]!.correct = false;
    expect(messages(none)).toEqual([`${file}: question "one": single choice needs exactly one correct option; found 0`]);
    const two = validQuiz();
    question(two, 'one').options[1]!.correct = true;
    expect(messages(two)).toEqual([`${file}: question "one": single choice needs exactly one correct option; found 2`]);
  });

  it('rejects a multiple-choice question with no correct option', () => {
    const data = validQuiz();
    for (const o of question(data, 'two').options) o.correct = false;
    expect(messages(data)).toEqual([`${file}: question "two": multiple choice needs at least one correct option; found none`]);
  });

  it('rejects an option without an explanation, naming the field', () => {
    const data = validQuiz();
    delete (question(data, 'one').options[2] as { explanation?: string }).explanation;
    expect(messages(data)[0]).toMatch(/^content\/quizzes\/what-serverless-is\.json: question "one": options\.2\.explanation: /);
  });

  it('rejects "all of the above", a give-away by length, and a repeated id', () => {
    const data = validQuiz();
    question(data, 'one').options[2]!.text = 'All of the above';
    question(data, 'six').options[1]!.text = 'The right answer, which goes on and on far longer than the one distractor here does';
    data.questions[7]!.id = 'one';
    const found = messages(data);
    expect(found).toContainEqual(expect.stringMatching(/question "one": option "c": no "all\/none of the above"/));
    expect(found).toContainEqual(expect.stringMatching(/question "six": option "b": the right answer is much longer/));
    expect(found).toContainEqual(`${file}: question "one": this id is used by an earlier question`);
  });

  it('rejects an unknown type and too few questions', () => {
    const data = validQuiz();
    data.questions[0]!.type = 'essay';
    expect(messages(data)[0]).toMatch(/question "one": type: /);
    const short = validQuiz();
    short.questions.pop();
    expect(messages(short)).toEqual([`${file}: questions: 7 questions; a module quiz has 8 to 12`]);
  });

  it('rejects a link to a section that does not exist, naming the question', async () => {
    const data = validQuiz();
    data.questions[2]!.lesson = 'what-serverless-is/what-is-serverless-computing#no-such-heading';
    data.questions[3]!.lesson = 'what-serverless-is/no-such-lesson';
    const { quiz } = validateQuiz(data, file, 'what-serverless-is');
    const found = (await checkQuiz(quiz!)).map((p) => p.message);
    expect(found).toEqual([
      expect.stringMatching(/^content\/quizzes\/what-serverless-is\.json: question "three": lesson: lesson "what-serverless-is\/what-is-serverless-computing" has no section with id "no-such-heading"/),
      `${file}: question "four": lesson: lesson "what-serverless-is/no-such-lesson" is not in the course outline`,
    ]);
  });
});

describe('challenges are checked by running the engine', () => {
  const base: ChallengeQuestion = {
    id: 'throttle',
    type: 'challenge',
    prompt: 'Stop the throttling',
    lesson: 'scaling-seen-live/autoscaling#throttling-and-http-429',
    scenario: { preset: 'aws-lambda', seed: 5, duration: 120, warmup: 20, sampleInterval: 20, traffic: { rate: 100 }, function: { service: { mean: 0.5 } } },
    knobs: [{ path: 'platform.maxConcurrency', label: 'Max concurrency', unit: '', factor: 1, stops: [20, 50, 100], start: 20, reference: 100 }],
    goals: [{ metric: 'rejectionPercent', below: 1 }],
    explanation: why,
  };

  it('accepts a fair challenge', () => {
    expect(challengeProblems(base)).toEqual([]);
  });

  it('rejects a reference solution that misses its goal', () => {
    const q = { ...base, knobs: [{ ...base.knobs[0]!, reference: 50 }] };
    expect(challengeProblems(q)).toEqual([expect.stringMatching(/^the reference solution does not meet its goals: Throttled requests \d+(\.\d+)? % \(goal under 1 %, not met\)/)]);
  });

  it('rejects starting settings that already meet the goal', () => {
    const q = { ...base, knobs: [{ ...base.knobs[0]!, start: 100, reference: 20 }] };
    const found = challengeProblems(q);
    expect(found).toContainEqual(expect.stringMatching(/^the starting settings already meet the goals/));
  });

  it('rejects a scenario the engine refuses, and one without a seed', () => {
    expect(challengeProblems({ ...base, scenario: { ...base.scenario, traffic: { rate: -1 } } })).toEqual([
      expect.stringMatching(/^scenario: the engine rejects it: traffic\.rate: /),
    ]);
    const { seed: _seed, ...unseeded } = base.scenario;
    void _seed;
    expect(challengeProblems({ ...base, scenario: unseeded })).toEqual(['scenario.seed: a challenge runs on a fixed seed; give one']);
  });
});

describe('the course quizzes', () => {
  it('all pass the check, with 8 to 12 questions each and at least two challenges in all', async () => {
    expect(await checkQuizzes()).toEqual([]);
    let challenges = 0;
    for (const mod of loadOutline().modules.filter((m) => m.quiz)) {
      const view = await loadQuizView(mod.id);
      expect(view.questions.length).toBeGreaterThanOrEqual(8);
      expect(view.questions.length).toBeLessThanOrEqual(12);
      challenges += view.questions.filter((q) => q.type === 'challenge').length;
      for (const q of view.questions) expect(q.link.href).toMatch(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
    }
    expect(challenges).toBeGreaterThanOrEqual(2);
  });
});

describe('a broken quiz fails the content check and the quiz page build, naming file and question', () => {
  const root = process.cwd();
  const tsx = path.join(root, 'node_modules/.bin/tsx');

  /** A copy of content/ with one question broken: two right answers to a single-choice question. */
  function brokenCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-quiz-'));
    fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    const file = path.join(dir, 'content/quizzes/python-toolbox.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { questions: { id: string; options?: { correct: boolean }[] }[] };
    const q = data.questions.find((x) => x.id === 'handler-post');
    for (const o of q?.options ?? []) o.correct = true;
    fs.writeFileSync(file, JSON.stringify(data));
    return dir;
  }
  const expected = 'content/quizzes/python-toolbox.json: question "handler-post": single choice needs exactly one correct option; found 4';

  it('npm run check:content', () => {
    const dir = brokenCopy();
    // The project's tsconfig: the check renders lessons with components that import through @/.
    const run = spawnSync(tsx, ['--tsconfig', path.join(root, 'tsconfig.json'), path.join(root, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(expected);
  });

  it('the loader the quiz page builds with', () => {
    const dir = brokenCopy();
    const script = path.join(dir, 'load.mts');
    fs.writeFileSync(script, `import { loadQuizView } from ${JSON.stringify(path.join(root, 'lib/quiz/check.ts'))};\nawait loadQuizView('python-toolbox');\n`);
    const run = spawnSync(tsx, [script], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(expected);
  });
});
