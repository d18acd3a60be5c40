import type { Page } from '@playwright/test';
import { postCardForm } from '../support/checkout-form';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test, type Harness } from './harness/fixtures';
import { historyRows, openTotals } from './harness/sale';

// #18, History: dense and labelled like a dashboard table — column headers that sort, rows of
// one height, filters in one row and the totals folded to a line — so that at least 12 rows
// show at 1280×800 and 5 at 800×600.

async function twentySales(app: Harness): Promise<void> {
  for (let n = 1; n <= 20; n++) {
    const input = { currency: 'USD', kind: 'amount', amount: `${n}.25`, reference: `Table ${n}`, staffInitials: 'MP' };
    const made = await app.main.dispatch('sessions:create', input, app.rendererUrl);
    if (!made.ok) throw new Error(JSON.stringify(made));
  }
  await app.page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(historyRows(app.page)).not.toHaveCount(0);
}

/** Rows wholly inside the window, without scrolling the page. */
const rowsInView = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.history-row')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

for (const [size, least] of [
  [{ width: 1280, height: 800 }, 12],
  [{ width: 800, height: 600 }, 5],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`at ${size.width}×${size.height} (${scheme}) at least ${least} labelled rows show, none clipped`, async ({
      app,
    }, testInfo) => {
      const { page } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await twentySales(app);
      await page.screenshot({ path: testInfo.outputPath('history-first.png') });
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(least);
      const heads = page.getByRole('group', { name: 'Columns' });
      for (const name of ['Time', 'Amount', 'Status', 'Reference']) await expect(heads.getByText(name)).toBeVisible();
      // One row height, and the status badge on one line.
      const heights = await page.locator('.history-row').evaluateAll((rows) => rows.map((r) => r.clientHeight));
      expect(new Set(heights).size).toBe(1);
      const badge = historyRows(page).first().locator('.status');
      expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth && el.clientHeight < 30)).toBe(true);
      // The title row is one row: the title, the tabs, Add by ID and Export side by side.
      const tops = await Promise.all(
        [
          page.getByRole('heading', { name: 'History', level: 1 }),
          page.getByRole('button', { name: 'Add a session by ID…' }),
          page.getByRole('button', { name: 'Export' }),
        ].map(async (control) => Math.round((await control.boundingBox())?.y ?? -1)),
      );
      expect(Math.max(...tops) - Math.min(...tops), `title row tops ${tops.join(', ')}`).toBeLessThan(20);
      await expectNoSeriousViolations(page, `History at ${size.width} (${scheme})`);
      await page.screenshot({ path: testInfo.outputPath('history.png') });
    });
  }
}

test('clicking a column header sorts by it; again reverses it', async ({ app }) => {
  await twentySales(app);
  const { page } = app;
  const heads = page.getByRole('group', { name: 'Columns' });
  const firstAmount = historyRows(page).first().locator('.row-amount');
  await expect(firstAmount).toHaveText('$20.25');
  await heads.getByRole('button', { name: /Amount/ }).click();
  await expect(heads.getByRole('button', { name: /Amount/ })).toHaveAccessibleName('Amount, largest first');
  await expect(firstAmount).toHaveText('$20.25');
  await heads.getByRole('button', { name: /Amount/ }).click();
  await expect(firstAmount).toHaveText('$1.25');
  await heads.getByRole('button', { name: /Time/ }).click();
  await expect(heads.getByRole('button', { name: /Time/ })).toHaveAccessibleName('Time, newest first');
  await expect(firstAmount).toHaveText('$20.25');
  await heads.getByRole('button', { name: /Time/ }).click();
  await expect(firstAmount).toHaveText('$1.25');
});

test('the totals fold to one line that says what was taken, open on a click, and stay as left', async ({ app }) => {
  await twentySales(app);
  const { page } = app;
  const fold = page.getByText(/^Totals/).first();
  await expect(fold).toContainText('20 sessions');
  await expect(page.getByRole('region', { name: 'Totals' })).toBeHidden();
  await fold.click();
  await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
  await page.getByRole('button', { name: 'New sale', exact: true }).click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
});

test('the hourly chart has labelled axes: hours along the bottom, money up the side', async ({ app }, testInfo) => {
  await twentySales(app);
  const { page } = app;
  const first = await app.main.dispatch('history:query', { sort: 'newest', offset: 0, limit: 3 }, app.rendererUrl);
  if (!first.ok) throw new Error(JSON.stringify(first));
  for (const row of (first.data as { rows: { checkoutUrl: string }[] }).rows) await postCardForm(row.checkoutUrl);
  await openTotals(page);
  const chart = page.getByRole('figure').filter({ hasText: 'Takings per hour' });
  await expect(chart).toContainText('Hour of the day');
  // The scale's top is the busiest hour's takings: 20.25 + 19.25 + 18.25.
  await expect(chart.locator('.y-axis')).toContainText('$57.75', { timeout: 30_000 });
  const hour = String(new Date().getHours()).padStart(2, '0');
  await expect(chart.locator('.x-axis')).toContainText(hour);
  await chart.screenshot({ path: testInfo.outputPath('hourly.png') });

  // Two hours on, one more sale: the quiet hour between is drawn as an empty slot, not left out.
  app.clock.advance(2 * 60 * 60 * 1000);
  const later = await app.main.dispatch(
    'sessions:create',
    { currency: 'USD', kind: 'amount', amount: '4.00' },
    app.rendererUrl,
  );
  if (!later.ok) throw new Error(JSON.stringify(later));
  await postCardForm((later.data as { checkoutUrl: string }).checkoutUrl);
  await page.getByLabel('When').selectOption({ label: 'All time' });
  await expect(chart.locator('.bar-slot')).toHaveCount(3, { timeout: 30_000 });
  const firstSale = Date.parse((first.data as { rows: { createdAt: string }[] }).rows[0]?.createdAt ?? '');
  const hours = [0, 1, 2].map((n) => String(new Date(firstSale + n * 3_600_000).getHours()).padStart(2, '0'));
  await expect(chart.locator('.x-axis span')).toHaveText(hours);
  // Read out, each hour with takings is said as the staff's clock says it ("09:00 PM").
  const spoken = (ms: number) =>
    new Date(Math.floor(ms / 3_600_000) * 3_600_000).toLocaleTimeString('en-US', {
      hour: '2-digit',
      minute: '2-digit',
    });
  await expect(chart).toHaveAttribute(
    'aria-label',
    `Takings per hour: ${spoken(firstSale)} $57.75, ${spoken(firstSale + 2 * 3_600_000)} $4.00`,
  );
  await chart.screenshot({ path: testInfo.outputPath('hourly-with-a-quiet-hour.png') });
});
