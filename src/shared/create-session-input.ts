import { z } from 'zod';
import { AMOUNT, MAX_AMOUNT_FOR_MESSAGES, PRICE, amountProblem } from './amount-rules';
import { isSupportedCurrency, maxAmountMinor, minorUnits, parseDecimal } from './money';
import { MAX_AMOUNT_CHARS, MAX_ITEM_QUANTITY } from './limits';
import { AbsoluteUrl } from './urls';
import { issueOf } from './field-errors';
import { text as message, type Text } from './i18n/translator';
import { tipProblem } from './tips';

/** An ISO 4217 code that this runtime knows, e.g. "USD". */
export const CurrencyCode = z
  .string({ error: 'field.currencyCode' })
  .regex(/^[A-Z]{3}$/, { error: 'field.currencyCode' })
  .superRefine((code, ctx) => {
    if (!isSupportedCurrency(code)) ctx.addIssue(issueOf([], message('field.unknownCurrency', { input: code })));
  });

const unexpected = {
  error: (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? 'field.unexpected' : undefined),
};
const text = (max: number) => z.string({ error: 'field.text' }).trim().max(max, { error: 'field.tooLong' });
const typedAmountText = z.string({ error: 'field.text' }).max(MAX_AMOUNT_CHARS, { error: 'field.tooLong' });

/** One cart line as the builder sends it; prices are the text the clerk typed. */
export const CartItemInput = z.strictObject(
  {
    productId: text(100).min(1, { error: 'field.required' }),
    name: text(200).min(1, { error: 'field.required' }),
    price: typedAmountText,
    quantity: z
      .int({ error: 'field.wholeNumber' })
      .min(1, { error: 'field.atLeast' })
      .max(MAX_ITEM_QUANTITY, { error: 'field.atMost' }),
    imageUrl: AbsoluteUrl.optional(),
    description: text(500).optional(),
    variant: text(200).optional(),
    brand: text(200).optional(),
    category: text(200).optional(),
    originalPrice: typedAmountText.optional(),
    discountLabel: text(40).optional(),
    taxExempt: z.boolean({ error: 'field.trueOrFalse' }).optional(),
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
      .string({ error: 'field.text' })
      .refine(
        (value) => {
          const parsed = parseDecimal(value, 2);
          return parsed.ok && parsed.minor <= 300;
        },
        { error: 'field.surcharge' },
      )
      .optional(),
    taxExempt: z.boolean({ error: 'field.trueOrFalse' }).optional(),
  },
  unexpected,
);
export type SessionOptions = z.infer<typeof SessionOptions>;

/** The customer's tip (#20): a percent of the sale or an amount; none means no tip. */
export const TipChoiceInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('percent'), percent: z.string({ error: 'field.text' }).max(20) }, unexpected),
    z.strictObject({ kind: z.literal('amount'), amount: typedAmountText }, unexpected),
  ],
  { error: 'tip.invalid' },
);

/** The API takes at most this many items, a tip's line included. */
export const MAX_CART_ITEMS = 100;

const common = {
  currency: CurrencyCode,
  reference: text(100).optional(),
  note: text(500).optional(),
  staffInitials: text(8).optional(),
  /** The signed-in member's id; main sets it (and the initials) on a counter with staff. */
  staffId: z.uuid().optional(),
  /** Chosen by the renderer once per sale, so a repeat or retry never makes two sessions. */
  requestId: z.uuid({ error: 'field.uuid' }).optional(),
  options: SessionOptions.optional(),
  tip: TipChoiceInput.optional(),
};

const Amount = typedAmountText;

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
            .array(CartItemInput, { error: 'field.list' })
            .min(1, { error: 'cart.addAnItem' })
            .max(MAX_CART_ITEMS, { error: 'cart.full' }),
          ...common,
        },
        unexpected,
      ),
      z.strictObject({ kind: z.literal('donation'), amount: Amount.optional(), ...common }, unexpected),
    ],
    { error: 'field.saleKind' },
  )
  .superRefine((input, ctx) => {
    if (!isSupportedCurrency(input.currency)) return;
    const add = (path: (string | number)[], problem: Text): void => ctx.addIssue(issueOf(path, problem));
    if (
      input.kind === 'amount' ||
      (input.kind === 'donation' && input.amount !== undefined && input.amount.trim() !== '')
    ) {
      const problem = amountProblem(input.amount ?? '', input.currency, AMOUNT);
      if (problem) add(['amount'], problem);
    }
    let total = 0;
    if (input.kind === 'amount') total = minorUnits(input.amount, input.currency) ?? 0;
    if (input.kind === 'cart') {
      input.items.forEach((item, index) => {
        const price = amountProblem(item.price, input.currency, PRICE);
        if (price) add(['items', index, 'price'], price);
        else total += (minorUnits(item.price, input.currency) ?? 0) * item.quantity;
        if (item.originalPrice !== undefined && item.originalPrice.trim() !== '') {
          const original = amountProblem(item.originalPrice, input.currency, PRICE);
          if (original) add(['items', index, 'originalPrice'], original);
        }
      });
      if (total > maxAmountMinor(input.currency))
        add(['items'], message('cart.totalTooLarge', { max: MAX_AMOUNT_FOR_MESSAGES }));
    }
    if (input.tip) {
      if (input.kind === 'donation') add(['tip'], message('tip.notOnDonation'));
      else if (input.kind === 'cart' && input.items.length >= MAX_CART_ITEMS)
        add(['tip'], message('tip.cartFull', { max: MAX_CART_ITEMS }));
      else {
        const problem = tipProblem(input.tip, total, input.currency);
        if (problem) add(['tip'], message(problem, { max: MAX_AMOUNT_FOR_MESSAGES }));
      }
    }
  });
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;
