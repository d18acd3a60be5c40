import { minorUnits } from '../../../shared/money';
import type { SessionRecord } from '../../../shared/session-record';
import { itemLinesOf } from '../../../shared/record-text';
import { chargedMinor, surchargeMinor, tipMinor } from '../history/history-table';

/** One line of a receipt: what was bought, how many, and what that line came to. */
export interface ReceiptLine {
  /** The product's name; absent for a flat amount or a donation (the page names those). */
  name?: string;
  quantity: number;
  /** The unit price, when the line has one. */
  unitMinor?: number;
  totalMinor: number;
}

/**
 * What a receipt says, worked out from a paid session's record alone (#20). Never billing
 * details: the record holds none. Card and transaction id only when the API reported them.
 */
export interface Receipt {
  sessionId: string;
  kind: SessionRecord['kind'];
  merchant: string;
  station?: string;
  staff?: string;
  reference?: string;
  createdAt: string;
  currency: string;
  lines: ReceiptLine[];
  /** The sale before tip and surcharge (a donation: what was given). */
  subtotalMinor: number;
  surchargeMinor: number;
  tipMinor: number;
  /** What was charged: subtotal + surcharge + tip. */
  totalMinor: number;
  cardBrand?: string;
  cardLastFour?: string;
  transactionId?: string;
  /** Made in the built-in sandbox: no money moved. */
  test: boolean;
}

/** A receipt is only for a session the API says was paid. */
export function receiptOf(record: SessionRecord): Receipt {
  const total = chargedMinor(record);
  const tip = tipMinor(record);
  const surcharge = surchargeMinor(record);
  const subtotal = total - tip - surcharge;
  const staff = record.input.staffInitials;
  const { payment } = record;
  return {
    sessionId: record.id,
    kind: record.kind,
    merchant: record.merchantName,
    ...(record.station && { station: record.station }),
    ...(typeof staff === 'string' && staff && { staff }),
    ...(record.reference && { reference: record.reference }),
    createdAt: record.createdAt,
    currency: record.currency,
    lines: linesOf(record, subtotal),
    subtotalMinor: subtotal,
    surchargeMinor: surcharge,
    tipMinor: tip,
    totalMinor: total,
    ...(payment?.cardBrand && { cardBrand: payment.cardBrand }),
    ...(payment?.cardLastFour && { cardLastFour: payment.cardLastFour }),
    ...(payment?.transactionId && { transactionId: payment.transactionId }),
    test: record.environmentKind === 'sandbox',
  };
}

function linesOf(record: SessionRecord, subtotal: number): ReceiptLine[] {
  if (record.kind !== 'cart') return [{ quantity: 1, totalMinor: subtotal }];
  return itemLinesOf(record).map((item) => {
    const unit = minorUnits(item.price ?? '', record.currency);
    return {
      name: item.name,
      quantity: item.quantity,
      ...(unit !== undefined && { unitMinor: unit }),
      totalMinor: (unit ?? 0) * item.quantity,
    };
  });
}

/** Whether the record lacks a fact the API may know: worth a fresh `GET` before printing. */
export function lacksPaymentFacts(record: SessionRecord): boolean {
  const payment = record.payment;
  return !payment?.transactionId || !payment.cardBrand || !payment.cardLastFour || payment.paidMinor === undefined;
}
