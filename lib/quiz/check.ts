import fs from 'node:fs';
import path from 'node:path';
import { contentDir, loadLesson, loadOutline } from '../content/load';
import { lessonHref } from '../content/outline';
import { ContentError } from '../content/schema';
import { referenceValues, runChallenge, startValues, type ChallengeOutcome } from '../../components/quiz/challenge';
import { readQuiz, throwIfAny } from './load';
import type { ChallengeQuestion, Question, Quiz, QuizView } from './schema';

/**
 * The checks that need more than the quiz file: every question's lesson link leads to a real
 * section, and every challenge is fair (the engine shows its reference settings meet the goals
 * and its starting settings do not). Used by the content check and by the quiz page's build.
 */

// Ids every lesson page has besides its headings (the content check's own list).
const pageIds = ['objectives', 'key-takeaways', 'sources'];

export interface QuizCheckContext {
  /** Lesson href → heading ids, when the caller has compiled the lessons already. */
  anchors?: Map<string, Set<string>>;
}

interface Section {
  href: string;
  label: string;
}

/** "module/lesson#heading" → where it leads and how to name it, or why it leads nowhere. */
async function resolveSection(ref: string, anchors?: Map<string, Set<string>>): Promise<Section | string> {
  const [page = '', hash] = ref.split('#');
  const [moduleId = '', slug = ''] = page.split('/');
  const mod = loadOutline().modules.find((m) => m.id === moduleId);
  if (!mod?.lessons.includes(slug)) return `lesson "${page}" is not in the course outline`;
  const href = lessonHref(moduleId, slug);
  const known = anchors?.get(href);
  if (known) {
    if (hash && !known.has(hash)) return `lesson "${page}" has no section with id "${hash}"`;
    return { href: `${href}${hash ? `#${hash}` : ''}`, label: page };
  }
  const lesson = await loadLesson(moduleId, slug);
  const heading = lesson.facts.toc.find((t) => t.id === hash);
  if (hash && !heading && !pageIds.includes(hash)) {
    const ids = lesson.facts.toc.map((t) => t.id).join(', ');
    return `lesson "${page}" has no section with id "${hash}" (its sections: ${ids || 'none yet'})`;
  }
  const label = heading ? `${lesson.frontmatter.title}: ${heading.text}` : lesson.frontmatter.title;
  return { href: `${href}${hash ? `#${hash}` : ''}`, label };
}

function describe(outcome: ChallengeOutcome): string {
  return outcome.goals.map((g) => `${g.label} ${g.shown} (goal ${g.target}${g.met ? ', met' : ', not met'})`).join('; ');
}

/** Runs the engine on the reference and the starting settings; messages for what is unfair. */
export function challengeProblems(q: ChallengeQuestion): string[] {
  if (typeof q.scenario.seed !== 'number') return ['scenario.seed: a challenge runs on a fixed seed; give one'];
  const problems: string[] = [];
  let reference: ChallengeOutcome;
  let start: ChallengeOutcome;
  try {
    reference = runChallenge(q, referenceValues(q));
    start = runChallenge(q, startValues(q));
  } catch (error) {
    return [`scenario: the engine rejects it: ${(error as Error).message}`];
  }
  if (!reference.met) problems.push(`the reference solution does not meet its goals: ${describe(reference)}`);
  if (start.met) problems.push(`the starting settings already meet the goals: ${describe(start)}`);
  return problems;
}

async function questionProblems(quiz: Quiz, q: Question, anchors?: Map<string, Set<string>>): Promise<ContentError[]> {
  const name = `question "${q.id}"`;
  const problems: ContentError[] = [];
  const section = await resolveSection(q.lesson, anchors).catch((error: Error) => `lesson "${q.lesson}": ${error.message}`);
  if (typeof section === 'string') problems.push(new ContentError(quiz.file, name, `lesson: ${section}`));
  if (q.type === 'challenge') for (const p of challengeProblems(q)) problems.push(new ContentError(quiz.file, name, p));
  return problems;
}

/** Links and challenges of one quiz that passed the file checks. */
export async function checkQuiz(quiz: Quiz, context: QuizCheckContext = {}): Promise<ContentError[]> {
  const problems: ContentError[] = [];
  for (const q of quiz.questions) problems.push(...(await questionProblems(quiz, q, context.anchors)));
  return problems;
}

/** Every quiz of the course, every problem, as "file: question "id": message" lines. */
export async function checkQuizzes(context: QuizCheckContext = {}): Promise<string[]> {
  const outline = loadOutline();
  const errors: string[] = [];
  const withQuiz = new Set(outline.modules.filter((m) => m.quiz).map((m) => m.id));
  for (const moduleId of withQuiz) {
    const { quiz, problems } = readQuiz(moduleId);
    errors.push(...problems.map((p) => p.message));
    if (quiz) errors.push(...(await checkQuiz(quiz, context)).map((p) => p.message));
  }
  const dir = path.join(contentDir, 'quizzes');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const f of files) {
    const id = path.basename(f, '.json');
    if (!withQuiz.has(id)) errors.push(`content/quizzes/${f}: (file): no module "${id}" with "quiz": true in content/course.json`);
  }
  return errors;
}

/**
 * The quiz as the page renders it. Throws a ContentError naming the file and the question for
 * anything the content check would reject, so a bad quiz fails the build too.
 */
export async function loadQuizView(moduleId: string): Promise<QuizView> {
  const { quiz, problems } = readQuiz(moduleId);
  throwIfAny(problems);
  if (!quiz) throw new ContentError(`content/quizzes/${moduleId}.json`, '(file)', 'could not be read');
  const mod = loadOutline().modules.find((m) => m.id === moduleId);
  const questions = [];
  for (const q of quiz.questions) {
    const section = await resolveSection(q.lesson);
    if (typeof section === 'string') throw new ContentError(quiz.file, `question "${q.id}"`, `lesson: ${section}`);
    if (q.type === 'challenge') throwIfAny(challengeProblems(q).map((p) => new ContentError(quiz.file, `question "${q.id}"`, p)));
    questions.push({ ...q, link: section });
  }
  return { moduleId, moduleTitle: mod?.title ?? moduleId, intro: quiz.intro, questions };
}
