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

/** What a query found: how many, one page of them, all of them (for export), and the totals. */
export interface IndexResult {
  readonly count: number;
  page(offset: number, limit: number): SessionRecord[];
  /** Every match, in order (materialised on demand: a page needs only its own rows). */
  readonly rows: SessionRecord[];
  readonly totals: HistoryTotals;
}

/**
 * Filters, sorts and totals the history in memory, over flat arrays aligned by position: the
 * records (oldest first) and their search texts. A change to a session replaces its entry in
 * place; a search text is built once per record version, the first time a search needs it, so
 * a keystroke over 100,000 sessions is a loop of `includes` (#16).
 */
export class HistoryIndex {
  private readonly records: SessionRecord[] = [];
  private readonly texts: (string | undefined)[] = [];
  private readonly position = new Map<string, number>();
  /** Goes up on every change a query can see, so cached results know when they are stale. */
  private version = 0;
  private filtered?: { key: string; version: number; positions: number[]; totals: HistoryTotals };
  private searched?: { key: string; version: number; needle: string; positions: number[] };

  /** A new record, or a new version of a known one (in its place). */
  put(record: SessionRecord): void {
    this.version += 1;
    const at = this.position.get(record.id);
    if (at === undefined) {
      this.position.set(record.id, this.records.length);
      this.records.push(record);
      this.texts.push(undefined);
    } else {
      this.records[at] = record;
      this.texts[at] = undefined;
    }
  }

  /** A record whose only news is what no filter, search or total looks at ("last checked"). */
  touch(record: SessionRecord): void {
    const at = this.position.get(record.id);
    if (at !== undefined) this.records[at] = record;
  }

  /** Every record, oldest first. */
  all(): readonly SessionRecord[] {
    return this.records;
  }

  /**
   * The rows matching `filter`, sorted, and the totals of the period and filters (the search
   * box narrows the list, not the totals). Each step is reused while nothing changed, and a
   * search that extends the previous one only looks through the previous matches.
   */
  run(filter: HistoryFilter): IndexResult {
    const { search, ...rest } = filter;
    const key = JSON.stringify(rest);
    const base = this.filteredPositions(key, rest);
    const needle = search?.toLowerCase() ?? '';
    if (!needle) return this.result(base.positions, base.totals);
    const previous = this.searched;
    const sameBase = previous?.key === key && previous.version === this.version;
    if (sameBase && previous.needle === needle) return this.result(previous.positions, base.totals);
    const pool = sameBase && needle.startsWith(previous.needle) ? previous.positions : base.positions;
    const positions: number[] = [];
    for (const at of pool) if (this.textAt(at).includes(needle)) positions.push(at);
    this.searched = { key, version: this.version, needle, positions };
    return this.result(positions, base.totals);
  }

  /** Builds the search text of every record ahead of the first keystroke, a slice at a time. */
  async warm(sliceSize = 5000): Promise<void> {
    for (let start = 0; start < this.records.length; start += sliceSize) {
      const end = Math.min(start + sliceSize, this.records.length);
      for (let at = start; at < end; at++) this.textAt(at);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private result(positions: readonly number[], totals: HistoryTotals): IndexResult {
    const records = this.records;
    return {
      count: positions.length,
      page: (offset, limit) => positions.slice(offset, offset + limit).map((at) => records[at] as SessionRecord),
      get rows() {
        return positions.map((at) => records[at] as SessionRecord);
      },
      totals,
    };
  }

  private filteredPositions(
    key: string,
    filter: Omit<HistoryFilter, 'search'>,
  ): { positions: number[]; totals: HistoryTotals } {
    if (this.filtered?.key === key && this.filtered.version === this.version) return this.filtered;
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
    const records = this.records;
    const positions: number[] = [];
    for (let at = 0; at < records.length; at++) {
      const record = records[at] as SessionRecord;
      if (statuses && !statuses.has(record.status)) continue;
      if (kinds && !kinds.has(record.kind)) continue;
      if (filter.from && record.createdAt < filter.from) continue;
      if (filter.to && record.createdAt >= filter.to) continue;
      positions.push(at);
    }
    const charged = (at: number): number => chargedMinor(records[at] as SessionRecord);
    // Positions are oldest first; ISO timestamps of one format sort as text.
    if (filter.sort === 'newest') positions.reverse();
    else if (filter.sort === 'amount-desc') positions.sort((a, b) => charged(b) - charged(a));
    else if (filter.sort === 'amount-asc') positions.sort((a, b) => charged(a) - charged(b));
    const totals = totalsOf(positions.map((at) => records[at] as SessionRecord));
    this.filtered = { key, version: this.version, positions, totals };
    return this.filtered;
  }

  private textAt(at: number): string {
    let text = this.texts[at];
    if (text === undefined) {
      text = searchText(this.records[at] as SessionRecord);
      this.texts[at] = text;
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
