import type { Locator, Page } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';
import { answer, byId, checkAndGoOn, currentQuestion, goToQuestion, plain, questions, setSlider, start, takeQuiz } from './quiz-helpers';

// Whole-quiz journeys click through a dozen questions; on a shared 2-core machine that takes a while.
const longJourney = 180_000;

test('pass a quiz: feedback on every Check, then score and review; kept after a reload and shown on the home page', async ({ page }) => {
  test.setTimeout(longJourney);
  const total = questions('what-serverless-is').length;
  await start(page, 'what-serverless-is');
  await takeQuiz(page, 'what-serverless-is', () => true);
  const results = page.getByTestId('results');
  await expect(page.getByRole('heading', { name: 'Your score: 100 %' })).toBeFocused();
  await expect(results).toContainText(`${total} of ${total} correct. The pass mark is 70 %.`);
  await expect(results).toContainText('Passed.');
  await expect(page.getByTestId('review-item')).toHaveCount(total);

  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('quiz-record')).toHaveText('Your best: 100 % (passed) · last: 100 % · 1 attempt');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('link', { name: /Quiz.*Best 100 % · passed/ }).first()).toHaveAttribute('aria-current', 'page');

  await page.goto('/');
  await hydrated(page);
  await expect(page.getByRole('link', { name: /Quiz: What serverless is/ }).getByTestId('quiz-status')).toHaveText('Best 100 % · passed');
});

test('fail a quiz, review the right answers, retry in a new order, pass; the best result survives a reload', async ({ page }) => {
  test.setTimeout(longJourney * 2);
  const moduleId = 'python-toolbox';
  const total = questions(moduleId).length;
  await start(page, moduleId);
  const first = await takeQuiz(page, moduleId, (i) => i < 3);
  await expect(page.getByRole('heading', { name: `Your score: ${Math.round((300 / total))} %` })).toBeVisible();
  await expect(page.getByTestId('results')).toContainText('Not passed yet');
  const review = page.getByTestId('review-item');
  await expect(review).toHaveCount(total);
  // Each wrong answer is reviewed with the right answer and why.
  const wrong = review.filter({ hasText: 'wrong' }).first();
  await expect(wrong).toContainText('Right answer');
  await expect(wrong).toContainText('Why');

  await page.getByRole('button', { name: 'Retry' }).click();
  const second = await takeQuiz(page, moduleId, () => true);
  expect(second).not.toEqual(first);
  expect([...second].sort()).toEqual([...first].sort());
  await expect(page.getByRole('heading', { name: 'Your score: 100 %' })).toBeVisible();
  await expect(page.getByTestId('results')).toContainText('Best so far 100 % · 2 attempts');

  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('quiz-record')).toHaveText('Your best: 100 % (passed) · last: 100 % · 2 attempts');
  await page.goto('/progress/');
  await hydrated(page);
  await expect(page.getByRole('region', { name: /The Python toolbox/ }).getByTestId('quiz-record')).toContainText('Best 100 % · passed · last 100 % · 2 attempts');
});

test('a simulation challenge hides its outcome until Check, then shows every setting: the far end of the slider is not the answer', async ({ page }) => {
  const find = byId('scaling-seen-live');
  await start(page, 'scaling-seen-live');
  for (const [target, pick, verdict] of [
    ['reserve-just-enough', 80, 'Not quite.'],
    ['random-gaps', 420, 'Correct.'],
  ] as const) {
    await goToQuestion(page, target);
    const q = find(target);
    if (q.type !== 'challenge') throw new Error('not a challenge');
    const knob = q.knobs[0]!;
    const section = page.locator(`[data-question="${target}"]`);
    const slider = section.getByRole('slider', { name: knob.label });
    await setSlider(page, slider, knob, pick);
    await expect(section.locator('output')).toHaveText(new RegExp(`^${pick}( s)?$`));
    // Nothing simulated yet: the learner has to reason to a setting, not slide until it turns green.
    await expect(section.getByTestId('challenge-goal')).toHaveCount(0);
    await expect(section.getByTestId('challenge-sweep')).toHaveCount(0);

    await page.getByRole('button', { name: 'Check' }).click();
    const feedback = page.getByTestId('feedback');
    await expect(feedback).toContainText(verdict);
    await expect(feedback).toBeFocused();
    await expect(slider).toBeDisabled();
    const sweep = feedback.getByTestId('challenge-sweep');
    await expect(sweep.locator('tbody tr')).toHaveCount(knob.stops.length);
    const mine = sweep.locator(`tr[data-value="${pick}"]`);
    await expect(mine).toContainText('your setting');
    // Both picks meet the goal; only the lowest that works (within the tolerance) is right.
    await expect(mine).toHaveAttribute('data-met', 'true');
    await expect(feedback.getByTestId('challenge-goal').first()).toHaveAttribute('data-met', 'true');
    await expect(sweep.locator(`tr[data-value="${knob.reference}"]`)).toContainText('the lowest that works');
    await expect(sweep.locator(`tr[data-value="${knob.stops[0]}"]`)).toHaveAttribute('data-met', 'false');
  }
});

test('Check without an answer asks for one; finishing early names the unchecked questions', async ({ page }) => {
  await start(page, 'shipping-a-function');
  const id = await currentQuestion(page);
  const q = byId('shipping-a-function')(id);
  if (q.type !== 'ordering') {
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Choose an answer first.' })).toBeVisible();
  }
  await answer(page, q, true);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('feedback')).toContainText('Correct.');
  const total = questions('shipping-a-function').length;
  for (let i = 1; i < total; i++) await page.getByRole('button', { name: /^Next/ }).click();
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not checked yet' })).toContainText('Questions 2, 3');
  await page.getByRole('button', { name: 'Go to question 2' }).click();
  await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeFocused();
  await page.getByRole('button', { name: /^Previous/ }).click();
  await expect(page.getByTestId('feedback')).toContainText('Correct.');
});

/** Presses Tab (or Shift+Tab) until the target has focus: keyboard only, never a click. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 0;
      if (!active || active === document.body) return 1;
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
    });
    if (where === 0) return;
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
  }
  throw new Error('not reachable by keyboard');
}

test('keyboard only: a whole quiz, every question type, without the mouse', async ({ page }) => {
  test.setTimeout(longJourney);
  const moduleId = 'what-serverless-is';
  const find = byId(moduleId);
  const total = questions(moduleId).length;
  await page.goto(`/learn/${moduleId}/quiz/`);
  await hydrated(page);
  await tabTo(page, page.getByRole('button', { name: 'Start the quiz' }));
  await page.keyboard.press('Enter');
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })).toBeFocused();
    const q = find(await currentQuestion(page));
    const section = page.locator(`[data-question="${q.id}"]`);
    if (q.type === 'single' || q.type === 'true-false') {
      const radios = section.getByRole('radio');
      const values = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      const right = q.type === 'true-false' ? String(q.answer) : (q.options.find((o) => o.correct)?.id ?? '');
      await tabTo(page, radios.first());
      const index = values.indexOf(right);
      if (index === 0) await page.keyboard.press('Space');
      for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
      await expect(section.getByRole('radio', { checked: true })).toHaveValue(right);
    } else if (q.type === 'multiple') {
      for (const o of q.options.filter((x) => x.correct)) {
        await tabTo(page, section.getByLabel(plain(o.text), { exact: true }));
        await page.keyboard.press('Space');
      }
    } else if (q.type === 'numeric') {
      await tabTo(page, section.getByLabel('Your answer'));
      await page.keyboard.type(String(q.answer));
    } else if (q.type === 'ordering') {
      for (const [target, item] of q.items.entries()) {
        const ids = await section.locator('li[data-item]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
        const at = ids.indexOf(item.id);
        if (at === target) continue;
        const up = section.getByRole('button', { name: `Move ${plain(item.text)} up` });
        await tabTo(page, up);
        // Focus stays on the moved item's button, so Enter keeps moving it.
        for (let k = at; k > target; k--) {
          await page.keyboard.press('Enter');
          await expect(up).toBeFocused();
        }
        await expect(section.getByText(`${plain(item.text)} moved to position ${target + 1}`)).toBeAttached();
      }
    } else if (q.type === 'challenge') {
      for (const knob of q.knobs) {
        await tabTo(page, section.getByRole('slider', { name: knob.label }));
        await page.keyboard.press('Home');
        for (let k = 0; k < knob.stops.indexOf(knob.reference); k++) await page.keyboard.press('ArrowRight');
      }
    }
    await tabTo(page, page.getByRole('button', { name: 'Check' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toBeFocused();
    await expect(page.getByTestId('feedback')).toContainText('Correct.');
    await tabTo(page, page.getByRole('button', { name: i === total - 1 ? 'See results' : /^Next/ }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your score: 100 %' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Retry' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a quiz in ${theme} mode: intro, question, feedback, challenge, results`, async ({ page }) => {
    test.setTimeout(longJourney * 2);
    await page.addInitScript((t) => localStorage.setItem('scale-to-zero:theme', t), theme);
    await page.goto('/learn/scaling-seen-live/quiz/');
    await hydrated(page);
    if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/dark/);
    else await expect(page.locator('html')).not.toHaveClass(/dark/);
    expect(await axeScan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    expect(await axeScan(page)).toEqual([]);
    const find = byId('scaling-seen-live');
    let sawChallenge = false;
    const total = questions('scaling-seen-live').length;
    for (let i = 0; i < total; i++) {
      const q = find(await currentQuestion(page));
      // A wrong answer shows the most feedback: the verdicts, the right answer and why.
      await answer(page, q, false);
      const firstChallenge = q.type === 'challenge' && !sawChallenge;
      if (firstChallenge) expect(await axeScan(page)).toEqual([]);
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.getByTestId('feedback')).toBeVisible();
      if (firstChallenge) {
        sawChallenge = true;
        await expect(page.getByTestId('challenge-sweep')).toBeVisible();
      }
      if (i === 0 || firstChallenge) expect(await axeScan(page)).toEqual([]);
      await page.getByRole('button', { name: i === total - 1 ? 'See results' : /^Next/ }).click();
    }
    await expect(page.getByTestId('results')).toBeVisible();
    expect(await axeScan(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a quiz question fits the screen and can be answered', async ({ page }) => {
    await start(page, 'scaling-seen-live');
    const q = byId('scaling-seen-live')(await currentQuestion(page));
    await answer(page, q, true);
    await checkAndGoOn(page, 'Correct.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
