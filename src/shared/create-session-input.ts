import { z } from 'zod';
import { amountProblem } from './amount-rules';
import { isSupportedCurrency } from './money';

/** An ISO 4217 code that this runtime knows, e.g. "USD". */
export const CurrencyCode = z
  .string({ error: 'Currency must be a 3-letter code such as USD' })
  .regex(/^[A-Z]{3}$/, { error: 'Currency must be a 3-letter code such as USD' })
  .refine(isSupportedCurrency, { error: (issue) => `Unknown currency code ${String(issue.input)}` });

/**
 * What the builder sends to main to create an amount session. The amount is the text the
 * clerk typed; it is checked against the currency's decimal places here, in one place that
 * the renderer and main share.
 */
export const CreateSessionInput = z
  .strictObject(
    {
      kind: z.literal('amount', { error: 'Only amount sessions can be created yet' }),
      amount: z.string({ error: 'Amount must be text such as 12.50' }),
      currency: CurrencyCode,
      reference: z
        .string({ error: 'Reference must be text' })
        .trim()
        .max(100, { error: 'Reference must be at most 100 characters' })
        .optional(),
      /** Chosen by the renderer once per press of Create, so a repeat never makes two sessions. */
      requestId: z.uuid({ error: 'requestId must be a UUID' }).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Unexpected field` : undefined) },
  )
  .superRefine((input, ctx) => {
    if (!isSupportedCurrency(input.currency)) return;
    const message = amountProblem(input.amount, input.currency);
    if (message) ctx.addIssue({ code: 'custom', path: ['amount'], message });
  });
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;
