import { SESSION_STATUSES } from '../../../shared/ozura/status';
import type { HistoryFilter, HistoryTotals } from '../../../shared/history-query';
import type { SessionRecord } from '../../../shared/session-record';
import { KINDS, type HistoryTable } from './history-table';

export { chargedMinor } from './history-table';

/** What a query found: how many, one page of them, all of them (small histories, tests), and the totals. */
export interface IndexResult {
  readonly count: number;
  page(offset: number, limit: number): SessionRecord[];
  /** The rows found, in order: a session keeps its row for as long as the store is open. */
  readonly order: Int32Array;
  /** The full record at a row (read from the log when it is not in memory). */
  recordAt(row: number): SessionRecord;
  readonly rows: SessionRecord[];
  readonly totals: HistoryTotals;
}

/** A station as its sessions tell it. */
export interface StationSeen {
  station: string;
  sessions: number;
  newestMs: number;
}

const HOUR_MS = 3_600_000;
/**
 * Narrow the last search's rows one by one when they are under 1/64 of all rows; else search
 * all again (testing a row alone costs about fifteen times its share of a whole search).
 */
const NARROW_BELOW_SHARE = 64;
/** Hourly totals are summed in a flat array while hours × currencies stay under this; in a map beyond. */
export const DENSE_HOURLY_CELLS = 1 << 20;
const DONATION = KINDS.indexOf('donation');
const COMPLETED = SESSION_STATUSES.indexOf('completed');

/**
 * Filters, sorts, searches and totals the history over the table's columns; full records are
 * read only for the page asked for. Each step is reused while nothing changed (#16).
 */
export class HistoryIndex {
  private filtered?: { key: string; version: number; order: Int32Array; totals: HistoryTotals };
  private stationsSeen?: { version: number; stations: StationSeen[] };
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
    const order =
      previous?.key === key && previous.version === version && needle.includes(previous.needle)
        ? this.narrowed(previous.order, needle)
        : this.matching(base.order, needle);
    this.searched = { key, version, needle, order };
    return this.result(order, base.totals);
  }

  /** Each station named on a session: how many sessions, and when its newest was made (an event's organiser, #21). */
  stations(): StationSeen[] {
    const { table } = this;
    if (this.stationsSeen?.version === table.version) return this.stationsSeen.stations;
    const { station, createdMs } = table.columns;
    const sessions = new Float64Array(table.stations.length);
    const newest = new Float64Array(table.stations.length).fill(-Infinity);
    for (let row = 0; row < table.count; row++) {
      const at = station[row] as number;
      sessions[at] = (sessions[at] as number) + 1;
      if ((createdMs[row] as number) > (newest[at] as number)) newest[at] = createdMs[row] as number;
    }
    const stations = table.stations
      .map((name, at) => ({ station: name, sessions: sessions[at] as number, newestMs: newest[at] as number }))
      .filter((seen) => seen.station !== '' && seen.sessions > 0);
    this.stationsSeen = { version: table.version, stations };
    return stations;
  }

  /** The rows of `order` whose text contains `needle`, in the same order. */
  private matching(order: Int32Array, needle: string): Int32Array {
    const hits = new Uint8Array(this.table.count);
    this.table.search.markMatches(needle, hits);
    const found = new Int32Array(order.length);
    let at = 0;
    for (let i = 0; i < order.length; i++) {
      const row = order[i] as number;
      if (hits[row] === 1) found[at++] = row;
    }
    return found.slice(0, at);
  }

  /**
   * A longer search text can only match rows the shorter one did: when those are few, test
   * them one by one instead of searching every row again (the clerk is still typing).
   */
  private narrowed(previous: Int32Array, needle: string): Int32Array {
    if (previous.length > this.table.count / NARROW_BELOW_SHARE) return this.matching(previous, needle);
    const { search } = this.table;
    const found = new Int32Array(previous.length);
    let at = 0;
    for (let i = 0; i < previous.length; i++) {
      const row = previous[i] as number;
      if (search.textAt(row).includes(needle)) found[at++] = row;
    }
    return found.slice(0, at);
  }

  private result(order: Int32Array, totals: HistoryTotals): IndexResult {
    const recordAt = this.recordAt;
    const page = (offset: number, limit: number): SessionRecord[] =>
      Array.from(order.subarray(offset, offset + limit), (row) => recordAt(row));
    return {
      count: order.length,
      page,
      order,
      recordAt,
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
    // A member with no sale here matches no row (-1).
    const member = filter.staffId === undefined ? undefined : (table.staffNumberOf(filter.staffId) ?? -1);
    const place = filter.station === undefined ? undefined : (table.stationNumberOf(filter.station) ?? -1);
    const { status, kind, createdMs, chargedMinor, staff, station } = table.columns;
    const picked = new Int32Array(table.count);
    let found = 0;
    for (let row = 0; row < table.count; row++) {
      if (statuses && !statuses.has(status[row] as number)) continue;
      if (kinds && !kinds.has(kind[row] as number)) continue;
      if (member !== undefined && staff[row] !== member) continue;
      if (place !== undefined && station[row] !== place) continue;
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

/** Sums kept per currency in `totalsOf`. */
const CELLS = 6;

/** Totals of `rows`, from the columns alone. */
function totalsOf(table: HistoryTable, rows: Int32Array): HistoryTotals {
  const { status, kind, currency, createdMs, chargedMinor, tipMinor, surchargeMinor } = table.columns;
  const currencies = table.currencies.length;
  const counts = new Float64Array(SESSION_STATUSES.length);
  // Per currency number: [sales, sales count, donations, donations count, tips, surcharges].
  const sums = new Float64Array(currencies * CELLS);
  let firstHour = Infinity;
  let lastHour = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const state = status[row] as number;
    counts[state] = (counts[state] as number) + 1;
    if (state !== COMPLETED) continue;
    const base = (currency[row] as number) * CELLS;
    const tip = tipMinor[row] as number;
    const surcharge = surchargeMinor[row] as number;
    const at = base + (kind[row] === DONATION ? 2 : 0);
    sums[at] = (sums[at] as number) + (chargedMinor[row] as number) - tip - surcharge;
    sums[at + 1] = (sums[at + 1] as number) + 1;
    sums[base + 4] = (sums[base + 4] as number) + tip;
    sums[base + 5] = (sums[base + 5] as number) + surcharge;
    const hour = Math.floor((createdMs[row] as number) / HOUR_MS);
    if (hour < firstHour) firstHour = hour;
    if (hour > lastHour) lastHour = hour;
  }
  const byCurrency: HistoryTotals['byCurrency'] = [];
  for (let code = 0; code < currencies; code++) {
    const [salesMinor, salesCount, donationsMinor, donationsCount, tipsMinor, surchargesMinor] = sums.subarray(
      code * CELLS,
      code * CELLS + CELLS,
    );
    if (!salesCount && !donationsCount) continue;
    byCurrency.push({
      currency: table.currencies[code] as string,
      salesMinor: salesMinor as number,
      salesCount: salesCount as number,
      donationsMinor: donationsMinor as number,
      donationsCount: donationsCount as number,
      tipsMinor: tipsMinor as number,
      surchargesMinor: surchargesMinor as number,
    });
  }
  return {
    byCurrency: byCurrency.sort((a, b) => a.currency.localeCompare(b.currency)),
    counts: Object.fromEntries(
      SESSION_STATUSES.map((name, at) => [name, counts[at] as number]),
    ) as HistoryTotals['counts'],
    hourly: hourlyOf(table, rows, firstHour, lastHour),
    byStaff: takenBy(table, rows, table.columns.staff)
      .map(({ number, ...sum }) => {
        const member = table.staff[number];
        return { staffId: member?.id ?? '', initials: member?.initials ?? '', ...sum };
      })
      .sort((a, b) => a.initials.localeCompare(b.initials) || a.currency.localeCompare(b.currency)),
    byStation: takenBy(table, rows, table.columns.station)
      .map(({ number, ...sum }) => ({
        station: table.stations[number] ?? '',
        ...sum,
      }))
      .sort((a, b) => a.station.localeCompare(b.station) || a.currency.localeCompare(b.currency)),
  };
}

/**
 * Completed takings per value of a numbered column (staff or station; 0, "none", is left out)
 * and currency.
 */
function takenBy(
  table: HistoryTable,
  rows: Int32Array,
  numbers: Uint16Array,
): { number: number; currency: string; takenMinor: number; count: number }[] {
  const { status, currency, chargedMinor } = table.columns;
  const currencies = table.currencies.length;
  const sums = new Map<number, { takenMinor: number; count: number }>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const number = numbers[row] as number;
    if (status[row] !== COMPLETED || number === 0) continue;
    const cell = number * currencies + (currency[row] as number);
    const sum = sums.get(cell) ?? { takenMinor: 0, count: 0 };
    sum.takenMinor += chargedMinor[row] as number;
    sum.count += 1;
    sums.set(cell, sum);
  }
  return [...sums].map(([cell, sum]) => ({
    number: Math.floor(cell / currencies),
    currency: table.currencies[cell % currencies] as string,
    ...sum,
  }));
}

/** Completed takings per hour and currency, oldest hour first (currencies in code order). */
function hourlyOf(table: HistoryTable, rows: Int32Array, firstHour: number, lastHour: number): HistoryTotals['hourly'] {
  if (firstHour > lastHour) return [];
  const { status, currency, createdMs, chargedMinor } = table.columns;
  const currencies = table.currencies.length;
  const hours = lastHour - firstHour + 1;
  const dense = hours * currencies <= DENSE_HOURLY_CELLS ? new Float64Array(hours * currencies) : undefined;
  const sparse = new Map<number, number>();
  const touched = new Uint8Array(dense ? hours * currencies : 0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (status[row] !== COMPLETED) continue;
    const cell =
      (Math.floor((createdMs[row] as number) / HOUR_MS) - firstHour) * currencies + (currency[row] as number);
    if (dense) {
      dense[cell] = (dense[cell] as number) + (chargedMinor[row] as number);
      touched[cell] = 1;
    } else {
      sparse.set(cell, (sparse.get(cell) ?? 0) + (chargedMinor[row] as number));
    }
  }
  const cells = dense
    ? Array.from(touched.keys()).filter((cell) => touched[cell] === 1)
    : [...sparse.keys()].sort((a, b) => a - b);
  const hourly = cells.map((cell) => ({
    hour: new Date((firstHour + Math.floor(cell / currencies)) * HOUR_MS).toISOString(),
    currency: table.currencies[cell % currencies] as string,
    amountMinor: dense ? (dense[cell] as number) : (sparse.get(cell) as number),
  }));
  // Within an hour, currencies by code, as the list of totals is.
  return hourly.sort((a, b) => a.hour.localeCompare(b.hour) || a.currency.localeCompare(b.currency));
}
