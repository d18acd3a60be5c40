import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { openCheckout, payWithCard, type CardDetails } from './customer';

/** Waits for the share screen and returns the checkout URL it shows. */
export async function sharedCheckoutUrl(page: Page): Promise<string> {
  await expect(page.getByRole('img', { name: /QR code to pay/ })).toBeVisible();
  return (await page.locator('.link-text').textContent()) ?? '';
}

/** The customer pays on their phone; the counter screen then shows Paid. */
export async function customerPays(
  page: Page,
  context: BrowserContext,
  card: CardDetails = { number: '4242 4242 4242 4242' },
  donation?: string,
): Promise<void> {
  const phone = await openCheckout(context, await sharedCheckoutUrl(page));
  if (donation !== undefined) await phone.getByLabel(/Donation amount/).fill(donation);
  await payWithCard(phone, card);
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  await phone.close();
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();
}

export const sessionIdOf = (checkoutUrl: string): string => checkoutUrl.split('/').pop() ?? '';

/** The rows of the history list (not the "sessions by status" list beside it). */
export const historyRows = (page: Page) =>
  page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem');

/** Opens the first session of the history list in the detail pane. */
export async function openFirstHistoryRow(page: Page): Promise<void> {
  await historyRows(page).first().getByRole('button').click();
}

/** Presses one of the share screen's occasional actions, opening its "More" group first if needed. */
export async function moreAction(page: Page, name: string, more = 'More'): Promise<void> {
  const action = page.getByRole('button', { name, exact: true });
  if (!(await action.isVisible())) await page.getByRole('button', { name: more, exact: true }).click();
  await action.click();
}

/** Opens History's totals where they are folded to one line (it stays open once opened). */
export async function openTotals(page: Page): Promise<void> {
  const fold = page.locator('.totals-fold');
  await expect(fold).toBeVisible();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}
