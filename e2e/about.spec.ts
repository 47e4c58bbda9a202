import { test, expect, hydrated } from './fixtures';
import { openWidget } from './sim-helpers';

// The About page is reached from a widget and from the playground, and shows the validation as
// generated: Knative's cases all agreeing, every statistical row within its allowance.
test('About the model: linked from a widget and the playground, with the tables as generated', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await sim.getByRole('link', { name: 'About the model' }).click();
  await expect(page).toHaveURL(/\/about-the-model\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About the model' })).toBeVisible();

  await expect(page.getByText(/The model agrees on \d+ of \d+ checks/)).toContainText(/agrees on (\d+) of \1 checks/);
  const results = page.locator('table td:last-child', { hasText: /^(Within|Outside)$/ });
  expect(await results.count()).toBeGreaterThan(15);
  await expect(page.getByText('Outside', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'AWS Lambda: figures and sources' })).toContainText('1,000');

  await page.goto('/playground/');
  await hydrated(page);
  await page.getByRole('link', { name: 'About the model' }).click();
  await expect(page).toHaveURL(/\/about-the-model\/$/);
});
