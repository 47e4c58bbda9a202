import { formatNumber, knobValueText } from '@/lib/quiz/format';
import type { ChallengeQuestion, Question } from '@/lib/quiz/schema';
import { passMark } from '../progress/schema';

/**
 * Pure grading: a question and the learner's response in, right or wrong out. No React, no
 * storage; the hook and the results page both build on this. Challenges need the engine, so
 * their check is passed in (lib/quiz/challenge.ts gives the real one).
 */

export type Response =
  | { type: 'single'; choice?: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value?: boolean }
  | { type: 'numeric'; text: string }
  | { type: 'ordering'; order: string[] }
  | { type: 'challenge'; values: Record<string, number> };

export type ChallengeCheck = (q: ChallengeQuestion, values: Record<string, number>) => boolean;

/** One pass mark for the whole course, kept beside the saved progress that records it. */
export { passMark };

/** The empty response for a question; ordering and challenges start from their given state. */
export function emptyResponse(q: Question, startOrder?: string[]): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false' };
    case 'numeric':
      return { type: 'numeric', text: '' };
    case 'ordering':
      return { type: 'ordering', order: startOrder ?? q.items.map((i) => i.id) };
    case 'challenge':
      return { type: 'challenge', values: Object.fromEntries(q.knobs.map((k) => [k.path, k.start])) };
  }
}

/** Whether there is anything to check. An ordering or a challenge always has a state to submit. */
export function isAnswered(r: Response): boolean {
  switch (r.type) {
    case 'single':
      return r.choice !== undefined;
    case 'multiple':
      return r.choices.length > 0;
    case 'true-false':
      return r.value !== undefined;
    case 'numeric':
      return parseNumber(r.text) !== undefined;
    case 'ordering':
    case 'challenge':
      return true;
  }
}

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

export function gradeQuestion(q: Question, r: Response, checkChallenge?: ChallengeCheck): boolean {
  if (q.type !== r.type) return false;
  switch (q.type) {
    case 'single':
      return q.options.some((o) => o.correct && o.id === (r as Extract<Response, { type: 'single' }>).choice);
    case 'multiple': {
      const chosen = new Set((r as Extract<Response, { type: 'multiple' }>).choices);
      return q.options.every((o) => o.correct === chosen.has(o.id));
    }
    case 'true-false':
      return (r as Extract<Response, { type: 'true-false' }>).value === q.answer;
    case 'numeric': {
      const n = parseNumber((r as Extract<Response, { type: 'numeric' }>).text);
      // A hair of slack so 0.1 + 0.2-style float noise never fails an exact answer.
      return n !== undefined && Math.abs(n - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer));
    }
    case 'ordering': {
      const order = (r as Extract<Response, { type: 'ordering' }>).order;
      return order.length === q.items.length && q.items.every((item, i) => order[i] === item.id);
    }
    case 'challenge': {
      if (!checkChallenge) throw new Error(`question "${q.id}": grading a challenge needs the engine`);
      return checkChallenge(q, (r as Extract<Response, { type: 'challenge' }>).values);
    }
  }
}

export interface Score {
  correct: number;
  total: number;
  /** correct ÷ total, 0 to 1. */
  fraction: number;
  passed: boolean;
}

/** Unanswered questions count as wrong: the score is out of the whole quiz. */
export function scoreAttempt(results: Record<string, boolean | undefined>, questionIds: string[]): Score {
  const correct = questionIds.filter((qid) => results[qid] === true).length;
  const total = questionIds.length;
  const fraction = total === 0 ? 0 : correct / total;
  return { correct, total, fraction, passed: fraction >= passMark - 1e-9 };
}

/** The right answer in words, for feedback and the review. */
export function rightAnswerText(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join('; ');
    case 'true-false':
      return q.answer ? 'True' : 'False';
    case 'numeric':
      return `${formatNumber(q.answer)}${q.unit ? ` ${q.unit}` : ''}${q.tolerance > 0 ? ` (within ${formatNumber(q.tolerance)})` : ''}`;
    case 'ordering':
      return q.items.map((i) => i.text).join(' → ');
    case 'challenge': {
      const settings = q.knobs.map((k) => `${k.label} ${knobValueText(k, k.reference)}`).join(', ');
      const knob = q.knobs.find((k) => k.path === q.best?.knob);
      if (!q.best || !knob) return `For example: ${settings}`;
      const edge = q.best.aim === 'lowest' ? q.best.within : -q.best.within;
      const range = q.best.within > 0 ? `; anything ${q.best.aim === 'lowest' ? 'up' : 'down'} to ${knobValueText(knob, tidy(knob.reference + edge))} counts` : '';
      return `${settings}, the ${q.best.aim} setting that meets the goals${range}`;
    }
  }
}

/** What the learner answered, in words. */
export function responseText(q: Question, r: Response): string {
  switch (r.type) {
    case 'single':
      return optionText(q, r.choice ? [r.choice] : []);
    case 'multiple':
      return optionText(q, r.choices);
    case 'true-false':
      return r.value === undefined ? 'No answer' : r.value ? 'True' : 'False';
    case 'numeric': {
      const n = parseNumber(r.text);
      const unit = q.type === 'numeric' && q.unit ? ` ${q.unit}` : '';
      return n === undefined ? 'No answer' : `${formatNumber(n)}${unit}`;
    }
    case 'ordering':
      return q.type === 'ordering' ? r.order.map((id) => q.items.find((i) => i.id === id)?.text ?? id).join(' → ') : '';
    case 'challenge':
      return q.type === 'challenge'
        ? q.knobs.map((k) => `${k.label} ${knobValueText(k, r.values[k.path] ?? k.start)}`).join(', ')
        : '';
  }
}

function optionText(q: Question, ids: string[]): string {
  if (q.type !== 'single' && q.type !== 'multiple') return '';
  const chosen = q.options.filter((o) => ids.includes(o.id)).map((o) => o.text);
  return chosen.length ? chosen.join('; ') : 'No answer';
}

export { formatNumber };

// Sums of stops such as 0.1 + 0.2 print as 0.3, not 0.30000000000000004.
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Why the right answer is right: the explanation the feedback and the review lead with. */
export function explanationFor(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => o.explanation)
        .join(' ');
    case 'true-false':
      return q.explanations[q.answer ? 'true' : 'false'];
    case 'numeric':
    case 'ordering':
    case 'challenge':
      return q.explanation;
  }
}
