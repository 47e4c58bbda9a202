import { test, expect, hydrated } from './fixtures';
import { axeWidgets, chartPaths, chartsWarm, fastest, readout, setNumber, tableText, waitForEnd, openWidget } from './sim-helpers';

// Lesson pages that host each widget (the first widget on the page with that title is used).
const hosts = [
  { title: 'Autoscaling', page: '/learn/what-serverless-is/pros-and-cons/' },
  { title: 'Scale to zero', page: '/learn/what-serverless-is/what-is-serverless-computing/' },
  { title: 'Cold starts and latency', page: '/learn/what-serverless-is/pros-and-cons/' },
  { title: 'Pay-per-use or always on', page: '/learn/what-serverless-is/pros-and-cons/' },
] as const;

for (const host of hosts) {
  test(`${host.title}: Play moves the chart and the data table`, async ({ page }) => {
    await page.goto(host.page);
    await hydrated(page);
    const sim = await openWidget(page, host.title);
    await expect(sim.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(readout(sim, 'Instances')).toHaveText('—');
    expect(await tableText(sim)).toContain('No samples yet');
    const before = await chartPaths(sim);

    await sim.getByRole('button', { name: 'Play' }).click();
    await expect(sim.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => chartPaths(sim)).not.toBe(before);
    // The table and the charts redraw in separate turns of the redraw queue: the table may lag a turn.
    await expect.poll(() => tableText(sim)).not.toContain('No samples yet');
    const firstTable = await tableText(sim);
    await expect.poll(() => tableText(sim)).not.toBe(firstTable);
    await expect.poll(() => chartPaths(sim)).not.toBe(await chartPaths(sim));
    await expect(readout(sim, 'Instances')).not.toHaveText('—');

    await sim.getByRole('button', { name: 'Pause' }).click();
    const paused = await tableText(sim);
    // A sleep on purpose: the assertion is that nothing changes while paused, for longer than a
    // playing run takes to publish new samples (every 100 ms).
    await page.waitForTimeout(400);
    expect(await tableText(sim)).toBe(paused);
  });
}

test('Scale to zero: with traffic stopped and a short keep-alive, Instances reaches 0', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await sim.getByRole('button', { name: 'Play' }).click();
  // The first burst starts instances...
  await expect.poll(async () => Number(await readout(sim, 'Instances').textContent())).toBeGreaterThan(0);
  // ...then, mid-run, the traffic stops and idle instances may linger only 5 s.
  await setNumber(sim, 'Request rate', '0');
  await setNumber(sim, 'Keep-alive', '5');
  await expect(readout(sim, 'Instances')).toHaveText('0', { timeout: 20_000 });
  await expect(sim.getByText(/Scaled to zero/)).toBeVisible({ timeout: 10_000 });
});

test('Cold starts: raising Min instances lowers Cold starts', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/pros-and-cons/');
  await hydrated(page);
  const sim = await openWidget(page, 'Cold starts and latency');
  await fastest(sim);
  await sim.getByRole('button', { name: 'Play' }).click();
  await waitForEnd(sim);
  // The spoken summary tells of the end at once (it is otherwise throttled to every 2.5 s).
  await expect(sim.locator('[data-sim-summary]')).toHaveText(/^Run ended after/, { timeout: 1_000 });
  const without = parseFloat((await readout(sim, 'Cold starts').textContent()) ?? '');
  expect(without).toBeGreaterThan(0);

  await setNumber(sim, 'Min instances', '20');
  await sim.getByRole('button', { name: 'Play' }).click();
  await waitForEnd(sim);
  const withProvisioned = parseFloat((await readout(sim, 'Cold starts').textContent())?.replace('<', '') ?? '');
  expect(withProvisioned).toBeLessThan(without);
});

test('reduced motion shows the finished run at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.getByText('· ended')).toBeVisible({ timeout: 5_000 });
  await expect(readout(sim, 'Cold starts')).not.toHaveText('—');
});

test('every widget control works by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/learn/what-serverless-is/pros-and-cons/');
  await hydrated(page);
  const sim = await openWidget(page, 'Autoscaling');
  // Start from the Play button and move only with Tab, Enter, Space and the arrow keys.
  await sim.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sim.getByRole('button', { name: 'Play' })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(sim.getByRole('button', { name: 'Step' })).toBeFocused();
  const clock = sim.getByText(/\d+:\d\d \/ \d+:\d\d/);
  const t0 = await clock.textContent();
  await page.keyboard.press('Enter');
  await expect(clock).not.toHaveText(t0 ?? '');

  await page.keyboard.press('Tab');
  await expect(sim.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sim.getByRole('button', { name: 'New traffic' })).toBeFocused();
  await page.keyboard.press('Tab');
  const speed = sim.getByLabel('Speed', { exact: true });
  await expect(speed).toBeFocused();
  const speedBefore = await speed.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(speed).not.toHaveValue(speedBefore);

  await page.keyboard.press('Tab');
  const preset = sim.getByLabel('Preset', { exact: true });
  await expect(preset).toBeFocused();
  await page.keyboard.press('Tab');
  const pattern = sim.getByLabel('Traffic pattern', { exact: true });
  await expect(pattern).toBeFocused();
  const patternBefore = await pattern.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(pattern).not.toHaveValue(patternBefore);

  await page.keyboard.press('Tab');
  const rate = sim.getByLabel('Request rate', { exact: true });
  await expect(rate).toBeFocused();
  const rateValue = sim.getByLabel('Request rate value', { exact: true });
  const r0 = await rateValue.inputValue();
  await page.keyboard.press('ArrowRight');
  await expect(rateValue).not.toHaveValue(r0);
  await page.keyboard.press('Tab');
  await expect(rateValue).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('42');
  await page.keyboard.press('Tab');
  await expect(rateValue).toHaveValue('42');
  await expect(rate).toHaveAttribute('aria-valuetext', /req\/s/);

  // The remaining sliders and their number inputs follow in order.
  for (const name of ['Service time', 'Max concurrency', 'Concurrency per instance']) {
    await expect(sim.getByLabel(name, { exact: true })).toBeFocused();
    const before = await sim.getByLabel(`${name} value`, { exact: true }).inputValue();
    await page.keyboard.press('ArrowRight');
    await expect(sim.getByLabel(`${name} value`, { exact: true })).not.toHaveValue(before);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }

  // Show data opens with Enter; Open in playground is a link reached by Tab.
  const toggle = sim.getByRole('button', { name: 'Show data' });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(sim.getByRole('region', { name: 'Recent samples: Autoscaling' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sim.getByRole('link', { name: 'Open in playground' })).toBeFocused();

  // Preset by keyboard: a different preset, a fresh run.
  await preset.focus();
  await page.keyboard.press('ArrowDown');
  await expect(sim.getByText(/Simulated time 0:00 \//)).toBeVisible();
});

test('Open in playground carries the widget settings', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await setNumber(sim, 'Keep-alive', '42');
  await sim.getByRole('link', { name: 'Open in playground' }).click();
  await expect(page).toHaveURL(/\/playground\/\?.*keepAlive=42/);
  await expect(page.getByLabel('Keep-alive value', { exact: true })).toHaveValue('42');
  await expect(page.getByLabel('Traffic pattern', { exact: true })).toHaveValue('onoff');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`widgets pass axe in the ${scheme} theme, playing and with data shown`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/learn/what-serverless-is/pros-and-cons/');
    await hydrated(page);
    for (const title of ['Autoscaling', 'Cold starts and latency', 'Pay-per-use or always on']) {
      const sim = await openWidget(page, title);
      await sim.getByRole('button', { name: 'Step' }).click();
      await sim.getByRole('button', { name: 'Show data' }).click();
    }
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await axeWidgets(page)).toEqual([]);
  });
}

test('a widget draws each chart once on arrival, one chart per task, and its warm-up waits for the reader', async ({ page }) => {
  await page.goto('/learn/scaling-seen-live/autoscaling/');
  await hydrated(page);
  const drawn = () => page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => /^(mount|redraw) /.test(n)));
  // Nobody has touched the page: no warm-up yet (at load it was seconds of long tasks on a phone).
  expect(await page.evaluate(() => performance.getEntriesByName('chart-warmup-done').length)).toBe(0);
  // The scroll to the panel is the reader's first move; the warm-up follows it, and by its end any
  // second draw of the same empty run (the first effect used to rebuild the run) has happened.
  await openWidget(page, 'Autoscaling');
  await chartsWarm(page);
  expect((await drawn()).sort()).toEqual(['mount instances', 'mount rate']);
});

test.describe('a widget whose code fails to load', () => {
  // The failed chunk request and React's report of the caught error are the expected noise.
  test.use({ allowConsole: [/Failed to load resource|ERR_FAILED|Failed to load chunk|ChunkLoadError|could not start|The above error occurred/i] });

  test('shows the error in its own box and the lesson keeps working', async ({ page }) => {
    await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
    await hydrated(page);
    // The widget's code is fetched only when the reader nears it: cut the network first.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    const region = page.getByRole('region', { name: 'Simulation: Scale to zero' });
    await region.scrollIntoViewIfNeeded();
    const alert = page.getByRole('alert').filter({ hasText: 'could not start' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText('The scale to zero simulation could not start.');
    // Plain words first; the browser's message waits behind "Technical details".
    await expect(alert).toContainText('Its code did not arrive, most likely because the connection dropped.');
    const technical = alert.getByText(/chunk/i);
    await expect(technical).toBeHidden();
    await alert.getByText('Technical details').click();
    await expect(technical).toBeVisible();
    // The prose around it is still there and the page still responds.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: /theme/i }).first().click();

    // With the network back, "Try again" loads the widget.
    await page.unroute('**/_next/static/chunks/**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: 'Simulation: Scale to zero' }).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  });
});
