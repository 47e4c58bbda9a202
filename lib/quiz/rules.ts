import type { Option, Question, QuestionOf, QuestionType } from './schema';

/**
 * Rules a schema cannot express, checked one question at a time. Each returns plain messages;
 * the loader prefixes the file and the question id. The item-writing rules are in README.md; these
 * are the ones a machine can check: no give-away by length, no "all of the above", no absolute
 * words that cue a verdict, no compound true/false, an explanation of its own for every option.
 */

export const minQuestions = 10;
export const maxQuestions = 14;
/** Application items (a scenario to reason about) every quiz needs. */
export const minApplication = 3;
/** Engine-graded challenges in the quiz of a module whose lessons have simulations. */
export const minChallenges = 2;

// "All/none of the above" breaks under shuffling and tests elimination, not knowledge.
const catchAll = /\b(all|none|both|neither) of (the )?(above|these|those)\b/i;

// Test-wise learners mark "always/never/must" options false without knowing why; absolute claims
// are also rarely true of platforms whose behaviour changes. Checked outside `code`.
// "Every 5 minutes" states a frequency, not an absolute claim, so it passes.
const absolute =
  /\b(always|never|everything|exactly|must|all|none|nothing|guaranteed?|every(?!\s+(?:\d|few|other|one|two|three|four|five|six|seven|eight|nine|ten|second|minute|hour|day|week|month|night|year)s?\b))\b/i;

// Two claims joined in one true/false statement: the learner cannot say which one was judged.
const compound = /;|,\s*(and|but|or|while|whereas|so)\b|\band (also|both)\b/i;

const withoutCode = (text: string) => text.replace(/`[^`]*`/g, ' ');

type Rules = { [T in QuestionType]: (q: QuestionOf<T>) => string[] };

function choiceProblems(q: QuestionOf<'single' | 'multiple'>): string[] {
  return [...duplicateIds(q.options.map((o) => o.id), 'option'), ...optionTextProblems(q.options), ...sameExplanations(q.options.map((o) => [`option "${o.id}"`, o.explanation]))];
}

/** Each type's own rules, one entry per question type (the schema has checked the shape). */
export const rules: Rules = {
  single: (q) => {
    const correct = q.options.filter((o) => o.correct).length;
    return [...(correct !== 1 ? [`single choice needs exactly one correct option; found ${correct}`] : []), ...choiceProblems(q), ...lengthGiveaway(q.options)];
  },
  multiple: (q) => {
    const correct = q.options.filter((o) => o.correct).length;
    const problems: string[] = [];
    if (correct === 0) problems.push('multiple choice needs at least one correct option; found none');
    if (correct === q.options.length) problems.push('multiple choice needs at least one wrong option; every option is correct');
    return [...problems, ...choiceProblems(q)];
  },
  'true-false': (q) => {
    const problems: string[] = [];
    const claim = withoutCode(q.prompt);
    const word = absolute.exec(claim)?.[0];
    if (word) problems.push(`prompt: "${word}" in a true/false statement cues the answer; state the claim without absolute words`);
    if (compound.test(claim)) problems.push('prompt: a true/false statement makes one claim; this one joins two (split it, or make it a choice question)');
    problems.push(...sameExplanations([['explanations.true', q.explanations.true], ['explanations.false', q.explanations.false]]));
    return problems;
  },
  numeric: (q) => (q.tolerance > Math.abs(q.answer) ? [`tolerance ${q.tolerance} is wider than the answer ${q.answer} itself`] : []),
  ordering: (q) => [...duplicateIds(q.items.map((i) => i.id), 'item'), ...sameExplanations(q.items.map((i) => [`item "${i.id}"`, i.explanation]))],
  challenge: (q) => {
    const problems: string[] = [];
    if (q.tests !== 'application') problems.push('tests: a challenge is an application item; say "application"');
    if (q.best && !q.knobs.some((k) => k.path === q.best?.knob)) problems.push(`best.knob: "${q.best.knob}" is not one of the knobs' paths`);
    if (q.best && q.knobs.length !== 1) problems.push(`best: a "lowest/highest setting" challenge has one knob; found ${q.knobs.length}`);
    problems.push(...duplicateIds(q.knobs.map((k) => k.path), 'knob path'));
    q.knobs.forEach((k) => {
      const sorted = k.stops.every((s, i) => i === 0 || s > (k.stops[i - 1] ?? -Infinity));
      if (!sorted) problems.push(`knob "${k.label}": stops must be ascending without repeats`);
      if (!k.stops.includes(k.start)) problems.push(`knob "${k.label}": start ${k.start} is not one of its stops`);
      if (!k.stops.includes(k.reference)) problems.push(`knob "${k.label}": reference ${k.reference} is not one of its stops`);
    });
    if (q.knobs.every((k) => k.start === k.reference)) problems.push('the reference settings equal the starting settings');
    return problems;
  },
};

// The type beside the question picks its entry; see kinds.ts.
function problemsAs<T extends QuestionType>(type: T, q: QuestionOf<T>): string[] {
  return rules[type](q);
}

export function questionProblems(q: Question): string[] {
  return problemsAs(q.type, q);
}

/** Every option explains itself: a pasted "Wrong." under each distractor teaches nothing. */
function sameExplanations(entries: [string, string][]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const [where, text] of entries) {
    const key = normalize(text);
    const first = seen.get(key);
    if (first) problems.push(`${where}: same explanation as ${first}; say why this one is right or wrong`);
    else seen.set(key, where);
  }
  return problems;
}

/** Case, spacing and punctuation aside: how the check compares stems and explanations. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%$.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function duplicateIds(ids: string[], what: string): string[] {
  const seen = new Set<string>();
  const dupes = ids.filter((i) => (seen.has(i) ? true : (seen.add(i), false)));
  return [...new Set(dupes)].map((d) => `${what} id "${d}" is used twice`);
}

function optionTextProblems(options: Option[]): string[] {
  const problems: string[] = [];
  for (const o of options) {
    if (catchAll.test(o.text)) problems.push(`option "${o.id}": no "all/none of the above" options; they break when options are shuffled`);
    else {
      const word = absolute.exec(withoutCode(o.text))?.[0];
      if (word) problems.push(`option "${o.id}": "${word}" cues the answer (absolute options read as wrong); qualify the claim instead`);
    }
  }
  // Case counts: `handler` and `Handler` are different answers in code.
  const texts = options.map((o) => o.text.trim());
  if (new Set(texts).size !== texts.length) problems.push('two options have the same text');
  return problems;
}

/**
 * The right answer must not stand out as the longest by far: test-wise learners pick it without
 * knowing. Allowed up to 1.6× the longest distractor plus a few characters for short options.
 */
export function lengthGiveaway(options: Option[]): string[] {
  const right = options.find((o) => o.correct);
  const longestWrong = Math.max(0, ...options.filter((o) => !o.correct).map((o) => o.text.length));
  if (!right || longestWrong === 0) return [];
  return right.text.length > longestWrong * 1.6 + 8
    ? [`option "${right.id}": the right answer is much longer than every distractor (${right.text.length} vs at most ${longestWrong} characters); even them out`]
    : [];
}
