import { decodeQr } from './harness/qr';
import { openCheckout, payWithCard } from './harness/customer';
import { expect, test } from './harness/fixtures';

test('an amount typed at the counter becomes a scannable QR that flips to paid when the customer pays', async ({
  app,
  context,
}) => {
  const { page } = app;
  await expect(page.getByRole('banner').getByText('Test mode · Built-in sandbox')).toBeVisible();

  await page.getByLabel('Amount').fill('12.50');
  await page.getByLabel('Amount').press('Enter');

  const qr = page.getByRole('img', { name: /QR code to pay Sandbox Store \$12\.50/ });
  await expect(qr).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for payment' })).toBeVisible();

  // The code on screen is what a phone camera would read.
  const checkoutUrl = decodeQr(await page.screenshot());
  expect(checkoutUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/session_[a-z0-9]{14}$/);
  const sessionId = checkoutUrl?.split('/').pop() ?? '';
  expect(app.main.history.get(sessionId)?.checkoutUrl).toBe(checkoutUrl);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(app.clipboard).toEqual([checkoutUrl]);

  const phone = await openCheckout(context, checkoutUrl ?? '');
  await expect(phone.getByText('$12.50')).toBeVisible();
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  const landed = new URL(phone.url());
  expect(landed.searchParams.get('success')).toBe('true');
  expect(landed.searchParams.get('sessionId')).toBe(sessionId);
  expect(landed.searchParams.get('amount')).toBe('12.50');

  // No click on the counter screen: the status arrives by itself.
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();
  await expect(page.getByText('VISA •••• 4242')).toBeVisible();
  expect(app.main.history.get(sessionId)?.status).toBe('completed');
});

test('an amount the API would refuse is stopped at the form with the reason', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('12.345');
  await page.getByRole('button', { name: /Create/ }).click();
  await expect(page.getByText('USD amounts have at most 2 decimal places')).toBeVisible();
  await page.getByLabel('Amount').fill('abc');
  await page.getByLabel('Amount').press('Enter');
  await expect(page.getByText('Amount must be a number such as 12.50')).toBeVisible();
  expect(app.main.history.size).toBe(0);
});
