import type { Translator } from '../../lib/i18n';
import type { MessageKey } from '../../../../shared/i18n/translator';
import type { PaymentLinkRecord } from '../../lib/api';

export const MODE_TEXT: Record<PaymentLinkRecord['kind'], MessageKey> = {
  amount: 'builder.mode.amount',
  cart: 'builder.mode.cart',
  donation: 'builder.mode.donation',
};

/** "Unlimited", "1 payment", "50 payments". */
export const limitText = (limit: number | null, words: Translator): string =>
  limit === null ? words.t('newLink.unlimited') : words.t('links.payments', { count: limit });
