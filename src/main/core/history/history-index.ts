import { toDecimalString } from '../../../shared/money';
import type { HistoryFilter, HistoryTotals } from '../../../shared/history-query';
import type { SessionRecord } from '../../../shared/session-record';

/** The amount a session took: what the API says was charged, or what was asked. */
export function chargedMinor(record: SessionRecord): number {
  return record.payment?.paidMinor ?? record.amountMinor;
}

/** Text the search box looks in: reference, ids (the session's and its payment link's), transaction id and the amount as a decimal. */
function searchText(record: SessionRecord): string {
  const amount = toDecimalString(chargedMinor(record), record.currency);
  return [
    record.id,
    record.reference ?? '',
    record.payment?.transactionId ?? '',
    record.paymentLinkId ?? '',
    amount,
    amount.replace(/\.?0+$/, ''),
  ]
    .join('\u0000')
    .toLowerCase();
}

/**
 * Filters, sorts and totals the history in memory. Search text is built once per record and
 * kept until the record changes, so a keystroke over 100,000 sessions costs a few milliseconds.
 */
export class HistoryIndex {
  private readonly text = new Map<string, string>();
  private filtered?: { key: string; version: number; rows: SessionRecord[]; totals: HistoryTotals };
  private searched?: { key: string; version: number; needle: string; rows: SessionRecord[] };

  constructor(
    private readonly all: () => SessionRecord[],
    private readonly version: () => number,
  ) {}

  changed(id: string): void {
    this.text.delete(id);
  }

  /**
   * The rows matching `filter`, sorted, and the totals of the period and filters (the search
   * box narrows the list, not the totals). Each step is reused while nothing changed, and a
   * search that extends the previous one only looks through the previous matches.
   */
  run(filter: HistoryFilter): { rows: SessionRecord[]; totals: HistoryTotals } {
    const { search, ...rest } = filter;
    const base = this.filteredRows(rest);
    const needle = search?.toLowerCase() ?? '';
    if (!needle) return base;
    const version = this.version();
    const previous = this.searched;
    const sameBase = previous?.key === JSON.stringify(rest) && previous.version === version;
    if (sameBase && previous.needle === needle) return { rows: previous.rows, totals: base.totals };
    const pool = sameBase && needle.startsWith(previous.needle) ? previous.rows : base.rows;
    const rows = pool.filter((record) => this.searchTextOf(record).includes(needle));
    this.searched = { key: JSON.stringify(rest), version, needle, rows };
    return { rows, totals: base.totals };
  }

  /** Builds the search text of every record ahead of the first keystroke, a slice at a time. */
  async warm(sliceSize = 5000): Promise<void> {
    const records = this.all();
    for (let i = 0; i < records.length; i += sliceSize) {
      for (const record of records.slice(i, i + sliceSize)) this.searchTextOf(record);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private filteredRows(filter: Omit<HistoryFilter, 'search'>): { rows: SessionRecord[]; totals: HistoryTotals } {
    const key = JSON.stringify(filter);
    if (this.filtered?.key === key && this.filtered.version === this.version()) return this.filtered;
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
    const rows: SessionRecord[] = [];
    for (const record of this.all()) {
      if (statuses && !statuses.has(record.status)) continue;
      if (kinds && !kinds.has(record.kind)) continue;
      if (filter.from && record.createdAt < filter.from) continue;
      if (filter.to && record.createdAt >= filter.to) continue;
      rows.push(record);
    }
    // all() is oldest first; ISO timestamps of one format sort as text.
    if (filter.sort === 'newest') rows.reverse();
    else if (filter.sort === 'amount-desc') rows.sort((a, b) => chargedMinor(b) - chargedMinor(a));
    else if (filter.sort === 'amount-asc') rows.sort((a, b) => chargedMinor(a) - chargedMinor(b));
    this.filtered = { key, version: this.version(), rows, totals: totalsOf(rows) };
    return this.filtered;
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
