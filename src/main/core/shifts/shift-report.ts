import type { HistoryTotals } from '../../../shared/history-query';
import type { SessionRecord } from '../../../shared/session-record';
import {
  MAX_SHIFT_SALES_LISTED,
  MAX_SHIFT_UNRESOLVED_LISTED,
  type ShiftReport,
  type ShiftSale,
  type UnresolvedSession,
} from '../../../shared/shift';
import { chargedMinor, tipMinor } from '../history/history-table';

/** What the report says about itself: which shift, where, closed by whom. */
export interface ShiftHeading {
  id: string;
  from: string | undefined;
  to: string;
  station: string;
  merchantName: string;
  closedBy?: ShiftReport['closedBy'];
}

/** What history held for the shift once its pending sessions were checked. */
export interface ShiftFacts {
  totals: HistoryTotals;
  /** Its paid sessions, oldest first (more than the report lists is fine). */
  completed: readonly SessionRecord[];
  completedCount: number;
  /** The newest paid session (also when `completed` stops short of it). */
  lastCompleted: SessionRecord | undefined;
  /** Its sessions still pending, oldest first (those carried from earlier shifts first), and whether Ozura answered for each. */
  pending: readonly { record: SessionRecord; checked: boolean; carried: boolean }[];
  pendingCount: number;
  /** Sessions carried from earlier shifts that were paid since the last close. */
  paidLate: readonly SessionRecord[];
}

/** The shift report, built from history alone: nothing in it is computed anywhere but here and the totals. */
export function shiftReportOf(heading: ShiftHeading, facts: ShiftFacts): ShiftReport {
  const sales = facts.completed.slice(0, MAX_SHIFT_SALES_LISTED).map(saleOf);
  const unresolved = facts.pending.slice(0, MAX_SHIFT_UNRESOLVED_LISTED).map(unresolvedOf);
  const first = facts.completed[0];
  return {
    id: heading.id,
    ...(heading.from && { from: heading.from }),
    to: heading.to,
    station: heading.station,
    merchantName: heading.merchantName,
    ...(heading.closedBy && { closedBy: heading.closedBy }),
    totals: facts.totals,
    ...(first && { firstSaleAt: first.createdAt }),
    ...(facts.lastCompleted && { lastSaleAt: facts.lastCompleted.createdAt }),
    sales,
    salesNotListed: facts.completedCount - sales.length,
    unresolved,
    unresolvedNotListed: facts.pendingCount - unresolved.length,
    paidLate: facts.paidLate.slice(0, MAX_SHIFT_UNRESOLVED_LISTED).map(saleOf),
    includesTest: [...facts.completed, ...facts.pending.map((p) => p.record)].some(
      (record) => record.environmentKind === 'sandbox',
    ),
  };
}

function saleOf(record: SessionRecord): ShiftSale {
  const { payment } = record;
  const initials = record.input.staffInitials;
  return {
    id: record.id,
    at: record.createdAt,
    kind: record.kind,
    currency: record.currency,
    chargedMinor: chargedMinor(record),
    tipMinor: tipMinor(record),
    ...(record.reference && { reference: record.reference }),
    ...(typeof initials === 'string' && initials && { staffInitials: initials }),
    ...(payment?.transactionId && { transactionId: payment.transactionId }),
    ...(payment?.cardBrand && { card: `${payment.cardBrand} ${payment.cardLastFour ?? ''}`.trim() }),
  };
}

function unresolvedOf({
  record,
  checked,
  carried,
}: {
  record: SessionRecord;
  checked: boolean;
  carried: boolean;
}): UnresolvedSession {
  return {
    id: record.id,
    at: record.createdAt,
    currency: record.currency,
    amountMinor: record.amountMinor,
    ...(record.reference && { reference: record.reference }),
    checked,
    carried,
  };
}
