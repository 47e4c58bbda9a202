import { test, expect, hydrated } from './fixtures';
import { openWidget, widget } from './sim-helpers';

test.use({ colorScheme: 'dark' });

test('a lesson prints without site chrome; widgets print as their summary and data table, or their placeholder text', async ({ page }) => {
  await page.goto('/learn/scaling-seen-live/autoscaling/');
  await hydrated(page);
  const loaded = await openWidget(page, 'Autoscaling');
  const waiting = widget(page, 'Autoscaling', 1);
  await expect(waiting).toHaveAttribute('aria-busy', 'true');
  await expect(loaded.getByRole('region', { name: /Recent samples/ })).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });

  for (const chrome of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('navigation', { name: 'Previous and next' })]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  expect(await page.locator('button:visible').count(), 'visible buttons').toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Autoscaling on demand' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();

  // The loaded panel: title, summary in words and the data table; no chart, slider or link.
  await expect(loaded.getByText('Simulation: Autoscaling')).toBeVisible();
  await expect(loaded.locator('[data-sim-summary]')).toBeVisible();
  await expect(loaded.locator('[data-sim-summary]')).not.toBeEmpty();
  const table = loaded.getByRole('region', { name: /Recent samples/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Busy' })).toBeVisible();
  await expect(loaded.locator('.recharts-surface').first()).toBeHidden();
  await expect(loaded.getByRole('slider').first()).toBeHidden();
  await expect(loaded.getByRole('link', { name: 'Open in playground' })).toBeHidden();

  // The placeholder: its words, at their own height, without "Loading…" or the pulsing block.
  await expect(waiting.getByText('Simulation: Autoscaling')).toBeVisible();
  await expect(waiting.getByText('Loading the simulation…')).toBeHidden();
  expect((await waiting.boundingBox())?.height ?? 0).toBeLessThan(300);

  // Dark on screen, black on white on paper.
  const colours = await page.evaluate(() => {
    const h1 = getComputedStyle(document.querySelector('h1')!);
    return { theme: document.documentElement.classList.contains('dark'), text: h1.color, page: getComputedStyle(document.body).backgroundColor };
  });
  expect(colours).toEqual({ theme: true, text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });

  // Back on screen, the table is closed again as the learner left it.
  await page.emulateMedia({ media: 'screen' });
  await expect(table).toBeHidden();
  await expect(page.getByRole('banner')).toBeVisible();
});
