import { expectNoSeriousViolations } from './harness/axe';
import { openCheckout, payWithCard } from './harness/customer';
import { expect, test } from './harness/fixtures';
import { historyRows, sharedCheckoutUrl } from './harness/sale';

// #18, share screen: one primary action per state with the rest under "More", and a waiting
// sale set aside when the customer walks away (the API has no cancel: it stays payable, and
// Linkdesk says so, keeps watching, and tells the staff if it is paid later).

test('waiting: Copy link is the one primary action; saving and printing wait under More', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('4.40');
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  const share = page.getByRole('region', { name: '$4.40' });
  await expect(share.locator('button.primary')).toHaveText(['Copy link']);
  const more = share.getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(share.getByRole('button', { name: 'Save QR as PNG' })).toBeHidden();
  await more.click();
  for (const name of [
    'Open in browser',
    'Save QR as PNG',
    'Save QR as SVG',
    'Print QR slip',
    'Save slip as PDF',
    'Open customer window',
  ])
    await expect(share.getByRole('button', { name })).toBeVisible();
  await expectNoSeriousViolations(page, 'the share screen with More open');
  await page.keyboard.press('Escape');
  await expect(share.getByRole('button', { name: 'Save QR as PNG' })).toBeHidden();
  await expect(more).toBeFocused();
});

test('a sale set aside stays payable, is watched, and says so when it is paid later', async ({
  app,
  context,
}, testInfo) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('12.50');
  await page.getByLabel('Reference (optional)').fill('Table 4');
  await page.keyboard.press('Enter');
  const url = await sharedCheckoutUrl(page);

  await page.getByRole('button', { name: 'Set aside' }).click();
  // Back to a new sale at once, with the set-aside sale explained.
  await expect(page.getByLabel('Amount')).toBeFocused();
  await expect(page.getByLabel('Amount')).toHaveValue('');
  const aside = page.getByRole('status').filter({ hasText: 'Set aside' });
  await expect(aside).toContainText('$12.50 · Table 4');
  await expect(aside).toContainText('can still be paid until');
  await expect(aside).toContainText('Ozura has no way to cancel a checkout');
  await page.screenshot({ path: testInfo.outputPath('set-aside.png') });
  // While the screen faces the public the note keeps the amount and drops the reference.
  await page.getByRole('button', { name: 'Hide history' }).click();
  await expect(aside).toContainText('$12.50');
  await expect(aside).not.toContainText('Table 4');
  await page.getByRole('button', { name: 'Show history' }).click();

  // The customer comes back and pays on the link they already have.
  const phone = await openCheckout(context, url);
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  await phone.close();
  const paidLater = page.getByRole('alert').filter({ hasText: 'Paid later' });
  await expect(paidLater).toContainText('$12.50 · Table 4', { timeout: 30_000 });
  // A paid test sale is what the first-run guide teaches, paid later or not.
  await expect(page.getByRole('heading', { name: 'Try a test sale first' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('paid-later.png') });
  await paidLater.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Paid later' })).toHaveCount(0);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(historyRows(page).filter({ hasText: 'Table 4' })).toContainText('Paid');
});
