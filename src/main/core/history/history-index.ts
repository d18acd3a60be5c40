import { toDecimalString } from '../../../shared/money';
import type { HistoryFilter, HistoryTotals } from '../../../shared/history-query';
import type { SessionRecord } from '../../../shared/session-record';

/** The amount a session took: what the API says was charged, or what was asked. */
export function chargedMinor(record: SessionRecord): number {
  return record.payment?.paidMinor ?? record.amountMinor;
}

/** Text the search box looks in: reference, ids, transaction id and the amount as a decimal. */
function searchText(record: SessionRecord): string {
  const amount = toDecimalString(chargedMinor(record), record.currency);
  return [record.id, record.reference ?? '', record.payment?.transactionId ?? '', amount, amount.replace(/\.?0+$/, '')]
    .join('\u0000')
    .toLowerCase();
}

/**
 * Filters, sorts and totals the history in memory. Search text is built once per record and
 * kept until the record changes, so a keystroke over 100,000 sessions costs a few milliseconds.
 */
export class HistoryIndex {
  private readonly text = new Map<string, string>();
  private cache?: { key: string; version: number; rows: SessionRecord[]; totals: HistoryTotals };

  constructor(
    private readonly all: () => SessionRecord[],
    private readonly version: () => number,
  ) {}

  changed(id: string): void {
    this.text.delete(id);
  }

  /** The rows matching `filter`, sorted, and the totals over them. Reused while nothing changed. */
  run(filter: HistoryFilter): { rows: SessionRecord[]; totals: HistoryTotals } {
    const key = JSON.stringify(filter);
    if (this.cache?.key === key && this.cache.version === this.version()) return this.cache;
    const needle = filter.search?.toLowerCase();
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
    const rows: SessionRecord[] = [];
    for (const record of this.all()) {
      if (statuses && !statuses.has(record.status)) continue;
      if (kinds && !kinds.has(record.kind)) continue;
      if (filter.from && record.createdAt < filter.from) continue;
      if (filter.to && record.createdAt >= filter.to) continue;
      if (needle && !this.searchTextOf(record).includes(needle)) continue;
      rows.push(record);
    }
    // all() is oldest first; ISO timestamps of one format sort as text.
    if (filter.sort === 'newest') rows.reverse();
    else if (filter.sort === 'amount-desc') rows.sort((a, b) => chargedMinor(b) - chargedMinor(a));
    else if (filter.sort === 'amount-asc') rows.sort((a, b) => chargedMinor(a) - chargedMinor(b));
    this.cache = { key, version: this.version(), rows, totals: totalsOf(rows) };
    return this.cache;
  }

  private searchTextOf(record: SessionRecord): string {
    let text = this.text.get(record.id);
    if (text === undefined) {
      text = searchText(record);
      this.text.set(record.id, text);
    }
    return text;
  }
}

export function totalsOf(rows: readonly SessionRecord[]): HistoryTotals {
  const byCurrency = new Map<string, HistoryTotals['byCurrency'][number]>();
  const counts: HistoryTotals['counts'] = { pending: 0, completed: 0, failed: 0, cancelled: 0, expired: 0 };
  const hourly = new Map<string, { hour: string; currency: string; amountMinor: number }>();
  for (const record of rows) {
    counts[record.status] += 1;
    if (record.status !== 'completed') continue;
    const amount = chargedMinor(record);
    let total = byCurrency.get(record.currency);
    if (!total) {
      total = { currency: record.currency, salesMinor: 0, salesCount: 0, donationsMinor: 0, donationsCount: 0 };
      byCurrency.set(record.currency, total);
    }
    if (record.kind === 'donation') {
      total.donationsMinor += amount;
      total.donationsCount += 1;
    } else {
      total.salesMinor += amount;
      total.salesCount += 1;
    }
    const hour = `${record.createdAt.slice(0, 13)}:00:00.000Z`;
    const bucketKey = `${hour}|${record.currency}`;
    const bucket = hourly.get(bucketKey) ?? { hour, currency: record.currency, amountMinor: 0 };
    bucket.amountMinor += amount;
    hourly.set(bucketKey, bucket);
  }
  return {
    byCurrency: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    counts,
    hourly: [...hourly.values()].sort((a, b) => a.hour.localeCompare(b.hour) || a.currency.localeCompare(b.currency)),
  };
}
