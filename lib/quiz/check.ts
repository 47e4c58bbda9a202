import fs from 'node:fs';
import path from 'node:path';
import { contentDir, lessonFile, loadLesson, loadOutline } from '../content/load';
import { lessonHref } from '../content/outline';
import { ContentError } from '../content/schema';
import { cornerValues, gradeChallenge, referenceValues, startValues, type ChallengeGrade } from './challenge';
import { knobValueText } from './format';
import { readQuiz, throwIfAny } from './load';
import { copiedRun, lessonWords, reusedExample, workedExamples } from './originality';
import { minChallenges, normalize } from './rules';
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

function describe(grade: ChallengeGrade): string {
  return grade.outcome.goals.map((g) => `${g.label} ${g.shown} (goal ${g.target}${g.met ? ', met' : ', not met'})`).join('; ');
}

function settingsText(q: ChallengeQuestion, values: Record<string, number>): string {
  return q.knobs.map((k) => `${k.label} ${knobValueText(k, values[k.path] ?? k.start)}`).join(', ');
}

/**
 * Runs the engine on the reference, the starting settings and every "slider at its end" setting;
 * messages for what is unfair. A challenge that the far end of a slider passes tests search, not
 * reasoning: ask for the lowest setting that works (`best`) or tighten the goals.
 */
export function challengeProblems(q: ChallengeQuestion): string[] {
  if (typeof q.scenario.seed !== 'number') return ['scenario.seed: a challenge runs on a fixed seed; give one'];
  const problems: string[] = [];
  let reference: ChallengeGrade;
  let start: ChallengeGrade;
  let corners: { values: Record<string, number>; grade: ChallengeGrade }[];
  try {
    reference = gradeChallenge(q, referenceValues(q));
    start = gradeChallenge(q, startValues(q));
    corners = cornerValues(q).map((values) => ({ values, grade: gradeChallenge(q, values) }));
  } catch (error) {
    return [`scenario: the engine rejects it: ${(error as Error).message}`];
  }
  if (!reference.outcome.met) problems.push(`the reference solution does not meet its goals: ${describe(reference)}`);
  else if (q.best && reference.best !== q.knobs[0]?.reference) {
    const knob = q.knobs[0];
    const best = reference.best === undefined || !knob ? 'none' : knobValueText(knob, reference.best);
    problems.push(`best: the reference is not the ${q.best.aim} setting that meets the goals (the engine finds ${best}); make it the reference`);
  }
  if (start.correct) problems.push(`the starting settings already pass: ${describe(start)}`);
  for (const c of corners) {
    if (c.grade.correct) problems.push(`the sliders at the end of their range (${settingsText(q, c.values)}) pass: that tests search, not reasoning; ask for the lowest setting that works ("best") or tighten the goals`);
  }
  return problems;
}

interface LessonText {
  words: string;
  examples: string[];
  simulations: boolean;
}

// Raw MDX, read once per run: what the originality rules compare items with.
const lessonTexts = new Map<string, LessonText | undefined>();

function lessonText(ref: string): LessonText | undefined {
  const [page = ''] = ref.split('#');
  if (lessonTexts.has(page)) return lessonTexts.get(page);
  const [moduleId = '', slug = ''] = page.split('/');
  const file = lessonFile(moduleId, slug);
  const mdx = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  const text = mdx === undefined ? undefined : { words: lessonWords(mdx), examples: workedExamples(mdx), simulations: /<[A-Z]\w*Sim\b/.test(mdx) };
  lessonTexts.set(page, text);
  return text;
}

/** The stem and the right answers: the texts that must not be the lesson's own sentences. */
function answerTexts(q: Question): [string, string][] {
  const texts: [string, string][] = [['prompt', q.prompt]];
  if (q.type === 'single' || q.type === 'multiple') for (const o of q.options.filter((x) => x.correct)) texts.push([`option "${o.id}"`, o.text]);
  return texts;
}

function originalityProblems(q: Question): string[] {
  const lesson = lessonText(q.lesson);
  if (!lesson) return [];
  const problems: string[] = [];
  for (const [where, text] of answerTexts(q)) {
    const run = copiedRun(text, lesson.words);
    if (run) problems.push(`${where}: copies the lesson word for word ("${run}…"); a quiz item asks the learner to use the idea, not to recognise its sentence`);
  }
  const numbers = reusedExample(q.prompt, lesson.examples);
  if (numbers) problems.push(`prompt: reuses the lesson's worked example (${numbers.join(', ')}); pose a case of its own`);
  return problems;
}

async function questionProblems(quiz: Quiz, q: Question, anchors?: Map<string, Set<string>>): Promise<ContentError[]> {
  const name = `question "${q.id}"`;
  const problems: ContentError[] = [];
  const section = await resolveSection(q.lesson, anchors).catch((error: Error) => `lesson "${q.lesson}": ${error.message}`);
  if (typeof section === 'string') problems.push(new ContentError(quiz.file, name, `lesson: ${section}`));
  else for (const p of originalityProblems(q)) problems.push(new ContentError(quiz.file, name, p));
  if (q.type === 'challenge') for (const p of challengeProblems(q)) problems.push(new ContentError(quiz.file, name, p));
  return problems;
}

/** A module whose lessons have simulations is quizzed with at least two engine-graded challenges. */
function challengeCount(quiz: Quiz): ContentError[] {
  const mod = loadOutline().modules.find((m) => m.id === quiz.module);
  const simulated = mod?.lessons.some((slug) => lessonText(`${quiz.module}/${slug}`)?.simulations) ?? false;
  const count = quiz.questions.filter((q) => q.type === 'challenge').length;
  if (!simulated || count >= minChallenges) return [];
  return [new ContentError(quiz.file, 'questions', `${count} simulation challenges; a module whose lessons have simulations has at least ${minChallenges}`)];
}

/** Links, originality and challenges of one quiz that passed the file checks. */
export async function checkQuiz(quiz: Quiz, context: QuizCheckContext = {}): Promise<ContentError[]> {
  const problems: ContentError[] = challengeCount(quiz);
  for (const q of quiz.questions) problems.push(...(await questionProblems(quiz, q, context.anchors)));
  return problems;
}

/** The same stem in two quizzes; within one file it is load.ts's to report. */
export function duplicateStems(quizzes: Quiz[]): string[] {
  const stems = new Map<string, string>();
  const errors: string[] = [];
  for (const quiz of quizzes) {
    for (const q of quiz.questions) {
      const key = normalize(q.prompt);
      const twin = stems.get(key);
      if (twin && !twin.startsWith(`${quiz.file}:`)) errors.push(`${quiz.file}: question "${q.id}": prompt: the same stem as ${twin}; ask something else`);
      else if (!twin) stems.set(key, `${quiz.file}: question "${q.id}"`);
    }
  }
  return errors;
}

/** Every quiz of the course, every problem, as "file: question "id": message" lines. */
export async function checkQuizzes(context: QuizCheckContext = {}): Promise<string[]> {
  const outline = loadOutline();
  const errors: string[] = [];
  const withQuiz = new Set(outline.modules.filter((m) => m.quiz).map((m) => m.id));
  const quizzes: Quiz[] = [];
  for (const moduleId of withQuiz) {
    const { quiz, problems } = readQuiz(moduleId);
    errors.push(...problems.map((p) => p.message));
    if (!quiz) continue;
    quizzes.push(quiz);
    errors.push(...(await checkQuiz(quiz, context)).map((p) => p.message));
  }
  errors.push(...duplicateStems(quizzes));
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
  throwIfAny(await checkQuiz(quiz));
  const mod = loadOutline().modules.find((m) => m.id === moduleId);
  const questions = [];
  for (const q of quiz.questions) {
    const section = await resolveSection(q.lesson);
    if (typeof section === 'string') throw new ContentError(quiz.file, `question "${q.id}"`, `lesson: ${section}`);
    questions.push({ ...q, link: section });
  }
  return { moduleId, moduleTitle: mod?.title ?? moduleId, intro: quiz.intro, questions };
}
