import type { BuilderDraft, CartLine } from '../../../../shared/builder-draft';
import { minorUnits } from '../../../../shared/money';

export type { BuilderDraft, CartLine };

export function emptyDraft(currency: string): BuilderDraft {
  return {
    kind: 'amount',
    currency,
    amount: '',
    donationAmount: '',
    items: [],
    reference: '',
    note: '',
    staffInitials: '',
    options: { successUrl: '', cancelUrl: '', errorUrl: '', surchargePercent: '', taxExempt: false },
  };
}

const optional = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The `sessions:create` input for a draft (checked by the shared schema before it is sent). */
export function inputFromDraft(draft: BuilderDraft): Record<string, unknown> {
  const options = compact({
    successUrl: optional(draft.options.successUrl),
    cancelUrl: optional(draft.options.cancelUrl),
    errorUrl: optional(draft.options.errorUrl),
    surchargePercent: optional(draft.options.surchargePercent),
    taxExempt: draft.options.taxExempt ? true : undefined,
  });
  const common = compact({
    currency: draft.currency,
    reference: optional(draft.reference),
    note: optional(draft.note),
    staffInitials: optional(draft.staffInitials),
    options: Object.keys(options).length > 0 ? options : undefined,
  });
  switch (draft.kind) {
    case 'amount':
      return { kind: 'amount', amount: draft.amount, ...common };
    case 'donation':
      return { kind: 'donation', ...compact({ amount: optional(draft.donationAmount) }), ...common };
    case 'cart':
      return { kind: 'cart', items: draft.items.map(itemFromLine), ...common };
  }
}

function itemFromLine(line: CartLine): Record<string, unknown> {
  return {
    productId: line.productId,
    name: line.name,
    price: line.price,
    quantity: line.quantity,
    ...compact({
      imageUrl: optional(line.imageUrl),
      description: optional(line.description),
      variant: optional(line.variant),
      brand: optional(line.brand),
      category: optional(line.category),
      originalPrice: optional(line.originalPrice),
      discountLabel: optional(line.discountLabel),
      taxExempt: line.taxExempt ? true : undefined,
    }),
  };
}

/** The total the draft would charge, in minor units, or undefined while it cannot be known. */
export function draftTotal(draft: BuilderDraft): number | undefined {
  if (draft.kind === 'amount') return minorUnits(draft.amount, draft.currency);
  if (draft.kind === 'donation')
    return draft.donationAmount.trim() ? minorUnits(draft.donationAmount, draft.currency) : undefined;
  let total = 0;
  for (const line of draft.items) {
    const price = minorUnits(line.price, draft.currency);
    if (price === undefined) return undefined;
    total += price * line.quantity;
  }
  return total;
}
