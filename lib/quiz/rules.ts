import type { Option, Question } from './schema';

/**
 * Rules a schema cannot express, checked one question at a time. Each returns plain messages;
 * the loader prefixes the file and the question id. The writing rules come from freeCodeCamp's
 * quiz audits: no give-away by length, no "all of the above", one idea per question.
 */

export const minQuestions = 8;
export const maxQuestions = 12;

// "All/none of the above" breaks under shuffling and tests elimination, not knowledge.
const catchAll = /\b(all|none|both|neither) of (the )?(above|these|those)\b/i;

export function questionProblems(q: Question): string[] {
  const problems: string[] = [];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && correct !== 1) problems.push(`single choice needs exactly one correct option; found ${correct}`);
      if (q.type === 'multiple' && correct === 0) problems.push('multiple choice needs at least one correct option; found none');
      if (q.type === 'multiple' && correct === q.options.length) problems.push('multiple choice needs at least one wrong option; every option is correct');
      problems.push(...duplicateIds(q.options.map((o) => o.id), 'option'));
      problems.push(...optionTextProblems(q.options));
      if (q.type === 'single') problems.push(...lengthGiveaway(q.options));
      break;
    }
    case 'numeric':
      if (q.tolerance > Math.abs(q.answer)) problems.push(`tolerance ${q.tolerance} is wider than the answer ${q.answer} itself`);
      break;
    case 'ordering':
      problems.push(...duplicateIds(q.items.map((i) => i.id), 'item'));
      break;
    case 'challenge':
      problems.push(...duplicateIds(q.knobs.map((k) => k.path), 'knob path'));
      q.knobs.forEach((k) => {
        const sorted = k.stops.every((s, i) => i === 0 || s > (k.stops[i - 1] ?? -Infinity));
        if (!sorted) problems.push(`knob "${k.label}": stops must be ascending without repeats`);
        if (!k.stops.includes(k.start)) problems.push(`knob "${k.label}": start ${k.start} is not one of its stops`);
        if (!k.stops.includes(k.reference)) problems.push(`knob "${k.label}": reference ${k.reference} is not one of its stops`);
      });
      if (q.knobs.every((k) => k.start === k.reference)) problems.push('the reference settings equal the starting settings');
      break;
    case 'true-false':
      break;
  }
  return problems;
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
