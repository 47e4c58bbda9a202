import { test, expect, axeScan } from './fixtures';
import { allRoutes } from './routes';

// Every route, light and dark: loads with no console error (the fixture) and no axe violation.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const route of allRoutes) {
      test(`${route} passes axe`, async ({ page }) => {
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page).toHaveTitle(/Scale to Zero/);
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
        await page.waitForLoadState('networkidle');
        expect(await axeScan(page)).toEqual([]);
      });
    }
  });
}
