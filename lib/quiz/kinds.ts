import { formatExact, knobValueText } from './format';
import type { Question, QuestionOf, QuestionType } from './schema';
import { shuffle, shuffleAwayFrom } from './shuffle';

/**
 * What each question type does with a learner's answer: one entry per type in `kinds`, typed by a
 * mapped type, so a type without an entry (or an entry that reads another type's fields) does not
 * compile. Pure and free of zod and React: the quiz page ships this file, the build check and the
 * unit tests run it as is. The shapes are in schema.ts, the build's rules in rules.ts and the
 * inputs in components/quiz/views.tsx, each a record over the same types.
 */

/** What a learner's answer holds, by question type. */
interface Answers {
  single: { choice?: string };
  multiple: { choices: string[] };
  'true-false': { value?: boolean };
  /** As typed, so the field shows "4,5" back; parsed when graded. */
  numeric: { text: string };
  ordering: { order: string[] };
  /** Knob path → engine value. */
  challenge: { values: Record<string, number> };
}

export type ResponseMap = { [T in QuestionType]: { type: T } & Answers[T] };
/** A response typed by its question: `ResponseOf<'numeric'>` goes with `QuestionOf<'numeric'>`. */
export type ResponseOf<T extends QuestionType> = ResponseMap[T];
export type Response = ResponseMap[QuestionType];

/** Lets a browser paint between engine runs while a challenge is graded. */
export type Pause = () => Promise<void>;

export interface QuestionKind<T extends QuestionType> {
  /** The order options or items are shown in for one attempt, from a seed; types without options leave it out. */
  arrange?: (q: QuestionOf<T>, seed: number) => string[];
  /** Before the learner does anything; `order` is what `arrange` gave. */
  empty: (q: QuestionOf<T>, order: string[] | undefined) => ResponseOf<T>;
  /** Whether there is anything to check. */
  answered: (r: ResponseOf<T>) => boolean;
  /** Right or wrong. A type the engine grades answers with a promise: the engine loads on demand. */
  grade: (q: QuestionOf<T>, r: ResponseOf<T>, pause?: Pause) => boolean | Promise<boolean>;
  /** The right answer in words, for the feedback and the review. */
  rightAnswer: (q: QuestionOf<T>) => string;
  /** What the learner answered, in words. */
  responseText: (q: QuestionOf<T>, r: ResponseOf<T>) => string;
  /** Why the right answer is right. */
  explanation: (q: QuestionOf<T>) => string;
}

type ChoiceQuestion = QuestionOf<'single' | 'multiple'>;

const choiceKind = {
  arrange: (q: ChoiceQuestion, seed: number) => shuffle(q.options.map((o) => o.id), seed),
  rightAnswer: (q: ChoiceQuestion) => q.options.filter((o) => o.correct).map((o) => o.text).join('; '),
  explanation: (q: ChoiceQuestion) => q.options.filter((o) => o.correct).map((o) => o.explanation).join(' '),
};

function chosenText(q: ChoiceQuestion, ids: string[]): string {
  const chosen = q.options.filter((o) => ids.includes(o.id)).map((o) => o.text);
  return chosen.length ? chosen.join('; ') : 'No answer';
}

export const kinds: { [T in QuestionType]: QuestionKind<T> } = {
  single: {
    ...choiceKind,
    empty: () => ({ type: 'single' }),
    answered: (r) => r.choice !== undefined,
    grade: (q, r) => q.options.some((o) => o.correct && o.id === r.choice),
    responseText: (q, r) => chosenText(q, r.choice ? [r.choice] : []),
  },
  multiple: {
    ...choiceKind,
    empty: () => ({ type: 'multiple', choices: [] }),
    answered: (r) => r.choices.length > 0,
    grade: (q, r) => q.options.every((o) => o.correct === r.choices.includes(o.id)),
    responseText: (q, r) => chosenText(q, r.choices),
  },
  'true-false': {
    empty: () => ({ type: 'true-false' }),
    answered: (r) => r.value !== undefined,
    grade: (q, r) => r.value === q.answer,
    rightAnswer: (q) => (q.answer ? 'True' : 'False'),
    responseText: (_q, r) => (r.value === undefined ? 'No answer' : r.value ? 'True' : 'False'),
    explanation: (q) => q.explanations[q.answer ? 'true' : 'false'],
  },
  numeric: {
    empty: () => ({ type: 'numeric', text: '' }),
    answered: (r) => parseNumber(r.text) !== undefined,
    grade: (q, r) => {
      const n = parseNumber(r.text);
      // A hair of slack so 0.1 + 0.2-style float noise never fails an exact answer.
      return n !== undefined && Math.abs(n - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer));
    },
    rightAnswer: (q) => `${formatExact(q.answer)}${unitText(q.unit)}${q.tolerance > 0 ? ` (within ${formatExact(q.tolerance)})` : ''}`,
    responseText: (q, r) => {
      const n = parseNumber(r.text);
      return n === undefined ? 'No answer' : `${formatExact(n)}${unitText(q.unit)}`;
    },
    explanation: (q) => q.explanation,
  },
  ordering: {
    // Never the answer itself: an ordering that starts solved tests nothing.
    arrange: (q, seed) => shuffleAwayFrom(q.items.map((i) => i.id), seed),
    empty: (q, order) => ({ type: 'ordering', order: order ?? q.items.map((i) => i.id) }),
    // Always something to submit: the order as it stands.
    answered: () => true,
    grade: (q, r) => r.order.length === q.items.length && q.items.every((item, i) => r.order[i] === item.id),
    rightAnswer: (q) => q.items.map((i) => i.text).join(' → '),
    responseText: (q, r) => r.order.map((id) => q.items.find((i) => i.id === id)?.text ?? id).join(' → '),
    explanation: (q) => q.explanation,
  },
  challenge: {
    empty: (q) => ({ type: 'challenge', values: Object.fromEntries(q.knobs.map((k) => [k.path, k.start])) }),
    answered: () => true,
    // The engine and the sweep the feedback shows come only with a challenge: most quizzes never load them.
    grade: async (q, r, pause) => {
      const { gradeChallengeStepwise } = await import('./challenge');
      return (await gradeChallengeStepwise(q, r.values, pause)).correct;
    },
    rightAnswer: (q) => {
      const settings = q.knobs.map((k) => `${k.label} ${knobValueText(k, k.reference)}`).join(', ');
      const knob = q.knobs.find((k) => k.path === q.best?.knob);
      if (!q.best || !knob) return `For example: ${settings}`;
      const edge = q.best.aim === 'lowest' ? q.best.within : -q.best.within;
      const range = q.best.within > 0 ? `; anything ${q.best.aim === 'lowest' ? 'up' : 'down'} to ${knobValueText(knob, tidy(knob.reference + edge))} counts` : '';
      return `${settings}, the ${q.best.aim} setting that meets the goals${range}`;
    },
    responseText: (q, r) => q.knobs.map((k) => `${k.label} ${knobValueText(k, r.values[k.path] ?? k.start)}`).join(', '),
    explanation: (q) => q.explanation,
  },
};

/** Whether `r` answers a question of type `type`: the one check that pairs a response with its question. */
export function isResponseOf<T extends QuestionType>(type: T, r: Response): r is ResponseOf<T> {
  return r.type === type;
}

/** The entry for a question's type, typed by the type passed: callers pass `q.type`, so it fits `q`. */
export function kindOf<T extends QuestionType>(type: T): QuestionKind<T> {
  return kinds[type];
}

/** Runs `apply` with the question's entry and the response, once the response is checked to be of the question's type. */
function paired<T extends QuestionType, R>(type: T, q: QuestionOf<T>, r: Response, apply: (kind: QuestionKind<T>, q: QuestionOf<T>, r: ResponseOf<T>) => R, otherwise: R): R {
  return isResponseOf(type, r) ? apply(kinds[type], q, r) : otherwise;
}

/** The seeded order of a question's options or items for one attempt; undefined for types without. */
export const arrangement = (q: Question, seed: number) => kindOf(q.type).arrange?.(q, seed);
export const emptyResponse = (q: Question, order?: string[]) => kindOf(q.type).empty(q, order);
export const isAnswered = (r: Response) => kindOf(r.type).answered(r);
/** A response to another type of question is wrong. A challenge answers with a promise (see `kinds`). */
export const gradeQuestion = (q: Question, r: Response, pause?: Pause) => paired(q.type, q, r, (kind, q, r) => kind.grade(q, r, pause), false);
export const responseText = (q: Question, r: Response) => paired(q.type, q, r, (kind, q, r) => kind.responseText(q, r), 'No answer');
export const rightAnswerText = (q: Question) => kindOf(q.type).rightAnswer(q);
export const explanationFor = (q: Question) => kindOf(q.type).explanation(q);

/**
 * A number as people type it: "4.5", "4,5", "1,000", "1 000", "12.", "-3". A comma followed by
 * exactly three digits groups thousands; any other single comma is a decimal point.
 */
export function parseNumber(text: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d*,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function unitText(unit: string): string {
  return unit ? ` ${unit}` : '';
}

// Sums of stops such as 0.1 + 0.2 print as 0.3, not 0.30000000000000004.
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
