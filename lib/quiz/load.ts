import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contentDir } from '../content/load';
import { ContentError } from '../content/schema';
import { maxQuestions, minApplication, minQuestions, normalize, questionProblems } from './rules';
import { parseQuestion, quizFileSchema, type Question, type Quiz } from './schema';

export function quizFile(moduleId: string): string {
  return path.join(contentDir, 'quizzes', `${moduleId}.json`);
}

/** One problem, already naming the file and the question (or the file-level field). */
export type QuizProblem = ContentError;

/**
 * Reads and checks one quiz file, collecting every problem rather than stopping at the first,
 * so an author sees them all in one run. Links and challenges are checked in check.ts.
 */
export function readQuiz(moduleId: string): { quiz?: Quiz; problems: QuizProblem[] } {
  const abs = quizFile(moduleId);
  const file = path.relative(process.cwd(), abs);
  if (!fs.existsSync(abs)) return { problems: [new ContentError(file, '(file)', `missing: the outline says module "${moduleId}" has a quiz`)] };
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(abs, 'utf8'));
  } catch (error) {
    return { problems: [new ContentError(file, '(json)', `not valid JSON: ${(error as Error).message}`)] };
  }
  return validateQuiz(data, file, moduleId);
}

/** The checks on a parsed file, apart from reading it: what the unit tests feed directly. */
export function validateQuiz(data: unknown, file: string, moduleId: string): { quiz?: Quiz; problems: QuizProblem[] } {
  const top = quizFileSchema.safeParse(data);
  if (!top.success) {
    const issue = top.error.issues[0];
    return { problems: [new ContentError(file, issue?.path.join('.') || '(root)', issue?.message ?? 'invalid')] };
  }
  const problems: QuizProblem[] = [];
  if (top.data.module !== moduleId) problems.push(new ContentError(file, 'module', `"${top.data.module}" does not match the file name "${moduleId}"`));
  const count = top.data.questions.length;
  if (count < minQuestions || count > maxQuestions) {
    problems.push(new ContentError(file, 'questions', `${count} questions; a module quiz has ${minQuestions} to ${maxQuestions}`));
  }

  const questions: Question[] = [];
  const seen = new Set<string>();
  const stems = new Map<string, string>();
  top.data.questions.forEach((raw, i) => {
    const name = questionName(raw, i);
    const parsed = parseQuestion(raw);
    if (!parsed.success) {
      problems.push(new ContentError(file, name, describeIssue(parsed.error)));
      return;
    }
    const q = parsed.data;
    if (seen.has(q.id)) problems.push(new ContentError(file, name, 'this id is used by an earlier question'));
    seen.add(q.id);
    const stem = normalize(q.prompt);
    const twin = stems.get(stem);
    if (twin) problems.push(new ContentError(file, name, `prompt: the same stem as question "${twin}"; ask something else`));
    else stems.set(stem, q.id);
    for (const message of questionProblems(q)) problems.push(new ContentError(file, name, message));
    questions.push(q);
  });
  const application = questions.filter((q) => q.tests === 'application').length;
  if (questions.length === count && application < minApplication) {
    problems.push(new ContentError(file, 'questions', `${application} application items ("tests": "application"); a module quiz has at least ${minApplication} scenarios to reason about`));
  }
  return { quiz: { module: moduleId, file, intro: top.data.intro, questions }, problems };
}

/** The quiz, or a ContentError naming the file and the first question that is wrong. */
export function loadQuiz(moduleId: string): Quiz {
  const { quiz, problems } = readQuiz(moduleId);
  throwIfAny(problems);
  return quiz as Quiz;
}

export function throwIfAny(problems: ContentError[]): void {
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).map((p) => p.message).join('; ')})` : '';
  throw new ContentError(first.file, first.field, first.message.slice(first.file.length + first.field.length + 4) + more);
}

/** `question "cold-start-phases"` when the id is readable, else its position. */
export function questionName(raw: unknown, index: number): string {
  const qid = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof qid === 'string' && qid ? `question "${qid}"` : `questions.${index} (no id)`;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where ? `${where}: ` : ''}${issue.message}${more}`;
}
