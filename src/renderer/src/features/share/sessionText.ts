import { formatMoney } from '../../../../shared/money';
import type { SessionRecord } from '../../lib/api';

/** What a session or link asks for (or took): "$12.50", or "Any amount" for an open donation. */
export function amountText(session: Pick<SessionRecord, 'kind' | 'amountMinor' | 'currency' | 'payment'>): string {
  const paid = session.payment?.paidMinor;
  if (paid !== undefined) return formatMoney(paid, session.currency);
  if (session.kind === 'donation' && session.amountMinor === 0) return 'Any amount';
  return formatMoney(session.amountMinor, session.currency);
}

/** Name and quantity of each cart line, from what the builder sent. */
export function cartSummary(session: Pick<SessionRecord, 'input'>): { name: string; quantity: number }[] {
  const items = (session.input as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const { name, quantity } = (item ?? {}) as { name?: unknown; quantity?: unknown };
    return typeof name === 'string' && typeof quantity === 'number' ? [{ name, quantity }] : [];
  });
}
