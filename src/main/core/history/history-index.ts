import { SESSION_STATUSES } from '../../../shared/ozura/status';
import type { HistoryFilter, HistoryTotals } from '../../../shared/history-query';
import type { SessionRecord } from '../../../shared/session-record';
import { KINDS, type HistoryTable } from './history-table';

export { chargedMinor } from './history-table';

/** What a query found: how many, one page of them, all of them (small histories, tests), and the totals. */
export interface IndexResult {
  readonly count: number;
  page(offset: number, limit: number): SessionRecord[];
  readonly rows: SessionRecord[];
  readonly totals: HistoryTotals;
}

const HOUR_MS = 3_600_000;
const DONATION = KINDS.indexOf('donation');
const COMPLETED = SESSION_STATUSES.indexOf('completed');

/**
 * Filters, sorts, searches and totals the history over the table's columns; full records are
 * read only for the page asked for. Each step is reused while nothing changed (#16).
 */
export class HistoryIndex {
  private filtered?: { key: string; version: number; order: Int32Array; totals: HistoryTotals };
  private searched?: { key: string; version: number; needle: string; order: Int32Array };

  constructor(
    private readonly table: HistoryTable,
    private readonly recordAt: (row: number) => SessionRecord,
  ) {}

  /**
   * The rows matching `filter`, sorted, and the totals of the period and filters (the search
   * box narrows the list, not the totals).
   */
  run(filter: HistoryFilter): IndexResult {
    const { search, ...rest } = filter;
    const key = JSON.stringify(rest);
    const base = this.filteredRows(key, rest);
    const needle = search?.toLowerCase() ?? '';
    if (!needle) return this.result(base.order, base.totals);
    const version = this.table.version;
    const previous = this.searched;
    if (previous?.key === key && previous.version === version && previous.needle === needle) {
      return this.result(previous.order, base.totals);
    }
    const hits = new Uint8Array(this.table.count);
    this.table.search.markMatches(needle, hits);
    let found = 0;
    for (const row of base.order) found += hits[row] as number;
    const order = new Int32Array(found);
    let at = 0;
    for (const row of base.order) if (hits[row] === 1) order[at++] = row;
    this.searched = { key, version, needle, order };
    return this.result(order, base.totals);
  }

  private result(order: Int32Array, totals: HistoryTotals): IndexResult {
    const recordAt = this.recordAt;
    const page = (offset: number, limit: number): SessionRecord[] =>
      Array.from(order.subarray(offset, offset + limit), (row) => recordAt(row));
    return {
      count: order.length,
      page,
      get rows() {
        return page(0, order.length);
      },
      totals,
    };
  }

  private filteredRows(
    key: string,
    filter: Omit<HistoryFilter, 'search'>,
  ): { order: Int32Array; totals: HistoryTotals } {
    const { table } = this;
    if (this.filtered?.key === key && this.filtered.version === table.version) return this.filtered;
    const statuses = filter.statuses?.length
      ? new Set(filter.statuses.map((s) => SESSION_STATUSES.indexOf(s)))
      : undefined;
    const kinds = filter.kinds?.length ? new Set(filter.kinds.map((k) => KINDS.indexOf(k))) : undefined;
    const from = filter.from ? Date.parse(filter.from) : -Infinity;
    const to = filter.to ? Date.parse(filter.to) : Infinity;
    const { status, kind, createdMs, chargedMinor } = table.columns;
    const picked = new Int32Array(table.count);
    let found = 0;
    for (let row = 0; row < table.count; row++) {
      if (statuses && !statuses.has(status[row] as number)) continue;
      if (kinds && !kinds.has(kind[row] as number)) continue;
      const created = createdMs[row] as number;
      if (created < from || created >= to) continue;
      picked[found++] = row;
    }
    // Rows are oldest first.
    const order = picked.slice(0, found);
    const charged = (row: number): number => chargedMinor[row] as number;
    if (filter.sort === 'newest') order.reverse();
    else if (filter.sort === 'amount-desc') order.sort((a, b) => charged(b) - charged(a) || a - b);
    else if (filter.sort === 'amount-asc') order.sort((a, b) => charged(a) - charged(b) || a - b);
    this.filtered = { key, version: table.version, order, totals: totalsOf(table, order) };
    return this.filtered;
  }
}

/** Totals of `rows`, from the columns alone. */
function totalsOf(table: HistoryTable, rows: Int32Array): HistoryTotals {
  const { status, kind, currency, createdMs, chargedMinor } = table.columns;
  const counts = new Float64Array(SESSION_STATUSES.length);
  const byCurrency = new Map<number, HistoryTotals['byCurrency'][number]>();
  // hour number × 65,536 + currency number → amount
  const hourly = new Map<number, number>();
  for (const row of rows) {
    const state = status[row] as number;
    counts[state] = (counts[state] as number) + 1;
    if (state !== COMPLETED) continue;
    const amount = chargedMinor[row] as number;
    const code = currency[row] as number;
    let total = byCurrency.get(code);
    if (!total) {
      total = {
        currency: table.currencies[code] as string,
        salesMinor: 0,
        salesCount: 0,
        donationsMinor: 0,
        donationsCount: 0,
      };
      byCurrency.set(code, total);
    }
    if (kind[row] === DONATION) {
      total.donationsMinor += amount;
      total.donationsCount += 1;
    } else {
      total.salesMinor += amount;
      total.salesCount += 1;
    }
    const bucket = Math.floor((createdMs[row] as number) / HOUR_MS) * 65_536 + code;
    hourly.set(bucket, (hourly.get(bucket) ?? 0) + amount);
  }
  return {
    byCurrency: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    counts: Object.fromEntries(
      SESSION_STATUSES.map((name, at) => [name, counts[at] as number]),
    ) as HistoryTotals['counts'],
    hourly: [...hourly.entries()]
      .map(([bucket, amountMinor]) => ({
        hour: new Date(Math.floor(bucket / 65_536) * HOUR_MS).toISOString(),
        currency: table.currencies[bucket % 65_536] as string,
        amountMinor,
      }))
      .sort((a, b) => a.hour.localeCompare(b.hour) || a.currency.localeCompare(b.currency)),
  };
}
