import { z } from 'zod';
import { API_AMOUNT, API_PRICE, MAX_AMOUNT_FOR_MESSAGES, amountProblem } from '../amount-rules';
import { apiDecimals, isSupportedCurrency, maxAmountMinor, parseDecimal } from '../money';
import { isHttpUrl } from '../urls';
import { issueOf } from '../field-errors';
import { text, type Text } from '../i18n/translator';

// The create-session body as ozura-api.md §3 defines it, as a zod schema. Main checks every
// request with it before sending, so the API does not bounce what the builder made; a property
// test holds it to the same verdicts as the sandbox, which implements the rules independently.

const METADATA_MAX_BYTES = 10 * 1024;

const HttpUrl = z
  .string({ error: 'field.text' })
  .min(1, { error: 'field.required' })
  .max(2048)
  .refine(isHttpUrl, { error: 'field.absoluteUrl' });

const Decimal = z.union([z.string(), z.number()], { error: 'api.decimal' });

const HexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/);

export const ItemSchema = z.object({
  productId: z.string().min(1, { error: 'field.required' }).max(100, { error: 'field.tooLong' }),
  name: z.string().min(1, { error: 'field.required' }).max(200, { error: 'field.tooLong' }),
  price: z.number({ error: 'api.number' }),
  quantity: z
    .int({ error: 'field.wholeNumber' })
    .min(1, { error: 'field.atLeast' })
    .max(10_000, { error: 'field.atMost' }),
  imageUrl: z.string().optional(),
  description: z.string().max(500, { error: 'field.tooLong' }).optional(),
  variant: z.string().optional(),
  brand: z.string().optional(),
  category: z.string().optional(),
  originalPrice: z.number().optional(),
  discountLabel: z.string().optional(),
  taxExempt: z.boolean().optional(),
});
export type ApiItem = z.infer<typeof ItemSchema>;

const Appearance = z
  .looseObject({
    borderRadius: z.enum(['none', 'sm', 'base', 'lg', 'xl', 'full']).optional(),
    logoPosition: z.enum(['inline', 'top']).optional(),
    fontSize: z.enum(['sm', 'base', 'lg', 'xl']).optional(),
    logoUrl: z.string().startsWith('https://').optional(),
  })
  .superRefine((appearance, ctx) => {
    for (const [key, value] of Object.entries(appearance)) {
      if (key.endsWith('Color') && (typeof value !== 'string' || !HexColor.safeParse(value).success)) {
        ctx.addIssue(issueOf([key], text('field.hexColour')));
      }
    }
  });

const RecurringConfig = z.looseObject({
  planName: z.string().min(1).max(50),
  interval: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(d))),
  intervalCount: Decimal.optional(),
  maxCycles: Decimal.optional(),
  setupFee: Decimal.optional(),
  initialAmount: Decimal.optional(),
  initialCycles: Decimal.optional(),
  surchargePercent: Decimal.optional(),
});

/** Minor units of an amount already known to be valid. */
function minorOf(value: string | number, currency: string): number {
  const parsed = parseDecimal(typeof value === 'number' ? String(value) : value, apiDecimals(currency));
  return parsed.ok ? parsed.minor : 0;
}

export const CreateSessionSchema = z
  .looseObject({
    merchantId: z
      .string({ error: 'field.required' })
      .min(1, { error: 'field.required' })
      .max(30, { error: 'field.tooLong' }),
    merchantName: z
      .string({ error: 'field.required' })
      .min(1, { error: 'field.required' })
      .max(200, { error: 'field.tooLong' }),
    amount: Decimal.nullish(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'field.currencyCode' })
      .superRefine((code, ctx) => {
        if (!isSupportedCurrency(code)) ctx.addIssue(issueOf([], text('field.unknownCurrency', { input: code })));
      })
      .optional(),
    successUrl: HttpUrl,
    cancelUrl: HttpUrl,
    errorUrl: HttpUrl,
    embedMode: z.enum(['redirect', 'popup', 'iframe', 'new_tab']).optional(),
    parentOrigin: z.string().optional(),
    checkoutMode: z.enum(['payment', 'donation', 'recurring']).optional(),
    // Checked only in recurring mode (below); other modes ignore it, as the API does.
    recurringConfig: z.unknown().optional(),
    donationConfig: z.record(z.string(), z.unknown()).optional(),
    surchargePercent: Decimal.optional(),
    transactionChannel: z.enum(['ecommerce', 'moto']).optional(),
    taxExempt: z.boolean().optional(),
    items: z.array(ItemSchema).min(1, { error: 'cart.addAnItem' }).max(100, { error: 'cart.full' }).nullish(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    appearance: Appearance.optional(),
    idempotencyKey: z.string().min(1).max(255).optional(),
    allowPopup: z.boolean().optional(),
    collectShippingAddress: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    const currency = body.currency ?? 'USD';
    const mode = body.checkoutMode ?? 'payment';
    const knownCurrency = body.currency === undefined || isSupportedCurrency(body.currency);
    const hasAmount = body.amount !== undefined && body.amount !== null;
    const hasItems = body.items !== undefined && body.items !== null;
    const issue = (path: (string | number)[], problem: Text): void => ctx.addIssue(issueOf(path, problem));

    if (hasAmount && hasItems) issue(['items'], text('api.amountAndItems'));
    if (hasItems && mode !== 'payment') issue(['items'], text('api.itemsOnlyForPayment', { mode }));
    if (!hasAmount && !hasItems && mode !== 'donation') issue(['amount'], text('api.amountOrItems'));
    if (mode === 'recurring') {
      if (body.recurringConfig === undefined) issue(['recurringConfig'], text('field.required'));
      else if (!RecurringConfig.safeParse(body.recurringConfig).success)
        issue(['recurringConfig'], text('api.recurringConfig'));
    }
    if ((body.embedMode === 'popup' || body.embedMode === 'iframe') && body.parentOrigin === undefined) {
      issue(['parentOrigin'], text('field.required'));
    }
    if (body.parentOrigin !== undefined && !isOrigin(body.parentOrigin)) issue(['parentOrigin'], text('api.origin'));
    if (body.metadata && new TextEncoder().encode(JSON.stringify(body.metadata)).length > METADATA_MAX_BYTES) {
      issue(['metadata'], text('api.metadataTooLarge', { kilobytes: METADATA_MAX_BYTES / 1024 }));
    }
    if (body.surchargePercent !== undefined) {
      const problem = amountProblem(body.surchargePercent, 'USD', API_PRICE);
      if (problem || minorOf(body.surchargePercent, 'USD') > 300) issue(['surchargePercent'], text('field.surcharge'));
    }
    if (!knownCurrency) return; // amounts cannot be judged without a currency
    if (hasAmount && body.amount !== null && body.amount !== undefined) {
      const problem = amountProblem(body.amount, currency, API_AMOUNT);
      if (problem) issue(['amount'], problem);
    }
    if (hasItems && body.items) {
      let total = 0;
      body.items.forEach((item, index) => {
        const problem = amountProblem(item.price, currency, API_PRICE);
        if (problem) issue(['items', index, 'price'], problem);
        else total += minorOf(item.price, currency) * item.quantity;
        if (item.originalPrice !== undefined) {
          const original = amountProblem(item.originalPrice, currency, API_PRICE);
          if (original) issue(['items', index, 'originalPrice'], original);
        }
      });
      if (total > maxAmountMinor(currency))
        issue(['items'], text('cart.totalTooLarge', { max: MAX_AMOUNT_FOR_MESSAGES }));
    }
  });
export type CreateSessionBody = z.infer<typeof CreateSessionSchema>;

function isOrigin(text: string): boolean {
  const trimmed = text.replace(/\/$/, '');
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === trimmed;
  } catch {
    return false;
  }
}

/** The two fields a payment link adds to a session body (ozura-api.md §6.1); the rest is `CreateSessionSchema`. */
export const PaymentLinkFieldsSchema = z.looseObject({
  expiresInDays: z
    .int({ error: 'field.wholeNumber' })
    .min(1, { error: 'link.daysRange' })
    .max(3650, { error: 'link.daysRange' })
    .optional(),
  usageLimit: z.int({ error: 'field.wholeNumber' }).min(1, { error: 'field.atLeast' }).nullish(),
});
