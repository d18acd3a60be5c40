import { z } from 'zod';
import { CreateSessionInput } from './create-session-input';
import { SessionKind } from './session-record';

/** `expiresInDays` limits and default (ozura-api.md §6.1). */
export const LINK_EXPIRY_DAYS = { min: 1, max: 3650, default: 7 } as const;

/**
 * What the builder sends to make a reusable payment link: the sale it charges (any mode), a
 * title for the poster and the Links list, how long it lives, and how many payments it takes.
 * The sale's `requestId` is the link's idempotency key.
 */
export const CreateLinkInput = z
  .strictObject(
    {
      sale: CreateSessionInput,
      title: z
        .string({ error: 'field.text' })
        .trim()
        .min(1, { error: 'link.titleRequired' })
        .max(80, { error: 'field.tooLong' }),
      expiresInDays: z
        .int({ error: 'field.wholeNumber' })
        .min(LINK_EXPIRY_DAYS.min, { error: 'link.daysRange' })
        .max(LINK_EXPIRY_DAYS.max, { error: 'link.daysRange' }),
      /** Maximum successful payments; null for unlimited. */
      usageLimit: z
        .int({ error: 'link.usageWhole' })
        .min(1, { error: 'link.usageWhole' })
        .max(1_000_000, { error: 'field.atMost' })
        .nullable(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? 'field.unexpected' : undefined) },
  )
  .refine((input) => input.sale.tip === undefined, { error: 'tip.notOnLink', path: ['sale', 'tip'] });
export type CreateLinkInput = z.infer<typeof CreateLinkInput>;

/** A payment link as this machine remembers it (the API has no way to list or read links back). */
export const PaymentLinkRecord = z.object({
  /** `pl_…` */
  id: z.string().min(1),
  url: z.string().min(1),
  title: z.string(),
  kind: SessionKind,
  /** The amount or cart total; for a donation the suggested amount, 0 when the donor chooses. */
  amountMinor: z.int().nonnegative(),
  currency: z.string().length(3),
  /** The builder input the link was made from (loosely checked, like a session record's). */
  input: z.looseObject({ kind: SessionKind, currency: z.string() }),
  expiresInDays: z.int().min(LINK_EXPIRY_DAYS.min).max(LINK_EXPIRY_DAYS.max),
  usageLimit: z.int().positive().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  environment: z.string(),
  environmentKind: z.enum(['sandbox', 'ozura', 'custom']),
  apiBaseUrl: z.string(),
  merchantName: z.string(),
  /** The profile's brand colour when the link was made, for its poster (links made before #18 have none). */
  brandColour: z.string().optional(),
  /** The profile's logo address when the link was made; main fetches it for the poster and the link's page. */
  logoUrl: z.string().optional(),
});
export type PaymentLinkRecord = z.infer<typeof PaymentLinkRecord>;

export type LinkStatus = 'active' | 'expired';

/**
 * What is honestly known of a link: expired once its date has passed, otherwise active. A link
 * may also be used up, but the API does not report usage, so that cannot be shown here.
 */
export function linkStatus(link: Pick<PaymentLinkRecord, 'expiresAt'>, now: number): LinkStatus {
  return Date.parse(link.expiresAt) <= now ? 'expired' : 'active';
}
