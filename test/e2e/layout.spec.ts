import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { customerPays, historyRows, sharedCheckoutUrl } from './harness/sale';

// Nothing the clerk needs may be cut off or overlap, from 800×600 to a 4K screen, in both themes.

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${String(locator)} is not on screen`);
  return found;
}

async function expectWithinWidth(page: Page, ...locators: Locator[]): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  for (const locator of locators) {
    const b = await box(locator);
    expect(b.x, `${String(locator)} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${String(locator)} ends on screen`).toBeLessThanOrEqual(width + 0.5);
  }
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const size of [
  { width: 800, height: 600 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`nothing is cut off or overlapping at ${size.width}×${size.height} (${scheme})`, async ({ app, context }) => {
      const { page } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const header = page.locator('.app-header');
      await expectWithinWidth(
        page,
        header.getByRole('button', { name: 'Settings', exact: true }),
        header.locator('.env-badge'),
        page.getByLabel('Amount'),
      );
      await expectWithinWidth(page, page.getByRole('button', { name: /Create/ }));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      await page.getByLabel('Amount').fill('12.50');
      await page.keyboard.press('Enter');
      await sharedCheckoutUrl(page);
      const qr = page.getByRole('img', { name: /QR code to pay/ });
      const title = page.getByRole('heading', { name: '$12.50' });
      await expectWithinWidth(page, qr, title, page.getByRole('button', { name: 'Copy link' }));
      expect(overlaps(await box(qr), await box(title))).toBe(false);
      const qrBox = await box(qr);
      expect(qrBox.y + qrBox.height, 'the whole QR fits the window height').toBeLessThanOrEqual(size.height);

      // The customer view (F): QR, amount and the hint to scan all fit the window.
      await page.locator('body').press('f');
      const hint = page.getByText('Scan with your phone camera to pay');
      const hintBox = await box(hint);
      expect(hintBox.y + hintBox.height, 'the scan hint fits the window height').toBeLessThanOrEqual(size.height);
      await expectWithinWidth(page, page.getByRole('region', { name: 'Customer view' }).getByRole('img'), hint);
      await page.keyboard.press('Escape');

      await customerPays(page, context);
      await page.getByRole('button', { name: 'History', exact: true }).click();
      const row = historyRows(page).first();
      await row.getByRole('button').click();
      await expectWithinWidth(
        page,
        row,
        page.getByRole('region', { name: 'Session details' }),
        page.getByRole('button', { name: 'Export', exact: true }),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      // A closed shift's report, with its table of paid sales and their long ids (#20).
      await page.getByRole('radio', { name: 'Shifts' }).click();
      await page.getByRole('button', { name: 'Close shift' }).click();
      await page.getByRole('button', { name: 'Yes, close the shift' }).click();
      const report = page.getByRole('region', { name: 'Shift report' });
      await expectWithinWidth(
        page,
        report.getByRole('table', { name: 'Paid sales' }),
        report.getByRole('button', { name: 'Save report as PDF' }),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.getByRole('radio', { name: 'Sessions' }).click();

      await page.getByRole('button', { name: 'New sale', exact: true }).click();
      await page.getByRole('button', { name: 'New sale' }).last().click();
      await page.getByLabel('Amount').fill('5.00');
      await page.getByText('Make a reusable payment link instead').click();
      await page.getByLabel('Title (on the poster)').fill('Entrance poster');
      await page.getByRole('button', { name: 'Create payment link' }).click();
      const linkQr = page.getByRole('img', { name: /QR code of the payment link/ });
      await expect(linkQr).toBeVisible();
      const table = page.getByRole('table');
      await expectWithinWidth(
        page,
        table.getByRole('columnheader', { name: 'Status' }),
        table.getByRole('row').nth(1).getByRole('cell').last(),
        linkQr,
        page.getByRole('button', { name: 'Print poster' }),
      );
      expect(overlaps(await box(linkQr), await box(page.getByRole('heading', { name: 'Entrance poster' })))).toBe(
        false,
      );
      const tableFits = await table.evaluate((el) => el.scrollWidth <= (el.parentElement?.clientWidth ?? 0));
      expect(tableFits, 'the links table needs no sideways scrolling').toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
}

test('the first-run tour shows on the sandbox until dismissed, and points to Settings', async ({ app }) => {
  const { page } = app;
  const tour = page.getByRole('complementary', { name: 'Try a test sale first' });
  await expect(tour).toContainText('4242 4242 4242 4242');
  await tour.getByRole('button', { name: 'Open Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles' })).toBeVisible();
  await page.getByRole('button', { name: 'New sale' }).click();
  await tour.getByRole('button', { name: 'Got it, hide this' }).click();
  await expect(tour).toHaveCount(0);
  const restarted = await app.restart();
  await expect(restarted.page.getByLabel('Amount')).toBeVisible();
  await expect(restarted.page.getByRole('complementary', { name: 'Try a test sale first' })).toHaveCount(0);
});

test('the first-run tour hides itself once the first test sale is paid (#18)', async ({ app, context }) => {
  const { page } = app;
  const tour = page.getByRole('complementary', { name: 'Try a test sale first' });
  await expect(tour).toBeVisible();
  await page.getByLabel('Amount').fill('2.00');
  await page.keyboard.press('Enter');
  await customerPays(page, context);
  await page.getByRole('button', { name: 'New sale' }).last().click();
  await expect(page.getByLabel('Amount')).toBeVisible();
  await expect(tour).toHaveCount(0);
  const restarted = await app.restart();
  await expect(restarted.page.getByLabel('Amount')).toBeVisible();
  await expect(restarted.page.getByRole('complementary', { name: 'Try a test sale first' })).toHaveCount(0);
});

test('at 800×600 the header is one row, also with sign-in on (#18)', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  const header = page.getByRole('banner');
  const oneRow = async () => {
    const items = await header.locator(':scope > *:visible').all();
    const tops = await Promise.all(items.map(async (item) => Math.round((await box(item)).y)));
    const heights = await Promise.all(items.map(async (item) => (await box(item)).height));
    expect(Math.max(...tops) - Math.min(...tops), 'every header item starts on the same row').toBeLessThan(
      Math.min(...heights),
    );
    await expectWithinWidth(page, ...items);
  };
  await expect(header.getByText('Test mode', { exact: true })).toBeVisible();
  await oneRow();
  await app.main.dispatch(
    'staff:save',
    { name: 'Mina Patel', initials: 'MP', role: 'manager', secret: '2468' },
    app.rendererUrl,
  );
  await expect(header.getByRole('button', { name: /Lock/ })).toBeVisible();
  await oneRow();
});
