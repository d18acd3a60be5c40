import type { BuilderDraft, CartLine } from '../../../../shared/builder-draft';
import { ambiguousAmount } from '../../../../shared/amount-rules';
import type { Text } from '../../../../shared/i18n/translator';
import { readTypedAmount } from '../../../../shared/i18n/typed-amount';
import { apiDecimals, minorUnits } from '../../../../shared/money';

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

/**
 * Amounts as the clerk typed them in their locale ("12,50", "1.234,50") become the plain
 * decimals main reads ("12.50", "1234.50"); one that reads two ways ("1.230") is a problem at
 * its field instead, so it is never sent as either.
 */
class AmountReader {
  readonly problems: Record<string, Text> = {};
  constructor(
    private readonly locale: string,
    private readonly decimals: number,
  ) {}

  read(field: string, typed: string): string {
    const read = readTypedAmount(typed, this.locale, this.decimals);
    if (read.ok) return read.decimal;
    this.problems[field] = ambiguousAmount(typed, read.readings);
    return typed;
  }
}

/** What `inputFromDraft` makes: the input to send, or the typed amounts that must be fixed first. */
export interface DraftInput {
  input: Record<string, unknown>;
  problems: Record<string, Text>;
}

/** The `sessions:create` input for a draft (checked by the shared schema before it is sent). */
export function inputFromDraft(draft: BuilderDraft, locale: string): DraftInput {
  const amounts = new AmountReader(locale, apiDecimals(draft.currency));
  const percent = new AmountReader(locale, 2);
  const typed = (field: string, value: string): string | undefined => {
    const given = optional(value);
    return given === undefined ? undefined : amounts.read(field, given);
  };
  const options = compact({
    successUrl: optional(draft.options.successUrl),
    cancelUrl: optional(draft.options.cancelUrl),
    errorUrl: optional(draft.options.errorUrl),
    surchargePercent:
      optional(draft.options.surchargePercent) &&
      percent.read('options.surchargePercent', draft.options.surchargePercent),
    taxExempt: draft.options.taxExempt ? true : undefined,
  });
  const common = compact({
    currency: draft.currency,
    reference: optional(draft.reference),
    note: optional(draft.note),
    staffInitials: optional(draft.staffInitials),
    options: Object.keys(options).length > 0 ? options : undefined,
  });
  const input = ((): Record<string, unknown> => {
    switch (draft.kind) {
      case 'amount':
        return { kind: 'amount', amount: amounts.read('amount', draft.amount), ...common };
      case 'donation':
        return { kind: 'donation', ...compact({ amount: typed('amount', draft.donationAmount) }), ...common };
      case 'cart':
        return { kind: 'cart', items: draft.items.map((line, index) => itemFromLine(line, index, typed)), ...common };
    }
  })();
  return { input, problems: { ...amounts.problems, ...percent.problems } };
}

function itemFromLine(
  line: CartLine,
  index: number,
  typed: (field: string, value: string) => string | undefined,
): Record<string, unknown> {
  return {
    productId: line.productId,
    name: line.name,
    price: typed(`items.${index}.price`, line.price) ?? line.price,
    quantity: line.quantity,
    ...compact({
      imageUrl: optional(line.imageUrl),
      description: optional(line.description),
      variant: optional(line.variant),
      brand: optional(line.brand),
      category: optional(line.category),
      originalPrice: typed(`items.${index}.originalPrice`, line.originalPrice ?? ''),
      discountLabel: optional(line.discountLabel),
      taxExempt: line.taxExempt ? true : undefined,
    }),
  };
}

/** Minor units of an amount typed in `locale`, or undefined while it is not one (or reads two ways). */
export function typedMinor(typed: string, currency: string, locale: string): number | undefined {
  const read = readTypedAmount(typed, locale, apiDecimals(currency));
  return read.ok ? minorUnits(read.decimal, currency) : undefined;
}

/** The total the draft would charge, in minor units, or undefined while it cannot be known. */
export function draftTotal(draft: BuilderDraft, locale: string): number | undefined {
  if (draft.kind === 'amount') return typedMinor(draft.amount, draft.currency, locale);
  if (draft.kind === 'donation')
    return draft.donationAmount.trim() ? typedMinor(draft.donationAmount, draft.currency, locale) : undefined;
  let total = 0;
  for (const line of draft.items) {
    const price = typedMinor(line.price, draft.currency, locale);
    if (price === undefined) return undefined;
    total += price * line.quantity;
  }
  return total;
}
