import { openCheckout, payWithCard } from './harness/customer';
import { expect, test } from './harness/fixtures';
import { sharedCheckoutUrl } from './harness/sale';

// #18: a failed payment says in words what to do, beside its code; "Try again" is the one
// action, focused, so Enter makes a fresh checkout for the same sale.

test('a failed payment says what to do, and Enter on the focused "Try again" makes a new checkout', async ({
  app,
  context,
}) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('7.20');
  await page.keyboard.press('Enter');
  const first = await sharedCheckoutUrl(page);
  const phone = await openCheckout(context, first);
  // The sandbox's card for "Payment service unavailable" (SYSTEM_ERROR).
  await payWithCard(phone, { number: '4000 0000 0000 0119' });
  await expect(page.getByRole('status').filter({ hasText: 'Failed' })).toBeVisible();
  await expect(page.getByText('Ozura could not process the payment — try again in a minute.')).toBeVisible();
  await expect(page.getByText('SYSTEM_ERROR')).toBeVisible();
  const tryAgain = page.getByRole('button', { name: 'Try again' });
  await expect(tryAgain).toBeFocused();
  await expect(page.getByRole('button', { name: 'Re-issue' })).toHaveCount(0);

  await page.keyboard.press('Enter');
  const second = await sharedCheckoutUrl(page);
  expect(second).not.toBe(first);
  await expect(page.getByRole('heading', { name: '$7.20' })).toBeVisible();
});

test('a payment held for review says not to hand over the goods', async ({ app, context }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('3.10');
  await page.keyboard.press('Enter');
  const phone = await openCheckout(context, await sharedCheckoutUrl(page));
  await payWithCard(phone, { number: '4000 0000 0000 0101' });
  await expect(page.getByText(/flagged for review — do not hand over the goods/)).toBeVisible();
  await expect(page.getByText('MANUAL_REVIEW')).toBeVisible();
});
