// How a session or a payment link reads to people: on screen, on a slip and on a poster.
import type { Translator } from './i18n/translator';
import { minorUnits } from './money';
import type { SessionRecord } from './session-record';

/** One cart line as it is shown: quantity, name, and the unit price as typed. */
export interface ItemLine {
  name: string;
  quantity: number;
  price?: string;
}

/**
 * The cart lines a session or link was made from. Its builder input is kept loosely checked
 * (history may hold 100,000 of them), so each line is read defensively.
 */
export function itemLinesOf(made: { input: Record<string, unknown> }): ItemLine[] {
  const items = made.input.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const { name, quantity, price } = (item ?? {}) as { name?: unknown; quantity?: unknown; price?: unknown };
    if (typeof name !== 'string' || typeof quantity !== 'number') return [];
    return [{ name, quantity, ...(typeof price === 'string' && { price }) }];
  });
}

/** What it asks for (or took): "$12.50", or "Any amount" for an open donation. */
export function amountText(
  made: Pick<SessionRecord, 'kind' | 'amountMinor' | 'currency' | 'payment'>,
  words: Translator,
): string {
  const paid = made.payment?.paidMinor;
  if (paid !== undefined) return words.money(paid, made.currency);
  if (made.kind === 'donation' && made.amountMinor === 0) return words.t('record.anyAmount');
  return words.money(made.amountMinor, made.currency);
}

/** A unit price as stored ("4.50") as money in `currency`, or as it was typed when it is not one. */
export function priceText(price: string | undefined, currency: string, words: Translator): string {
  const minor = price === undefined ? undefined : minorUnits(price, currency);
  return minor === undefined ? (price ?? '') : words.money(minor, currency);
}
