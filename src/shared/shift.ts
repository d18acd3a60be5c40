import { z } from 'zod';
import { HistoryTotals } from './history-query';
import { SessionKind } from './session-record';
import { MAX_INITIALS_CHARS, MAX_STAFF_NAME_CHARS } from './staff';

// Closing the shift (#20): a report of what the counter took since the last close, kept as it
// was when it was closed (a sale paid later changes history, never a closed report).

/** The most paid sales a report lists one by one (its totals always count them all). */
export const MAX_SHIFT_SALES_LISTED = 5000;
/** The most still-pending sessions a close checks with a fresh GET; the rest are listed as not checked. */
export const MAX_SHIFT_CLOSE_CHECKS = 500;
/** The most unresolved sessions a report lists. */
export const MAX_SHIFT_UNRESOLVED_LISTED = 1000;

const Staff = z.object({
  id: z.string().max(40),
  name: z.string().max(MAX_STAFF_NAME_CHARS),
  initials: z.string().max(MAX_INITIALS_CHARS),
});

/** One paid sale, as the report lists it. */
export const ShiftSale = z.object({
  id: z.string().max(200),
  at: z.iso.datetime(),
  kind: SessionKind,
  currency: z.string().length(3),
  /** What was charged, tip and surcharge included. */
  chargedMinor: z.int().nonnegative(),
  tipMinor: z.int().nonnegative(),
  reference: z.string().max(200).optional(),
  staffInitials: z.string().max(MAX_INITIALS_CHARS).optional(),
  transactionId: z.string().max(200).optional(),
  card: z.string().max(60).optional(),
});
export type ShiftSale = z.infer<typeof ShiftSale>;

/** A session still waiting for payment when the shift closed, after its fresh check. */
export const UnresolvedSession = z.object({
  id: z.string().max(200),
  at: z.iso.datetime(),
  currency: z.string().length(3),
  amountMinor: z.int().nonnegative(),
  reference: z.string().max(200).optional(),
  /** False: Ozura could not be asked (out of reach, or past MAX_SHIFT_CLOSE_CHECKS). */
  checked: z.boolean(),
  /** Made in an earlier shift and still waiting: carried to each close until it settles. */
  carried: z.boolean().default(false),
});
export type UnresolvedSession = z.infer<typeof UnresolvedSession>;

export const ShiftReport = z.object({
  id: z.uuid(),
  /** The previous close; absent for the station's first shift, which holds all history before it. */
  from: z.iso.datetime().optional(),
  to: z.iso.datetime(),
  station: z.string().max(60),
  merchantName: z.string().max(200),
  /** Who closed it; absent on a profile without staff. */
  closedBy: Staff.optional(),
  totals: HistoryTotals,
  firstSaleAt: z.iso.datetime().optional(),
  lastSaleAt: z.iso.datetime().optional(),
  /** Paid sales, oldest first, at most MAX_SHIFT_SALES_LISTED. */
  sales: z.array(ShiftSale).max(MAX_SHIFT_SALES_LISTED),
  salesNotListed: z.int().nonnegative(),
  unresolved: z.array(UnresolvedSession).max(MAX_SHIFT_UNRESOLVED_LISTED),
  unresolvedNotListed: z.int().nonnegative(),
  /**
   * Made in an earlier shift, still waiting when it closed, and paid since: in no earlier
   * report, so listed here, apart from this shift's totals.
   */
  paidLate: z.array(ShiftSale).max(MAX_SHIFT_UNRESOLVED_LISTED).default([]),
  /** Some sessions were made in the sandbox: no money moved for them. */
  includesTest: z.boolean(),
});
export type ShiftReport = z.infer<typeof ShiftReport>;

/** What History → Shifts lists of each past report. */
export const ShiftSummary = ShiftReport.pick({ id: true, from: true, to: true, station: true, closedBy: true }).extend({
  /** Collected per currency (sales + donations, as charged). */
  collected: z.array(z.object({ currency: z.string().length(3), amountMinor: z.int(), count: z.int() })),
  unresolvedCount: z.int().nonnegative(),
});
export type ShiftSummary = z.infer<typeof ShiftSummary>;

/** The open shift: when it began (absent before the first close) and how many of its sessions wait. */
export const OpenShift = z.object({ since: z.iso.datetime().optional() });
export type OpenShift = z.infer<typeof OpenShift>;
