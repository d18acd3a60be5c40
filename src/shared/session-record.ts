import { z } from 'zod';
import { SessionStatus } from './ozura/status';

/** How the session was built at the counter. */
export const SessionKind = z.enum(['amount', 'cart', 'donation']);
export type SessionKind = z.infer<typeof SessionKind>;

/** What the customer paid with, once the API reports it. */
export const PaymentResult = z.object({
  /** What was charged, in minor units, as the API reports it (a donor's chosen amount, a surcharge). */
  paidMinor: z.number().int().nonnegative().optional(),
  transactionId: z.string().optional(),
  cardBrand: z.string().optional(),
  cardLastFour: z.string().optional(),
});

/** The longest station name a record keeps (a profile's is at most 60; an event station's 32). */
export const MAX_STATION_CHARS = 100;

/**
 * An event's organiser heard two different outcomes for one session (#21): the record keeps the
 * first; this is the other and who reported it. `null` once Verify now asked Ozura and settled it.
 */
export const OutcomeConflict = z.object({ status: SessionStatus, station: z.string().max(MAX_STATION_CHARS) });

/**
 * One session as Linkdesk keeps it: in history on disk, and as the renderer sees it.
 * Never holds API keys or billing details.
 */

export const SessionRecord = z.object({
  id: z.string().min(1),
  checkoutUrl: z.string(),
  kind: SessionKind,
  /** The amount or cart total (a tip included); for a donation the suggested amount, 0 when the donor chooses. */
  amountMinor: z.number().int().nonnegative(),
  /** The customer's tip, part of `amountMinor` (#20). */
  tipMinor: z.number().int().positive().optional(),
  currency: z.string().length(3),
  reference: z.string().optional(),
  /**
   * What the builder sent, so the session can be re-issued and its items shown. Checked loosely
   * here (history may hold 100,000 of these); a re-issue validates it in full again.
   */
  input: z.looseObject({ kind: SessionKind, currency: z.string() }),
  /** Label of the environment it was created in, e.g. "Built-in sandbox" or "Ozura". */
  environment: z.string(),
  environmentKind: z.enum(['sandbox', 'ozura', 'custom']),
  /** Where to check its status (no key needed); for the sandbox, wherever the sandbox now runs. */
  apiBaseUrl: z.string(),
  merchantName: z.string(),
  /** The station it was sold at, when the profile names one (#20: on its receipt; #21: the organiser's station column). */
  station: z.string().max(MAX_STATION_CHARS).optional(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  status: SessionStatus,
  statusCheckedAt: z.iso.datetime().optional(),
  errorCode: z.string().optional(),
  payment: PaymentResult.optional(),
  /** The payment link that spawned this session (from its metadata), when it came from one. */
  paymentLinkId: z.string().optional(),
  conflict: OutcomeConflict.nullable().optional(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

/** The part of a record that a status check may change. */
export const SessionUpdate = SessionRecord.pick({
  status: true,
  statusCheckedAt: true,
  errorCode: true,
  payment: true,
  conflict: true,
}).partial();
export type SessionUpdate = z.infer<typeof SessionUpdate>;
