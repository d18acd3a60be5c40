import { z } from 'zod';
import { AMOUNT, PRICE, amountProblem } from './amount-rules';
import { isSupportedCurrency, maxAmountMinor, minorUnits, parseDecimal } from './money';
import { MAX_AMOUNT_CHARS } from './limits';
import { AbsoluteUrl } from './urls';

/** An ISO 4217 code that this runtime knows, e.g. "USD". */
export const CurrencyCode = z
  .string({ error: 'Currency must be a 3-letter code such as USD' })
  .regex(/^[A-Z]{3}$/, { error: 'Currency must be a 3-letter code such as USD' })
  .refine(isSupportedCurrency, { error: (issue) => `Unknown currency code ${String(issue.input)}` });

const unexpected = {
  error: (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? 'Unexpected field' : undefined),
};
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` });

/** One cart line as the builder sends it; prices are the text the clerk typed. */
export const CartItemInput = z.strictObject(
  {
    productId: text('Product ID', 100).min(1, { error: 'Product ID is required' }),
    name: text('Name', 200).min(1, { error: 'Name is required' }),
    price: z
      .string({ error: 'Price must be text such as 4.50' })
      .max(MAX_AMOUNT_CHARS, { error: `Price must be at most ${MAX_AMOUNT_CHARS} characters` }),
    quantity: z
      .int({ error: 'Quantity must be a whole number' })
      .min(1, { error: 'Quantity must be at least 1' })
      .max(10_000, { error: 'Quantity must be at most 10,000' }),
    imageUrl: AbsoluteUrl.optional(),
    description: text('Description', 500).optional(),
    variant: text('Variant', 200).optional(),
    brand: text('Brand', 200).optional(),
    category: text('Category', 200).optional(),
    originalPrice: z
      .string({ error: 'Original price must be text such as 5.00' })
      .max(MAX_AMOUNT_CHARS, { error: `Original price must be at most ${MAX_AMOUNT_CHARS} characters` })
      .optional(),
    discountLabel: text('Discount label', 40).optional(),
    taxExempt: z.boolean({ error: 'Tax exempt must be true or false' }).optional(),
  },
  unexpected,
);
export type CartItemInput = z.infer<typeof CartItemInput>;

/** "More options": per-session overrides of the profile's defaults, and optional API fields. */
export const SessionOptions = z.strictObject(
  {
    successUrl: AbsoluteUrl.optional(),
    cancelUrl: AbsoluteUrl.optional(),
    errorUrl: AbsoluteUrl.optional(),
    surchargePercent: z
      .string({ error: 'Surcharge must be text such as 3.00' })
      .refine(
        (value) => {
          const parsed = parseDecimal(value, 2);
          return parsed.ok && parsed.minor <= 300;
        },
        { error: 'Surcharge must be a percentage from 0 to 3.00' },
      )
      .optional(),
    taxExempt: z.boolean({ error: 'Tax exempt must be true or false' }).optional(),
  },
  unexpected,
);
export type SessionOptions = z.infer<typeof SessionOptions>;

const common = {
  currency: CurrencyCode,
  reference: text('Reference', 100).optional(),
  note: text('Note', 500).optional(),
  staffInitials: text('Staff initials', 8).optional(),
  /** Chosen by the renderer once per sale, so a repeat or retry never makes two sessions. */
  requestId: z.uuid({ error: 'requestId must be a UUID' }).optional(),
  options: SessionOptions.optional(),
};

const Amount = z
  .string({ error: 'Amount must be text such as 12.50' })
  .max(MAX_AMOUNT_CHARS, { error: `Amount must be at most ${MAX_AMOUNT_CHARS} characters` });

/**
 * What the builder sends to main to create a session: an amount, an itemized cart, or a
 * donation. Every rule the API applies is checked here (or, for the assembled body, by the
 * shared create-session schema in main), so the API never bounces what the builder made.
 */
export const CreateSessionInput = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('amount'), amount: Amount, ...common }, unexpected),
      z.strictObject(
        {
          kind: z.literal('cart'),
          items: z
            .array(CartItemInput, { error: 'Items must be a list' })
            .min(1, { error: 'Add at least one item' })
            .max(100, { error: 'A cart holds at most 100 items' }),
          ...common,
        },
        unexpected,
      ),
      z.strictObject({ kind: z.literal('donation'), amount: Amount.optional(), ...common }, unexpected),
    ],
    { error: 'Choose an amount, a cart or a donation' },
  )
  .superRefine((input, ctx) => {
    if (!isSupportedCurrency(input.currency)) return;
    const add = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    if (
      input.kind === 'amount' ||
      (input.kind === 'donation' && input.amount !== undefined && input.amount.trim() !== '')
    ) {
      const problem = amountProblem(input.amount ?? '', input.currency, AMOUNT);
      if (problem) add(['amount'], problem);
    }
    if (input.kind === 'cart') {
      let total = 0;
      input.items.forEach((item, index) => {
        const price = amountProblem(item.price, input.currency, PRICE);
        if (price) add(['items', index, 'price'], price);
        else total += (minorUnits(item.price, input.currency) ?? 0) * item.quantity;
        if (item.originalPrice !== undefined && item.originalPrice.trim() !== '') {
          const original = amountProblem(item.originalPrice, input.currency, PRICE);
          if (original) add(['items', index, 'originalPrice'], original);
        }
      });
      if (total > maxAmountMinor(input.currency)) add(['items'], 'The cart total must be at most 999,999,999.99');
    }
  });
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;
