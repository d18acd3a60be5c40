import { toDecimalString } from '../../../shared/money';
import { SESSION_STATUSES, type SessionStatus } from '../../../shared/ozura/status';
import type { SessionKind, SessionRecord } from '../../../shared/session-record';
import { IdLookup } from './id-lookup';
import { TextColumn, type TextBlock } from './text-column';

/** Where a row's full record can be read back from. */
export const RowSource = {
  /** A `put` line of the log, unchanged since (offset and length of the whole line). */
  log: 0,
  /** The snapshot's own copy of the record (offset and length of its JSON). */
  snapshot: 1,
  /** Only in memory until the next snapshot (the log holds it as a put and later patches). */
  memory: 2,
} as const;
export type RowSource = (typeof RowSource)[keyof typeof RowSource];

export const KINDS: readonly SessionKind[] = ['amount', 'cart', 'donation'];

/** A member of staff as the staff column knows them: their id and the initials on their first sale. */
export interface StaffOnRow {
  id: string;
  initials: string;
}
const NO_STAFF: StaffOnRow = { id: '', initials: '' };

/** The amount a session took: what the API says was charged, or what was asked. */
export function chargedMinor(record: SessionRecord): number {
  return record.payment?.paidMinor ?? record.amountMinor;
}

/** The customer's tip on a session (#20), part of what it took. */
export function tipMinor(record: SessionRecord): number {
  return record.tipMinor ?? 0;
}

/**
 * The card surcharge a completed sale took: what was charged beyond what was asked, when the
 * sale set a surcharge (a donor's own amount is not one).
 */
export function surchargeMinor(record: SessionRecord): number {
  const paid = record.payment?.paidMinor;
  const surcharged =
    typeof record.input.options === 'object' &&
    record.input.options !== null &&
    'surchargePercent' in record.input.options;
  if (record.kind === 'donation' || paid === undefined || !surcharged) return 0;
  return Math.max(0, paid - record.amountMinor);
}

/** Text the search box looks in: reference, ids (the session's and its payment link's), transaction id and the amount as a decimal. */
export function searchText(record: SessionRecord): string {
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

/** The columns a table is made of, as saved in and loaded from a snapshot. */
export interface TableColumns {
  createdMs: Float64Array;
  chargedMinor: Float64Array;
  /** The tip and the surcharge within what was charged (#20). */
  tipMinor: Float64Array;
  surchargeMinor: Float64Array;
  offset: Float64Array;
  length: Uint32Array;
  status: Uint8Array;
  kind: Uint8Array;
  currency: Uint16Array;
  /** Who made the sale: a number into `staff` (0: nobody signed in, or no staff). */
  staff: Uint16Array;
  /** The station it was sold at: a number into `stations` (0: none named). Event mode (#21). */
  station: Uint16Array;
  source: Uint8Array;
}

export interface SavedTable {
  rows: number;
  columns: TableColumns;
  currencies: string[];
  staff: StaffOnRow[];
  stations: string[];
  idBlocks: TextBlock[];
  searchBlocks: TextBlock[];
  idTable: Int32Array;
}

function emptyColumns(capacity: number): TableColumns {
  return {
    createdMs: new Float64Array(capacity),
    chargedMinor: new Float64Array(capacity),
    tipMinor: new Float64Array(capacity),
    surchargeMinor: new Float64Array(capacity),
    offset: new Float64Array(capacity),
    length: new Uint32Array(capacity),
    status: new Uint8Array(capacity),
    kind: new Uint8Array(capacity),
    currency: new Uint16Array(capacity),
    staff: new Uint16Array(capacity),
    station: new Uint16Array(capacity),
    source: new Uint8Array(capacity),
  };
}

/**
 * The history as columns aligned by row (oldest first): what filters, sorts, totals and search
 * read, in typed arrays, plus where each full record lives. Full records are read only for
 * the rows on screen (#16). A change to a session changes its row in place.
 */
export class HistoryTable {
  count: number;
  columns: TableColumns;
  private readonly currencyNumbers: Numbering<string>;
  private readonly staffNumbers: Numbering<StaffOnRow>;
  private readonly stationNumbers: Numbering<string>;
  readonly ids: TextColumn;
  readonly search: TextColumn;
  private readonly lookup: IdLookup;
  /** Goes up on every change a query can see, so cached results know when they are stale. */
  version = 0;

  constructor(saved?: SavedTable) {
    this.count = saved?.rows ?? 0;
    this.columns = saved?.columns ?? emptyColumns(1024);
    this.currencyNumbers = new Numbering(saved?.currencies ?? [], (code) => code);
    this.staffNumbers = new Numbering(saved?.staff ?? [NO_STAFF], (member) => member.id);
    this.stationNumbers = new Numbering(saved?.stations ?? [''], (name) => name);
    this.ids = new TextColumn(saved?.idBlocks);
    this.search = new TextColumn(saved?.searchBlocks);
    this.lookup = new IdLookup(this.ids, saved?.idTable);
  }

  get currencies(): readonly string[] {
    return this.currencyNumbers.values;
  }

  /** Everyone who made a sale, by number; 0 is "no one signed in". */
  get staff(): readonly StaffOnRow[] {
    return this.staffNumbers.values;
  }

  /** Every station named on a row, by number; 0 is "none named". */
  get stations(): readonly string[] {
    return this.stationNumbers.values;
  }

  rowOf(id: string): number | undefined {
    return this.lookup.find(id);
  }

  statusAt(row: number): SessionStatus {
    return SESSION_STATUSES[this.columns.status[row] as number] as SessionStatus;
  }

  /** A new row for `record`; returns its number. */
  add(record: SessionRecord, source: RowSource, offset = 0, length = 0): number {
    if (this.count === this.columns.createdMs.length) this.grow();
    const row = this.count++;
    this.ids.append(record.id);
    this.search.append(searchText(record));
    this.lookup.add(record.id, row);
    this.fill(row, record);
    this.locate(row, source, offset, length);
    this.version++;
    return row;
  }

  /** A new version of the record at `row`. */
  set(row: number, record: SessionRecord, source: RowSource, offset = 0, length = 0): void {
    const text = searchText(record);
    if (text !== this.search.textAt(row)) this.search.replace(row, text);
    this.fill(row, record);
    this.locate(row, source, offset, length);
    this.version++;
  }

  locate(row: number, source: RowSource, offset: number, length: number): void {
    this.columns.source[row] = source;
    this.columns.offset[row] = offset;
    this.columns.length[row] = length;
  }

  saved(): SavedTable {
    return {
      rows: this.count,
      columns: this.columns,
      currencies: this.currencyNumbers.values,
      staff: this.staffNumbers.values,
      stations: this.stationNumbers.values,
      idBlocks: [...this.ids.savedBlocks()],
      searchBlocks: [...this.search.savedBlocks()],
      idTable: this.lookup.saved,
    };
  }

  private fill(row: number, record: SessionRecord): void {
    const c = this.columns;
    c.createdMs[row] = Date.parse(record.createdAt);
    c.chargedMinor[row] = chargedMinor(record);
    c.tipMinor[row] = tipMinor(record);
    c.surchargeMinor[row] = surchargeMinor(record);
    c.status[row] = SESSION_STATUSES.indexOf(record.status);
    c.kind[row] = KINDS.indexOf(record.kind);
    c.currency[row] = this.currencyNumbers.find(record.currency) ?? this.currencyNumbers.add(record.currency);
    c.staff[row] = this.staffNumber(record);
    const { station } = record;
    c.station[row] = station ? (this.stationNumbers.find(station) ?? this.stationNumbers.add(station)) : 0;
  }

  /** The number of a station in the station column, if any row names it. */
  stationNumberOf(name: string): number | undefined {
    return this.stationNumbers.find(name);
  }

  /** The number of a member in the staff column, if they made any sale here. */
  staffNumberOf(id: string): number | undefined {
    return this.staffNumbers.find(id);
  }

  private staffNumber(record: SessionRecord): number {
    const { staffId, staffInitials } = record.input;
    if (typeof staffId !== 'string') return 0;
    return (
      this.staffNumbers.find(staffId) ??
      this.staffNumbers.add({ id: staffId, initials: typeof staffInitials === 'string' ? staffInitials : '' })
    );
  }

  private grow(): void {
    const bigger = emptyColumns(Math.max(1024, this.columns.createdMs.length * 2));
    for (const name of Object.keys(bigger) as (keyof TableColumns)[]) {
      (bigger[name] as Uint8Array).set(this.columns[name]);
    }
    this.columns = bigger;
  }
}

/**
 * Values numbered in the order first seen, so a typed column can hold the number; found again
 * by their key. A value keeps the number (and the form) it was first seen with.
 */
class Numbering<T> {
  private readonly numbers: Map<string, number>;

  constructor(
    readonly values: T[],
    private readonly keyOf: (value: T) => string,
  ) {
    this.numbers = new Map(values.map((value, at) => [keyOf(value), at]));
  }

  find(key: string): number | undefined {
    return this.numbers.get(key);
  }

  /** Numbers a value not seen before (look for it with `find` first); returns its number. */
  add(value: T): number {
    const at = this.values.length;
    this.values.push(value);
    this.numbers.set(this.keyOf(value), at);
    return at;
  }
}
