import type { Page } from '@playwright/test';
import { openCheckout, payWithCard } from './harness/customer';
import { expect, test } from './harness/fixtures';

/** Creates an amount session at the counter and returns its checkout URL. */
async function newSale(page: Page, amount: string): Promise<string> {
  await page.getByLabel('Amount').fill(amount);
  await page.getByLabel('Amount').press('Enter');
  await expect(page.getByRole('img', { name: /QR code to pay/ })).toBeVisible();
  return (await page.locator('.link-text').textContent()) ?? '';
}

const counterStatus = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('a declined card keeps the sale waiting, and a second card pays it', async ({ app, context }) => {
  const url = await newSale(app.page, '8.00');
  const phone = await openCheckout(context, url);
  await payWithCard(phone, { number: '4000 0000 0000 0002' });
  await expect(phone.getByRole('alert')).toHaveText('Your card was declined. Try another card.');
  await expect(counterStatus(app.page, 'Waiting for payment')).toBeVisible();
  await payWithCard(phone, { number: '4111 1111 1111 1111' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  await expect(counterStatus(app.page, 'Paid')).toBeVisible();
});

test('a card error shows beside its field on the phone', async ({ app, context }) => {
  const phone = await openCheckout(context, await newSale(app.page, '3.00'));
  await payWithCard(phone, { number: '4242 4242 4242 4241', expiry: '01/20' });
  await expect(phone.getByText('This card number is not valid')).toBeVisible();
  await expect(phone.getByText('This card has expired')).toBeVisible();
  await expect(phone.getByLabel('Card number')).toHaveAttribute('aria-invalid', 'true');
});

test('a customer who cancels is shown as cancelled at the counter', async ({ app, context }) => {
  const phone = await openCheckout(context, await newSale(app.page, '4.50'));
  await phone.getByRole('button', { name: 'Cancel' }).click();
  await expect(phone.getByRole('heading', { name: 'Payment cancelled' })).toBeVisible();
  await expect(counterStatus(app.page, 'Cancelled')).toBeVisible();
});

test('a processor failure is shown with its error code', async ({ app, context }) => {
  const phone = await openCheckout(context, await newSale(app.page, '19.99'));
  await payWithCard(phone, { number: '4000 0000 0000 0119' });
  await expect(phone.getByText('Payment service unavailable (SYSTEM_ERROR)')).toBeVisible();
  await expect(counterStatus(app.page, 'Failed')).toBeVisible();
  await expect(counterStatus(app.page, 'SYSTEM_ERROR')).toBeVisible();
});

test('a sale nobody pays expires after 30 minutes of sandbox time', async ({ app, context, request }) => {
  const url = await newSale(app.page, '2.00');
  const base = new URL(url).origin;
  const phone = await openCheckout(context, url);
  await request.post(`${base}/__sandbox/clock`, { data: { advanceMs: 31 * 60_000 } });
  await expect(counterStatus(app.page, 'Expired')).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole('heading', { name: 'This checkout has expired' })).toBeVisible();
  expect(app.main.history.list()[0]?.status).toBe('expired');
});
