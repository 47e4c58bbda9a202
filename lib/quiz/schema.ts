import * as z from '../zod';

/**
 * The shape of a quiz file, content/quizzes/<module-id>.json. Shape only: the rules that need a
 * whole question in view (exactly one correct option, …) are in rules.ts, and the ones that need
 * the lessons or the engine (links, challenges) in check.ts.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase-kebab-case id');
const text = z.string().trim().min(1, 'required');
const explanation = z.string().trim().min(12, 'an explanation: a sentence on why it is right or wrong');
/** "module/lesson#heading-id": the lesson section the question tests. */
const lessonRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, 'a "module/lesson#heading-id" reference');

/**
 * What the question asks of the learner. Recall of a sentence or a number is not on the list: a
 * quiz item tests understanding (explain, compare, predict) or application (a scenario to reason
 * about). A machine cannot tell the two apart, so the author says which, and the check counts the
 * application items.
 */
export const skills = ['understanding', 'application'] as const;
export type Skill = (typeof skills)[number];

const common = { id, prompt: text, lesson: lessonRef, tests: z.enum(skills) };

export const optionSchema = z.strictObject({ id, text, correct: z.boolean(), explanation });

const choice = <T extends 'single' | 'multiple'>(type: T) =>
  z.strictObject({ ...common, type: z.literal(type), options: z.array(optionSchema).min(2).max(6) });

/** The numbers a challenge can be judged on, in the learner's units (see challenge.ts). */
export const metricIds = ['p50Ms', 'p95Ms', 'p99Ms', 'maxMs', 'coldStartPercent', 'rejectionPercent', 'monthlyCost', 'avgInstances'] as const;
export type MetricId = (typeof metricIds)[number];

export const knobSchema = z.strictObject({
  /** Where the value goes in the engine scenario, e.g. "platform.keepAlive". */
  path: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)+$/, 'a dotted scenario path such as "platform.keepAlive"'),
  /** The visible label; the widgets' words ("Keep-alive", "Min instances"). */
  label: text,
  unit: z.string(),
  /** Shown value = engine value × factor (1000 to show seconds as ms). */
  factor: z.number().positive().default(1),
  /** Slider positions in engine units, ascending. */
  stops: z.array(z.number().finite()).min(2).max(40),
  start: z.number().finite(),
  /** A setting that meets every goal; the check runs it. */
  reference: z.number().finite(),
});

export const goalSchema = z
  .strictObject({ metric: z.enum(metricIds), below: z.number().finite().optional(), above: z.number().finite().optional() })
  .refine((g) => (g.below === undefined) !== (g.above === undefined), 'exactly one of "below" or "above"');

/**
 * "The lowest (or highest) setting that still meets the goals": the answer must meet every goal and
 * lie within `within` (engine units) of the best stop that does. Without it, pushing a slider to
 * its end would pass any "keep X under Y" goal without a thought.
 */
export const bestSchema = z.strictObject({
  knob: z.string().min(1),
  aim: z.enum(['lowest', 'highest']),
  within: z.number().finite().nonnegative(),
});

/**
 * Every question type, and its shape: one entry per type. `satisfies` makes the compiler insist
 * that each type in `questionTypes` has a schema whose `type` is that name. What a type does with
 * a learner's answer is in kinds.ts, what the build checks in rules.ts, how it looks in
 * components/quiz/views.tsx; each is a record over the same types, so a type missing from one
 * does not compile.
 */
export const questionTypes = ['single', 'multiple', 'true-false', 'numeric', 'ordering', 'challenge'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const questionSchemas = {
  single: choice('single'),
  multiple: choice('multiple'),
  'true-false': z.strictObject({
    ...common,
    type: z.literal('true-false'),
    answer: z.boolean(),
    /** Why "True" is right or wrong, and why "False" is. */
    explanations: z.strictObject({ true: explanation, false: explanation }),
  }),
  numeric: z.strictObject({
    ...common,
    type: z.literal('numeric'),
    answer: z.number().finite(),
    /** Absolute: an answer within answer ± tolerance counts as right. */
    tolerance: z.number().finite().nonnegative(),
    /** Shown beside the input, e.g. "instances" or "req/s"; "" for a plain number. */
    unit: z.string(),
    explanation,
  }),
  ordering: z.strictObject({
    ...common,
    type: z.literal('ordering'),
    /** In the right order; the quiz shows them shuffled. */
    items: z.array(z.strictObject({ id, text, explanation })).min(3).max(7),
    explanation,
  }),
  challenge: z.strictObject({
    ...common,
    type: z.literal('challenge'),
    /** An engine scenario (issue 3's JSON) with a fixed seed; the engine's own parser checks it. */
    scenario: z.record(z.string(), z.unknown()),
    knobs: z.array(knobSchema).min(1).max(3),
    goals: z.array(goalSchema).min(1).max(3),
    best: bestSchema.optional(),
    explanation,
  }),
} satisfies { [T in QuestionType]: z.ZodType<{ type: T }> };

const questionType = z.object({ type: z.enum(questionTypes) });

/** One question: its `type` first, then the shape of that type, so an error names the right fields. */
export function parseQuestion(raw: unknown): { success: true; data: Question } | { success: false; error: z.ZodError } {
  const head = questionType.safeParse(raw);
  if (!head.success) return { success: false, error: head.error };
  return questionSchemas[head.data.type].safeParse(raw);
}

/** The file around the questions; questions are parsed one by one so errors can name the question. */
export const quizFileSchema = z.strictObject({
  module: id,
  intro: z.string().trim().min(10).optional(),
  questions: z.array(z.unknown()),
});

export type Option = z.infer<typeof optionSchema>;
export type Knob = z.infer<typeof knobSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Best = z.infer<typeof bestSchema>;
/** Each type's question, by type: `QuestionOf<'numeric'>` has `answer`, `tolerance` and `unit`. */
export type QuestionMap = { [T in QuestionType]: z.infer<(typeof questionSchemas)[T]> };
export type QuestionOf<T extends QuestionType> = QuestionMap[T];
export type Question = QuestionMap[QuestionType];
export type ChallengeQuestion = QuestionOf<'challenge'>;
export type OrderingQuestion = QuestionOf<'ordering'>;

export interface Quiz {
  module: string;
  file: string;
  intro?: string;
  questions: Question[];
}

/** What the quiz page hands to the browser: each question with its lesson link resolved. */
export interface QuestionLink {
  link: { href: string; label: string };
}
export type QuizQuestion = Question & QuestionLink;
export type QuizQuestionOf<T extends QuestionType> = QuestionOf<T> & QuestionLink;
export interface QuizView {
  moduleId: string;
  moduleTitle: string;
  intro?: string;
  questions: QuizQuestion[];
}
