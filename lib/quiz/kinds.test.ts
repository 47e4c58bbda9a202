import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emptyResponse, explanationFor, gradeQuestion, isAnswered, parseNumber, responseText, rightAnswerText } from './kinds';
import type { Question } from './schema';

const why = 'An explanation long enough.';
const lesson = 'm/l#h';
const single: Question = {
  id: 's',
  type: 'single',
  prompt: 'p',
  lesson,
  tests: 'understanding',
  options: [
    { id: 'a', text: '`do_GET`', correct: false, explanation: 'GET only.' + why },
    { id: 'b', text: '`do_POST`', correct: true, explanation: 'POST.' + why },
  ],
};
const multiple: Question = {
  id: 'm',
  type: 'multiple',
  prompt: 'p',
  lesson,
  tests: 'understanding',
  options: [
    { id: 'get', text: 'GET', correct: true, explanation: why },
    { id: 'put', text: 'PUT', correct: true, explanation: why },
    { id: 'post', text: 'POST', correct: false, explanation: why },
  ],
};
const trueFalse: Question = { id: 't', type: 'true-false', prompt: 'p', lesson, tests: 'understanding', answer: false, explanations: { true: 'T ' + why, false: 'F ' + why } };
const numeric: Question = { id: 'n', type: 'numeric', prompt: 'p', lesson, tests: 'understanding', answer: 11.9, tolerance: 0.2, unit: 'million', explanation: why };
const ordering: Question = {
  id: 'o',
  type: 'ordering',
  prompt: 'p',
  lesson,
  tests: 'understanding',
  items: ['Init', 'Invoke', 'Shutdown'].map((t) => ({ id: t.toLowerCase(), text: t, explanation: why })),
  explanation: why,
};

describe('grading', () => {
  it('single choice: only the correct option', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 'b' })).toBe(true);
    expect(gradeQuestion(single, { type: 'single', choice: 'a' })).toBe(false);
    expect(gradeQuestion(single, { type: 'single' })).toBe(false);
  });

  it('multiple choice: exactly the correct set, in any order', () => {
    expect(gradeQuestion(multiple, { type: 'multiple', choices: ['put', 'get'] })).toBe(true);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: ['get'] })).toBe(false);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: ['get', 'put', 'post'] })).toBe(false);
  });

  it('true/false', () => {
    expect(gradeQuestion(trueFalse, { type: 'true-false', value: false })).toBe(true);
    expect(gradeQuestion(trueFalse, { type: 'true-false', value: true })).toBe(false);
    expect(gradeQuestion(trueFalse, { type: 'true-false' })).toBe(false);
  });

  it('numeric: within the tolerance, inclusive, and as people type numbers', () => {
    for (const text of ['11.9', '12.1', '11,7', ' 12 ']) expect(gradeQuestion(numeric, { type: 'numeric', text })).toBe(true);
    for (const text of ['12.2', '11.6', 'twelve', '']) expect(gradeQuestion(numeric, { type: 'numeric', text })).toBe(false);
  });

  it('ordering: the authored order only', () => {
    expect(gradeQuestion(ordering, { type: 'ordering', order: ['init', 'invoke', 'shutdown'] })).toBe(true);
    expect(gradeQuestion(ordering, { type: 'ordering', order: ['invoke', 'init', 'shutdown'] })).toBe(false);
  });

  it('a response to another type of question is wrong', () => {
    expect(gradeQuestion(single, { type: 'multiple', choices: ['b'] })).toBe(false);
    expect(gradeQuestion(ordering, { type: 'numeric', text: '1' })).toBe(false);
    expect(responseText(numeric, { type: 'single', choice: 'a' })).toBe('No answer');
  });
});

describe('numbers as typed', () => {
  it.each([
    ['4.5', 4.5],
    ['4,5', 4.5],
    ['1,000', 1000],
    ['1 000', 1000],
    ['12,345.5', 12345.5],
    ['-3', -3],
    ['.5', 0.5],
    ['8000', 8000],
  ])('%s → %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each(['', 'abc', '1.2.3', '4 apples', '1,2,3'])('rejects %j', (text) => expect(parseNumber(text)).toBeUndefined());
});

describe('answered and explained', () => {
  it('knows when there is something to check', () => {
    expect(isAnswered(emptyResponse(single))).toBe(false);
    expect(isAnswered(emptyResponse(multiple))).toBe(false);
    expect(isAnswered(emptyResponse(numeric))).toBe(false);
    expect(isAnswered({ type: 'numeric', text: '3' })).toBe(true);
    expect(isAnswered(emptyResponse(ordering))).toBe(true);
  });

  it('says the right answer, the learner’s answer and why in words', () => {
    expect(rightAnswerText(multiple)).toBe('GET; PUT');
    expect(rightAnswerText(trueFalse)).toBe('False');
    expect(rightAnswerText(numeric)).toBe('11.9 million (within 0.2)');
    expect(rightAnswerText(ordering)).toBe('Init → Invoke → Shutdown');
    expect(responseText(single, { type: 'single', choice: 'a' })).toBe('`do_GET`');
    expect(responseText(numeric, { type: 'numeric', text: '12,0' })).toBe('12 million');
    expect(responseText(multiple, { type: 'multiple', choices: [] })).toBe('No answer');
    expect(explanationFor(single)).toBe('POST.' + why);
    expect(explanationFor(trueFalse)).toBe('F ' + why);
  });

  it('names the best setting of a lowest-setting challenge and how far above it still counts', () => {
    const knob = { path: 'platform.keepAlive', label: 'Keep-alive', unit: 's', factor: 1, stops: [60, 120, 420, 600], start: 60, reference: 420 };
    const base: Question = { id: 'c', type: 'challenge', prompt: 'p', lesson, tests: 'application', scenario: {}, knobs: [knob], goals: [], explanation: why };
    const q: Question = { ...base, best: { knob: knob.path, aim: 'lowest', within: 180 } };
    expect(rightAnswerText(q)).toBe('Keep-alive 420 s, the lowest setting that meets the goals; anything up to 600 s counts');
    expect(rightAnswerText(base)).toBe('For example: Keep-alive 420 s');
    expect(responseText(q, { type: 'challenge', values: { 'platform.keepAlive': 120 } })).toBe('Keep-alive 120 s');
  });
});

describe('question types are typed, not cast', () => {
  // The records over question types are what make a response go with its question; a type
  // assertion in the code that reads them would switch that check off where it matters.
  const files = ['lib/quiz/kinds.ts', 'lib/quiz/rules.ts', 'lib/quiz/schema.ts', 'components/quiz/views.tsx', 'components/quiz/use-quiz.ts', 'components/quiz/attempt.ts'];
  it.each(files)('%s has no `as` casts', (file) => {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(process.cwd(), file), 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const casts: string[] = [];
    const visit = (node: ts.Node) => {
      const isConst = ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.getText(source) === 'const';
      if ((ts.isAsExpression(node) && !isConst) || ts.isTypeAssertionExpression(node)) casts.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source)}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(casts).toEqual([]);
  });
});
