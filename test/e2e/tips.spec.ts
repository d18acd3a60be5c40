import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openCheckout, payWithCard } from './harness/customer';
import { expect, test } from './harness/fixtures';
import { pdfText } from './harness/pdf';
import {
  historyRows,
  openFirstHistoryRow,
  sessionIdOf,
  sharedCheckoutUrl,
  moreAction,
  openTotals,
} from './harness/sale';

// #20: tips. The customer chooses on the customer window (or on the staff screen when there is
// none); the session charges sale + tip, and the hosted page, the redirect and history agree.

async function turnTippingOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Ask the customer for a tip before each sale (never on donations)').check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible();
  await page.getByRole('button', { name: 'New sale' }).click();
}

test('a customer picks 15 % on the customer window, pays, and every record agrees to the cent', async ({
  app,
  context,
}) => {
  const { page } = app;
  // The customer window is opened from a share screen; a first sale without tipping opens it.
  await page.getByLabel('Amount').fill('1.00');
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  await moreAction(page, 'Open customer window');
  const customer = await app.customerPage();
  await page.getByRole('button', { name: 'New sale' }).last().click();
  await turnTippingOn(page);

  await page.getByLabel('Amount').fill('12.34');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'The customer is choosing a tip on the customer screen' }),
  ).toBeVisible();
  await expect(customer.getByText('Your total: $12.34')).toBeVisible();
  const fifteen = customer.getByRole('button', { name: /^15%/ });
  await expect(fifteen).toHaveText('15%$1.85');
  await fifteen.click();

  const url = await sharedCheckoutUrl(page);
  await expect(page.getByText('$14.19').first()).toBeVisible();
  await expect(page.getByText('Includes a tip of $1.85')).toBeVisible();
  // The customer was asked once for this sale: a re-render of the tip step never asks again.
  const asked = app.calls.filter((c) => c.channel === 'display:ask-tip' && c.input !== null);
  expect(asked).toEqual([expect.objectContaining({ input: { currency: 'USD', saleMinor: 1234 } })]);
  await expect(customer.getByText('$14.19')).toBeVisible();
  const id = sessionIdOf(url);
  const atSandbox = app.main.sandbox?.state.sessions.get(id)?.request;
  expect(atSandbox).toMatchObject({ amountMinor: 1419, metadata: { tip: '185' } });

  const phone = await openCheckout(context, url);
  await expect(phone.getByText('$14.19').first()).toBeVisible();
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  const redirect = new URL(phone.url());
  expect(redirect.searchParams.get('amount')).toBe('14.19');
  expect(JSON.parse(redirect.searchParams.get('metadata') ?? '{}')).toMatchObject({ tip: '185' });
  await phone.close();
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();

  // The counter's window in front again (a background tab's frames are throttled to one a second).
  await page.bringToFront();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(historyRows(page).first()).toContainText('$14.19');
  await openTotals(page);
  const totals = page.getByRole('region', { name: 'Totals' });
  // The first $1.00 sale was never paid: only the tipped one is collected.
  await expect(totals).toContainText('Collected · USD$14.19');
  await expect(totals).toContainText('Sales $12.34 · Tips $1.85');

  // The receipt and the shift report say the same, to the cent.
  await openFirstHistoryRow(page);
  const receiptFile = join(app.dataDir, 'tipped-receipt.pdf');
  app.dialogs.savePaths.push(receiptFile);
  await page.getByRole('button', { name: 'Save receipt as PDF' }).click();
  await expect(page.getByText(`Receipt saved to ${receiptFile}`)).toBeVisible();
  const receipt = await pdfText(receiptFile);
  expect(receipt).toMatch(/Subtotal\s+\$12\.34/);
  expect(receipt).toMatch(/Tip\s+\$1\.85/);
  expect(receipt).toMatch(/Total charged\s+\$14\.19/);

  await page.getByRole('radio', { name: 'Shifts' }).click();
  await page.getByRole('button', { name: 'Close shift' }).click();
  await page.getByRole('button', { name: 'Yes, close the shift' }).click();
  const reportFile = join(app.dataDir, 'tipped-shift.pdf');
  app.dialogs.savePaths.push(reportFile);
  await page.getByRole('button', { name: 'Save report as PDF' }).click();
  await expect(page.getByText(`Report saved to ${reportFile}`)).toBeVisible();
  const report = (await pdfText(reportFile)).replace(/\s+/g, ' ');
  // Currency, sales (count), tips, surcharges, donations (count), total taken.
  expect(report).toContain('USD $12.34 (1) $1.85 $0.00 $0.00 (0) $14.19');
  expect(report).toMatch(/\$14\.19 \$1\.85 .*VISA 4242/);
});

test('without a customer window the staff screen asks; staff can skip, go back, or take a custom tip', async ({
  app,
}) => {
  const { page } = app;
  await turnTippingOn(page);
  await page.getByLabel('Amount').fill('20.00');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Turn the screen to the customer to choose a tip' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^10%/ })).toBeFocused();
  await page.getByRole('button', { name: 'Back to the sale' }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('20.00');

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Custom', exact: true }).click();
  await page.getByLabel('Tip amount (USD)').fill('2.555');
  await page.getByRole('button', { name: 'Add tip' }).click();
  await expect(page.getByRole('alert')).toContainText('That tip cannot be used');
  await page.getByLabel('Tip amount (USD)').fill('2.50');
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  await expect(page.getByText('$22.50').first()).toBeVisible();

  await page.getByRole('button', { name: 'New sale' }).last().click();
  await page.getByLabel('Amount').fill('5.00');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Skip tip' }).click();
  const url = await sharedCheckoutUrl(page);
  expect(app.main.sandbox?.state.sessions.get(sessionIdOf(url))?.request).toMatchObject({ amountMinor: 500 });
});
