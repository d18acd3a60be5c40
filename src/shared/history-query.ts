import { z } from 'zod';
import { SessionStatus } from './ozura/status';
import { MAX_STATION_CHARS, SessionKind, SessionRecord } from './session-record';

/** What the history screen asks for: filters, a sort, and one page of rows. */
export const HistoryFilter = z.strictObject({
  statuses: z.array(SessionStatus).max(5).optional(),
  kinds: z.array(SessionKind).max(3).optional(),
  /** Created at or after this instant. */
  from: z.iso.datetime().optional(),
  /** Created before this instant. */
  to: z.iso.datetime().optional(),
  /** Matches reference, session id, transaction id or amount ("12.50"). */
  search: z.string().trim().max(100).optional(),
  sort: z.enum(['newest', 'oldest', 'amount-desc', 'amount-asc']),
  /** Only the sales of this member of staff (#19). */
  staffId: z.uuid().optional(),
  /** Only the sales of this station (an organiser's history of an event, #21). */
  station: z.string().trim().min(1).max(MAX_STATION_CHARS).optional(),
  /** Only the open shift: since the last close (#20); main knows when that was. */
  thisShift: z.boolean().optional(),
});
export type HistoryFilter = z.infer<typeof HistoryFilter>;

/**
 * The filter narrowed to the open shift, which began at the last close (`since`): what the
 * History screen's This shift shows, and all a clerk may see (#19). Before a station's first
 * close the open shift holds all its history.
 */
export function withinShift<F extends HistoryFilter>(filter: F, since: string | undefined): F {
  const { thisShift: _asked, ...rest } = filter;
  if (since === undefined) return rest as F;
  const from = rest.from && Date.parse(rest.from) > Date.parse(since) ? rest.from : since;
  return { ...rest, from } as F;
}

export const HistoryQuery = HistoryFilter.extend({
  offset: z.int().min(0),
  limit: z.int().min(1).max(500),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

const CurrencyTotal = z.object({
  currency: z.string(),
  /** Completed amount and cart sessions: what was charged for the sale itself (no tip, no surcharge). */
  salesMinor: z.int(),
  salesCount: z.int(),
  /** Customers' tips on those sales (#20). */
  tipsMinor: z.int(),
  /** Card surcharges on those sales. */
  surchargesMinor: z.int(),
  /** Completed donations, shown apart from sales. */
  donationsMinor: z.int(),
  donationsCount: z.int(),
});

export const HistoryTotals = z.object({
  byCurrency: z.array(CurrencyTotal),
  counts: z.record(SessionStatus, z.int()),
  /** Takings per hour (completed, charged amounts), per currency, oldest hour first. */
  hourly: z.array(z.object({ hour: z.string(), currency: z.string(), amountMinor: z.int() })),
  /** Completed takings (sales and donations, as charged) per member of staff and currency. */
  byStaff: z.array(
    z.object({ staffId: z.string(), initials: z.string(), currency: z.string(), takenMinor: z.int(), count: z.int() }),
  ),
  /** Completed takings per station named on the sessions (an event's organiser, #21) and currency. */
  byStation: z
    .array(z.object({ station: z.string(), currency: z.string(), takenMinor: z.int(), count: z.int() }))
    .default([]), // shift reports kept before #21 have none
});
export type HistoryTotals = z.infer<typeof HistoryTotals>;

/**
 * The most paid carts added up item by item in one go. Their items live in the full records,
 * read from disk, so a season's worth on "All time" is declined with `tooMany` ("narrow the
 * period") rather than read whole.
 */
export const MAX_PRODUCT_TOTALS_SESSIONS = 20_000;

/** Paid carts' items added up per product for a period and filters (#18). */
export const ProductTotals = z.object({
  /** The period holds more paid carts than are added up item by item: narrow it. */
  tooMany: z.boolean(),
  products: z.array(z.object({ name: z.string(), currency: z.string(), quantity: z.int(), amountMinor: z.int() })),
});
export type ProductTotals = z.infer<typeof ProductTotals>;

export const HistoryPage = z.object({
  total: z.int(),
  offset: z.int(),
  rows: z.array(SessionRecord),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

/** Billing details as the API reports them; fetched on demand, shown, never stored. */
export const Billing = z.object({ name: z.string().optional(), email: z.string().optional() }).catchall(z.string());

export const VerifyResult = z.object({ record: SessionRecord, billing: Billing.optional() });
