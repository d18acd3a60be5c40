import type { TextColumn } from './text-column';

/** FNV-1a over UTF-16 units: cheap, and spreads session ids well. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Session id → row, as an open-addressing table in one typed array (row + 1; 0 is empty)
 * rather than a Map of a million strings: it is saved in the snapshot and read back in one
 * read. The ids themselves live in a TextColumn, which the table compares against.
 */
export class IdLookup {
  private table: Int32Array;
  private filled = 0;

  constructor(
    private readonly ids: TextColumn,
    table?: Int32Array,
  ) {
    this.table = table ?? new Int32Array(1024);
    if (table) for (const slot of table) if (slot !== 0) this.filled++;
  }

  /** The table as saved in a snapshot. */
  get saved(): Int32Array {
    return this.table;
  }

  find(id: string): number | undefined {
    const mask = this.table.length - 1;
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) return undefined;
      if (this.ids.isAt(entry - 1, id)) return entry - 1;
    }
  }

  /** Records that `id` (already appended to the ids column) is at `row`. */
  add(id: string, row: number): void {
    if ((this.filled + 1) * 2 > this.table.length) this.grow();
    this.place(id, row);
    this.filled++;
  }

  private place(id: string, row: number): void {
    const mask = this.table.length - 1;
    let slot = hashOf(id) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = row + 1;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (const entry of old) if (entry !== 0) this.place(this.ids.textAt(entry - 1), entry - 1);
  }
}

/** Whether a saved table is usable: a power of two in length, at least twice the rows. */
export function isLookupTable(table: Int32Array, rows: number): boolean {
  return table.length >= 1024 && (table.length & (table.length - 1)) === 0 && table.length >= rows * 2;
}
