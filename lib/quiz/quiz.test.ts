import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadOutline } from '../content/load';
import { checkQuiz, checkQuizzes, challengeProblems, duplicateStems, loadQuizView } from './check';
import { validateQuiz } from './load';
import { copiedRun, lessonWords, reusedExample, workedExamples } from './originality';
import { questionProblems as ruleProblems } from './rules';
import type { ChallengeQuestion } from './schema';

const file = 'content/quizzes/what-serverless-is.json';
const why = 'Because the lesson says so, in these words.';

/** A valid quiz of ten questions, one of each kind and more; each test breaks one thing. */
function validQuiz() {
  const option = (id: string, correct: boolean, text = `Option ${id} of similar length`) => ({ id, text, correct, explanation: `${why} (${id})` });
  const lesson = 'what-serverless-is/what-is-serverless-computing#servers-still-exist';
  const tf = (claim: string) => ({ true: `True: ${why}`, false: `False: ${why} ${claim}` });
  return {
    module: 'what-serverless-is',
    questions: [
      { id: 'one', type: 'single', tests: 'application', prompt: 'Pick one', lesson, options: [option('a', true), option('b', false), option('c', false)] },
      { id: 'two', type: 'multiple', tests: 'application', prompt: 'Pick some', lesson, options: [option('a', true), option('b', true), option('c', false)] },
      { id: 'three', type: 'true-false', tests: 'understanding', prompt: 'A cold start adds latency.', lesson, answer: true, explanations: tf('three') },
      { id: 'four', type: 'numeric', tests: 'application', prompt: 'How many?', lesson, answer: 50, tolerance: 1, unit: 'instances', explanation: why },
      {
        id: 'five',
        type: 'ordering',
        tests: 'understanding',
        prompt: 'Order',
        lesson,
        items: ['init', 'invoke', 'shutdown'].map((id) => ({ id, text: id, explanation: `${why} (${id})` })),
        explanation: why,
      },
      { id: 'six', type: 'single', tests: 'understanding', prompt: 'Pick the other one', lesson, options: [option('a', false), option('b', true)] },
      { id: 'seven', type: 'true-false', tests: 'understanding', prompt: 'Idle time is billed.', lesson, answer: false, explanations: tf('seven') },
      { id: 'eight', type: 'multiple', tests: 'understanding', prompt: 'Pick some more', lesson, options: [option('a', true), option('b', false)] },
      { id: 'nine', type: 'single', tests: 'understanding', prompt: 'Pick a third', lesson, options: [option('a', false), option('b', true)] },
      { id: 'ten', type: 'numeric', tests: 'understanding', prompt: 'How many more?', lesson, answer: 3, tolerance: 0, unit: '', explanation: why },
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

  it('rejects an unknown type, too few questions and too many', () => {
    const data = validQuiz();
    data.questions[0]!.type = 'essay';
    expect(messages(data)[0]).toMatch(/question "one": type: /);
    const short = validQuiz();
    short.questions.pop();
    expect(messages(short)).toEqual([`${file}: questions: 9 questions; a module quiz has 10 to 14`]);
    const long = validQuiz();
    for (let i = 0; i < 5; i++) long.questions.push({ ...long.questions[5]!, id: `extra-${i}`, prompt: `Extra ${i}` });
    expect(messages(long)).toEqual([`${file}: questions: 15 questions; a module quiz has 10 to 14`]);
  });

  it('rejects a link to a section that does not exist, naming the question', async () => {
    const data = validQuiz();
    data.questions[2]!.lesson = 'what-serverless-is/what-is-serverless-computing#no-such-heading';
    data.questions[3]!.lesson = 'what-serverless-is/no-such-lesson';
    const { quiz } = validateQuiz(data, file, 'what-serverless-is');
    const found = (await checkQuiz(quiz!)).map((p) => p.message).filter((m) => m.includes(': lesson: '));
    expect(found).toEqual([
      expect.stringMatching(/^content\/quizzes\/what-serverless-is\.json: question "three": lesson: lesson "what-serverless-is\/what-is-serverless-computing" has no section with id "no-such-heading"/),
      `${file}: question "four": lesson: lesson "what-serverless-is/no-such-lesson" is not in the course outline`,
    ]);
  });
});

describe('item-writing rules the content check enforces, one failing fixture each', () => {
  it('no "all/none of the above" option', () => {
    const data = validQuiz();
    question(data, 'one').options[2]!.text = 'None of these';
    expect(messages(data)).toEqual([`${file}: question "one": option "c": no "all/none of the above" options; they break when options are shuffled`]);
  });

  it('no option without an explanation of its own', () => {
    const missing = validQuiz();
    delete (question(missing, 'two').options[1] as { explanation?: string }).explanation;
    expect(messages(missing)[0]).toMatch(/question "two": options\.1\.explanation: /);
    const pasted = validQuiz();
    const opts = question(pasted, 'two').options as unknown as { explanation: string }[];
    opts[2]!.explanation = opts[1]!.explanation;
    expect(messages(pasted)).toEqual([`${file}: question "two": option "c": same explanation as option "b"; say why this one is right or wrong`]);
  });

  it('no duplicate stems, in one quiz or across quizzes', () => {
    const data = validQuiz();
    data.questions[5]!.prompt = 'PICK one!';
    expect(messages(data)).toEqual([`${file}: question "six": prompt: the same stem as question "one"; ask something else`]);
    const other = validateQuiz({ ...validQuiz(), module: 'python-toolbox' }, 'content/quizzes/python-toolbox.json', 'python-toolbox').quiz!;
    const mine = validateQuiz(validQuiz(), file, 'what-serverless-is').quiz!;
    expect(duplicateStems([mine, other])[0]).toBe(
      'content/quizzes/python-toolbox.json: question "one": prompt: the same stem as content/quizzes/what-serverless-is.json: question "one"; ask something else',
    );
  });

  it('no absolute words that cue the verdict, in options and true/false statements; a frequency is fine', () => {
    const data = validQuiz();
    question(data, 'one').options[1]!.text = 'It always keeps one warm instance ready';
    question(data, 'three').prompt = 'A request never waits for a cold start.';
    question(data, 'six').options[0]!.text = 'A ping every 5 minutes keeps it warm';
    expect(messages(data)).toEqual([
      `${file}: question "one": option "b": "always" cues the answer (absolute options read as wrong); qualify the claim instead`,
      `${file}: question "three": prompt: "never" in a true/false statement cues the answer; state the claim without absolute words`,
    ]);
  });

  it('no compound true/false statement', () => {
    const data = validQuiz();
    question(data, 'seven').prompt = 'Python is in beta on Vercel, and 3.12 is its default.';
    expect(messages(data)).toEqual([`${file}: question "seven": prompt: a true/false statement makes one claim; this one joins two (split it, or make it a choice question)`]);
  });

  it('at least three application items, and a challenge is one', () => {
    const data = validQuiz();
    for (const q of data.questions) q.tests = 'understanding';
    question(data, 'one').tests = 'application';
    expect(messages(data)).toEqual([`${file}: questions: 1 application items ("tests": "application"); a module quiz has at least 3 scenarios to reason about`]);
    const unsaid = validQuiz();
    delete question(unsaid, 'one').tests;
    expect(messages(unsaid)[0]).toMatch(/question "one": tests: /);
  });

  it('no stem or right answer copied from the lesson, no reused worked example', () => {
    const mdx = '---\ntitle: x\n---\n## Costs\n\nThe meter runs only while your code does, and idle capacity is not yours.\n\n### A worked example\n\nAs of 2025, suppose 1,024 MB and 100 ms per request.\n\n## Next\n\n2 and 3.';
    const words = lessonWords(mdx);
    expect(copiedRun('Why does the meter run only while your code does, and idle capacity go?', words)).toBe('only while your code does and idle capacity');
    expect(copiedRun('Why is an idle function free to keep?', words)).toBeUndefined();
    const examples = workedExamples(mdx);
    expect(reusedExample('As of 2025, a function has 1,024 MB and runs 100 ms. Cost?', examples)).toEqual([2025, 1024, 100]);
    expect(reusedExample('A function has 512 MB and runs 100 ms. Cost?', examples)).toBeUndefined();
    // The worked example ends at the next heading of its level or above.
    expect(reusedExample('Between 2 and 3?', examples)).toBeUndefined();
  });

  it('a copied sentence fails the check of the quiz, naming the question and the field', async () => {
    const data = validQuiz();
    question(data, 'one').options[0]!.text = 'billing starts when execution starts and ends when it stops';
    question(data, 'four').prompt = 'A function has 512 MB of memory and each request takes 100 ms. How many GB-seconds?';
    const { quiz } = validateQuiz(data, file, 'what-serverless-is');
    const found = (await checkQuiz(quiz!)).map((p) => p.message);
    expect(found).toContainEqual(expect.stringMatching(/question "one": option "a": copies the lesson word for word \("billing starts when execution starts and ends when…"\)/));
    expect(found).toContainEqual(`${file}: question "four": prompt: reuses the lesson's worked example (512, 100); pose a case of its own`);
  });

  it('a module whose lessons have simulations has at least two challenges', async () => {
    const { quiz } = validateQuiz(validQuiz(), file, 'what-serverless-is');
    expect((await checkQuiz(quiz!)).map((p) => p.message)).toContain(
      `${file}: questions: 0 simulation challenges; a module whose lessons have simulations has at least 2`,
    );
    const plain = validateQuiz({ ...validQuiz(), module: 'python-toolbox' }, 'content/quizzes/python-toolbox.json', 'python-toolbox').quiz!;
    const noLesson = { ...plain, questions: plain.questions.map((q) => ({ ...q, lesson: 'python-toolbox/http-server' })) };
    expect((await checkQuiz(noLesson)).map((p) => p.message)).toEqual([]);
  });
});

describe('challenges are checked by running the engine', () => {
  const base: ChallengeQuestion = {
    id: 'throttle',
    type: 'challenge',
    tests: 'application',
    prompt: 'Stop the throttling',
    lesson: 'scaling-seen-live/autoscaling#throttling-and-http-429',
    scenario: { preset: 'aws-lambda', seed: 5, duration: 120, warmup: 20, sampleInterval: 20, traffic: { rate: 100 }, function: { service: { mean: 0.5 } } },
    knobs: [{ path: 'platform.maxConcurrency', label: 'Max concurrency', unit: '', factor: 1, stops: [20, 50, 70, 100, 150], start: 20, reference: 70 }],
    goals: [{ metric: 'rejectionPercent', below: 1 }],
    best: { knob: 'platform.maxConcurrency', aim: 'lowest', within: 0 },
    explanation: why,
  };
  const withKnob = (patch: Partial<ChallengeQuestion['knobs'][number]>) => ({ ...base, knobs: [{ ...base.knobs[0]!, ...patch }] });

  it('accepts a fair challenge', () => {
    expect(challengeProblems(base)).toEqual([]);
  });

  it('rejects a reference solution that misses its goal', () => {
    expect(challengeProblems(withKnob({ reference: 50 }))).toEqual([
      expect.stringMatching(/^the reference solution does not meet its goals: Throttled requests \d+(\.\d+)? % \(goal under 1 %, not met\)/),
    ]);
  });

  it('rejects a reference that is not the lowest setting that works', () => {
    expect(challengeProblems(withKnob({ reference: 100 }))).toEqual([
      'best: the reference is not the lowest setting that meets the goals (the engine finds 70); make it the reference',
    ]);
  });

  it('rejects starting settings that already pass', () => {
    const found = challengeProblems(withKnob({ start: 70, reference: 70 }));
    expect(found).toContainEqual(expect.stringMatching(/^the starting settings already pass/));
  });

  it('rejects a challenge that pushing the slider to its end passes (search, not reasoning)', () => {
    const { best: _best, ...unbounded } = base;
    void _best;
    expect(challengeProblems(unbounded)).toEqual([
      'the sliders at the end of their range (Max concurrency 150) pass: that tests search, not reasoning; ask for the lowest setting that works ("best") or tighten the goals',
    ]);
  });

  it('rejects a "best" goal on a knob it does not have, or across two knobs, and a challenge not marked application', () => {
    expect(ruleProblems({ ...base, best: { knob: 'platform.keepAlive', aim: 'lowest', within: 0 } })).toEqual(['best.knob: "platform.keepAlive" is not one of the knobs\' paths']);
    const two = { ...base, knobs: [...base.knobs, { ...base.knobs[0]!, path: 'platform.keepAlive', label: 'Keep-alive' }] };
    expect(ruleProblems(two)).toEqual(['best: a "lowest/highest setting" challenge has one knob; found 2']);
    expect(ruleProblems({ ...base, tests: 'understanding' })).toEqual(['tests: a challenge is an application item; say "application"']);
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
  it('all pass the check, with 10 to 14 questions each, three application items and two challenges where there are simulations', async () => {
    expect(await checkQuizzes()).toEqual([]);
    let challenges = 0;
    for (const mod of loadOutline().modules.filter((m) => m.quiz)) {
      const view = await loadQuizView(mod.id);
      expect(view.questions.length).toBeGreaterThanOrEqual(10);
      expect(view.questions.length).toBeLessThanOrEqual(14);
      expect(view.questions.filter((q) => q.tests === 'application').length).toBeGreaterThanOrEqual(3);
      challenges += view.questions.filter((q) => q.type === 'challenge').length;
      for (const q of view.questions) expect(q.link.href).toMatch(/^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
    }
    expect(challenges).toBeGreaterThanOrEqual(4);
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
    const q = data.questions.find((x) => x.id === 'add-delete');
    for (const o of q?.options ?? []) o.correct = true;
    fs.writeFileSync(file, JSON.stringify(data));
    return dir;
  }
  const expected = 'content/quizzes/python-toolbox.json: question "add-delete": single choice needs exactly one correct option; found 4';

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
