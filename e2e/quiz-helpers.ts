import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, hydrated } from './fixtures';

// Steps for taking a quiz, shared by the quiz journeys and the offline journey.
// The tests read the quiz files to know the right answers, as a learner who did the reading would.
interface Option {
  id: string;
  text: string;
  correct: boolean;
}
export interface Knob {
  label: string;
  stops: number[];
  start: number;
  reference: number;
}
export type Question = { id: string; prompt: string } & (
  | { type: 'single' | 'multiple'; options: Option[] }
  | { type: 'true-false'; answer: boolean }
  | { type: 'numeric'; answer: number }
  | { type: 'ordering'; items: { id: string; text: string }[] }
  | { type: 'challenge'; knobs: Knob[] }
);

export function questions(moduleId: string): Question[] {
  const file = path.join(process.cwd(), 'content', 'quizzes', `${moduleId}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { questions: Question[] }).questions;
}
export const plain = (text: string) => text.replace(/`([^`]+)`/g, '$1');

export function byId(moduleId: string) {
  const all = questions(moduleId);
  return (id: string) => {
    const q = all.find((x) => x.id === id);
    if (!q) throw new Error(`no question ${id}`);
    return q;
  };
}

export async function currentQuestion(page: Page): Promise<string> {
  return (await page.locator('[data-question]').getAttribute('data-question')) ?? '';
}

export async function start(page: Page, moduleId: string) {
  await page.goto(`/learn/${moduleId}/quiz/`);
  await hydrated(page);
  await page.getByRole('button', { name: /Start the quiz|Take the quiz again/ }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeFocused();
}

/** Answers the shown question with the mouse: right, or wrong on purpose. */
export async function answer(page: Page, q: Question, right: boolean) {
  const section = page.locator(`[data-question="${q.id}"]`);
  switch (q.type) {
    case 'single': {
      const option = q.options.find((o) => o.correct === right);
      await section.getByLabel(plain(option?.text ?? ''), { exact: true }).check();
      break;
    }
    case 'multiple':
      for (const o of q.options.filter((x) => (right ? x.correct : !x.correct)).slice(0, right ? undefined : 1)) {
        await section.getByLabel(plain(o.text), { exact: true }).check();
      }
      break;
    case 'true-false':
      await section.getByLabel(right === q.answer ? 'True' : 'False', { exact: true }).check();
      break;
    case 'numeric':
      await section.getByLabel('Your answer').fill(right ? String(q.answer).replace('.', ',') : String(q.answer * 3 + 7));
      break;
    case 'ordering':
      // The list starts shuffled away from the answer, so leaving it is a wrong answer.
      if (right) {
        for (const [target, item] of q.items.entries()) {
          const ids = await section.locator('li[data-item]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
          for (let at = ids.indexOf(item.id); at > target; at--) {
            await section.getByRole('button', { name: `Move ${plain(item.text)} up` }).click();
          }
        }
      }
      break;
    case 'challenge':
      if (right) for (const knob of q.knobs) await setSlider(page, section.getByRole('slider', { name: knob.label }), knob, knob.reference);
      break;
  }
}

/** Moves a slider with the keyboard, as the challenge expects: Home, then one stop per arrow. */
export async function setSlider(page: Page, slider: Locator, knob: Knob, value: number) {
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < knob.stops.indexOf(value); i++) await page.keyboard.press('ArrowRight');
}

/** Back to question 1 with Previous, then Next until the wanted question shows. */
export async function goToQuestion(page: Page, id: string) {
  const previous = page.getByRole('button', { name: /^Previous/ });
  while (await previous.isEnabled()) await previous.click();
  for (let i = 0; i < 14 && (await currentQuestion(page)) !== id; i++) await page.getByRole('button', { name: /^Next/ }).click();
  expect(await currentQuestion(page)).toBe(id);
}

export async function checkAndGoOn(page: Page, expected: 'Correct.' | 'Not quite.') {
  await page.getByRole('button', { name: 'Check' }).click();
  const feedback = page.getByTestId('feedback');
  await expect(feedback).toContainText(expected);
  await expect(feedback).toBeFocused();
  await expect(feedback.getByRole('link', { name: /./ })).toHaveAttribute('href', /^\/learn\/[a-z-]+\/[a-z-]+\/(#[a-z0-9-]+)?$/);
  const next = page.getByRole('button', { name: /^Next/ });
  if (await next.isVisible()) await next.click();
  else await page.getByRole('button', { name: 'See results' }).click();
}

/** Takes the whole quiz; `right(id, index)` says which questions to get right. Returns the order seen. */
export async function takeQuiz(page: Page, moduleId: string, right: (index: number) => boolean): Promise<string[]> {
  const find = byId(moduleId);
  const order: string[] = [];
  const total = questions(moduleId).length;
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })).toBeVisible();
    const id = await currentQuestion(page);
    order.push(id);
    await answer(page, find(id), right(i));
    await checkAndGoOn(page, right(i) ? 'Correct.' : 'Not quite.');
  }
  return order;
}
