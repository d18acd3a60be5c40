import type { BrowserContext, Page } from '@playwright/test';

export interface CardDetails {
  number: string;
  expiry?: string;
  cvc?: string;
  name?: string;
  email?: string;
}

/** The customer's phone: opens the checkout URL in its own page. */
export async function openCheckout(context: BrowserContext, checkoutUrl: string): Promise<Page> {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(checkoutUrl);
  return phone;
}

/** Fills the hosted form by its visible labels and presses Pay. */
export async function payWithCard(phone: Page, card: CardDetails): Promise<void> {
  await phone.getByLabel('Card number').fill(card.number);
  await phone.getByLabel('Expiry (MM/YY)').fill(card.expiry ?? '12/30');
  await phone.getByLabel('CVC').fill(card.cvc ?? '123');
  await phone.getByLabel('Name on card').fill(card.name ?? 'Ada Customer');
  await phone.getByLabel('Email').fill(card.email ?? 'ada@example.com');
  await phone.getByRole('button', { name: 'Pay' }).click();
}
