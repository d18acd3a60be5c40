import type { PaymentLinkRecord } from '../../lib/api';

export const MODE_TEXT: Record<PaymentLinkRecord['kind'], string> = {
  amount: 'Amount',
  cart: 'Cart',
  donation: 'Donation',
};

export const dateText = (iso: string): string => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

export const dateTimeText = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Unlimited", "1 payment", "50 payments". */
export const limitText = (limit: number | null): string =>
  limit === null ? 'Unlimited' : `${limit.toLocaleString()} payment${limit === 1 ? '' : 's'}`;
