import { open } from 'node:fs/promises';
import { toDecimalString } from '../../../shared/money';
import type { SessionRecord } from '../../../shared/session-record';
import { csvLines } from '../csv';
import { itemLinesOf } from '../../../shared/record-text';
import type { Translator } from '../../../shared/i18n/translator';
import { decimalMarkOf } from '../../../shared/i18n/typed-amount';
import { chargedMinor, type IndexResult } from './history-index';
import { surchargeMinor } from './history-table';
import { mapInBatches } from '../in-batches';

export const EXPORT_COLUMNS = [
  'createdAt',
  'sessionId',
  'status',
  'kind',
  'amount',
  'charged',
  'tip',
  'surcharge',
  'currency',
  'reference',
  'staff',
  'station',
  'transactionId',
  'cardBrand',
  'cardLastFour',
  'errorCode',
  'environment',
  'merchantName',
  'items',
] as const;
const BILLING_COLUMNS = ['billingName', 'billingEmail'] as const;

/** Billing lookups in flight at once: one request per paid session, kept gentle on the API. */
const BILLING_CONCURRENCY = 4;

export interface ExportOptions {
  /**
   * Write for a spreadsheet in the staff's locale: headers in their language, amounts with the
   * locale's decimal mark, and ";" between cells where that mark is ",". Without it the file is
   * machine-readable: the column ids above, "." decimals, ISO dates.
   */
  localeFor?: Translator;
  /** Fetches a session's billing details from the API (only when the user asked for them). */
  billing?: (record: SessionRecord) => Promise<{ name?: string; email?: string } | undefined>;
  onProgress?: (written: number, total: number) => void;
}

function metadataOf(record: SessionRecord, key: string): string {
  const value = (record.input as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function row(record: SessionRecord, decimalMark: string): string[] {
  const amount = (minor: number): string => toDecimalString(minor, record.currency).replace('.', decimalMark);
  return [
    record.createdAt,
    record.id,
    record.status,
    record.kind,
    amount(record.amountMinor),
    record.status === 'completed' ? amount(chargedMinor(record)) : '',
    record.tipMinor ? amount(record.tipMinor) : '',
    record.status === 'completed' && surchargeMinor(record) > 0 ? amount(surchargeMinor(record)) : '',
    record.currency,
    record.reference ?? '',
    metadataOf(record, 'staffInitials'),
    record.station ?? '',
    record.payment?.transactionId ?? '',
    record.payment?.cardBrand ?? '',
    record.payment?.cardLastFour ?? '',
    record.errorCode ?? '',
    record.environment,
    record.merchantName,
    itemsCell(record, decimalMark),
  ];
}

/** A cart's lines in one cell, "2 × Flat white @ 3.20; 1 × Croissant @ 2.10" (unit prices). */
function itemsCell(record: SessionRecord, decimalMark: string): string {
  return itemLinesOf(record)
    .map((item) => `${item.quantity} × ${item.name}${item.price ? ` @ ${item.price.replace('.', decimalMark)}` : ''}`)
    .join('; ');
}

/**
 * Writes exactly the `found` rows as RFC 4180 CSV, a chunk at a time (so progress can be shown and the
 * process stays responsive), with formula-like cells neutralised. API keys are never in a record;
 * billing details only when `billing` is given.
 */
export async function exportHistoryCsv(
  path: string,
  found: Pick<IndexResult, 'count' | 'page'>,
  options: ExportOptions = {},
): Promise<number> {
  const columns = options.billing ? [...EXPORT_COLUMNS, ...BILLING_COLUMNS] : [...EXPORT_COLUMNS];
  const words = options.localeFor;
  const header = words ? columns.map((column) => words.t(`csv.${column}`)) : columns;
  const decimalMark = words ? decimalMarkOf(words.locale) : '.';
  const delimiter = decimalMark === ',' ? ';' : ',';
  const file = await open(path, 'w');
  try {
    await file.write(`${csvLines([header], delimiter)}\r\n`);
    const chunk = 500;
    for (let start = 0; start < found.count; start += chunk) {
      // A page at a time: the records are read from disk as they are written out.
      const slice = found.page(start, chunk);
      const { billing } = options;
      const rows = billing
        ? await mapInBatches(slice, BILLING_CONCURRENCY, async (record) => {
            const details = record.status === 'completed' ? await billing(record) : undefined;
            return [...row(record, decimalMark), details?.name ?? '', details?.email ?? ''];
          })
        : slice.map((record) => row(record, decimalMark));
      await file.write(`${csvLines(rows, delimiter)}\r\n`);
      options.onProgress?.(Math.min(found.count, start + chunk), found.count);
    }
  } finally {
    await file.close();
  }
  return found.count;
}
