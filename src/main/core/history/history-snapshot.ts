import { closeSync, openSync, readSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { MAX_STATION_CHARS } from '../../../shared/session-record';
import { isLookupTable } from './id-lookup';
import { RowSource, type HistoryTable, type SavedTable, type TableColumns } from './history-table';
import { TEXT_BLOCK_ROWS, type TextBlock } from './text-column';

/**
 * The snapshot: the history table as it stood after the first `logBytes` bytes of the log,
 * written beside it so that opening reads a few large arrays instead of parsing every line
 * (#16). It is derived, never the truth: the log is. A snapshot that is missing, damaged, of
 * another format, or of another log (compacted, restored, replaced) is ignored and rebuilt.
 *
 * Layout: a JSON header padded to HEADER_BYTES, then the records section (the snapshot's own
 * copies of records whose log form is a put plus patches), then each column, then the id and
 * search text blocks. Every section carries its CRC-32 in the header.
 */
export const SNAPSHOT_FILE = 'history.snapshot';
const FORMAT = 4; // 2: the staff column (#19); 3: tip and surcharge columns (#20); 4: the station column (#21); another format is rebuilt from the log
/** Room for the header (its section list grows with the rows: about 5 KB per million). */
const HEADER_BYTES = 1024 * 1024;
/** Rows of room left in each column read from a snapshot: a few weeks of sales at a busy counter. */
function spareRows(rows: number): number {
  return Math.max(4096, rows >> 4);
}

/** How much of the log's start and of the end it covers is fingerprinted. */
const FINGERPRINT_BYTES = 64 * 1024;

const Section = z.strictObject({
  name: z.string(),
  offset: z.number().int().min(0),
  bytes: z.number().int().min(0),
  crc: z.number().int(),
});
type Section = z.infer<typeof Section>;

const Header = z.strictObject({
  format: z.literal(FORMAT),
  littleEndian: z.literal(true),
  rows: z.number().int().min(0),
  logBytes: z.number().int().min(0),
  logFingerprint: z.number().int(),
  /** Status-change lines in the log it covers (compaction counts them). */
  patchLines: z.number().int().min(0),
  currencies: z.array(z.string().length(3)).max(65_536),
  staff: z.array(z.strictObject({ id: z.string().max(40), initials: z.string().max(8) })).max(65_536),
  stations: z.array(z.string().max(MAX_STATION_CHARS)).min(1).max(65_536),
  sections: z.array(Section).max(100_000),
});
type Header = z.infer<typeof Header>;

const COLUMN_TYPES = {
  createdMs: Float64Array,
  chargedMinor: Float64Array,
  tipMinor: Float64Array,
  surchargeMinor: Float64Array,
  offset: Float64Array,
  length: Uint32Array,
  status: Uint8Array,
  kind: Uint8Array,
  currency: Uint16Array,
  staff: Uint16Array,
  station: Uint16Array,
  source: Uint8Array,
} as const;
const COLUMN_NAMES = Object.keys(COLUMN_TYPES) as (keyof TableColumns)[];

/** CRC-32 of the log's first and last FINGERPRINT_BYTES up to `bytes`: tells this log from a rewritten one. */
function logFingerprint(logPath: string, bytes: number): number | undefined {
  let fd: number;
  try {
    fd = openSync(logPath, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(Math.min(bytes, FINGERPRINT_BYTES));
    const tail = Buffer.alloc(Math.min(bytes, FINGERPRINT_BYTES));
    if (readSync(fd, head, 0, head.length, 0) !== head.length) return undefined;
    if (readSync(fd, tail, 0, tail.length, bytes - tail.length) !== tail.length) return undefined;
    return crc32(tail, crc32(head));
  } finally {
    closeSync(fd);
  }
}

export interface LoadedSnapshot {
  table: SavedTable;
  logBytes: number;
  patchLines: number;
}

/** Reads the snapshot in `path` if it is whole and belongs to the log; otherwise says why not. */
export async function loadSnapshot(path: string, logPath: string): Promise<LoadedSnapshot | { unusable: string }> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return { unusable: 'none' };
  }
  try {
    const raw = Buffer.alloc(HEADER_BYTES);
    await file.read(raw, 0, HEADER_BYTES, 0);
    const end = raw.indexOf(0);
    const parsed = Header.safeParse(safeJson(raw.toString('utf8', 0, end === -1 ? HEADER_BYTES : end)));
    if (!parsed.success) return { unusable: 'header' };
    const header = parsed.data;
    if (logFingerprint(logPath, header.logBytes) !== header.logFingerprint) return { unusable: 'another log' };
    // Every section within the file, before anything is allocated for one (a cut-off copy).
    const { size } = await file.stat();
    if (header.sections.some((section) => section.offset + section.bytes > size)) return { unusable: 'cut off' };
    const sections = new Map(header.sections.map((section) => [section.name, section]));
    const read = async (name: string, into: Uint8Array): Promise<boolean> => {
      const section = sections.get(name);
      if (section?.bytes !== into.byteLength) return false;
      const { bytesRead } = await file.read(into, 0, into.byteLength, section.offset);
      return bytesRead === into.byteLength && crc32(into) === section.crc;
    };
    const columns = {} as Record<keyof TableColumns, Uint8Array>;
    for (const name of COLUMN_NAMES) {
      // Room to grow: a copy into a larger array at the first new sale would briefly need both.
      const column = new COLUMN_TYPES[name](header.rows + spareRows(header.rows));
      const bytes = new Uint8Array(column.buffer, 0, header.rows * column.BYTES_PER_ELEMENT);
      if (!(await read(name, bytes))) return { unusable: `column ${name}` };
      columns[name] = column as Uint8Array;
    }
    const tableBytes = sections.get('idTable')?.bytes ?? 0;
    const idTable = new Int32Array(tableBytes / 4);
    if (!(await read('idTable', new Uint8Array(idTable.buffer))) || !isLookupTable(idTable, header.rows)) {
      return { unusable: 'id table' };
    }
    const blocks = Math.ceil(header.rows / TEXT_BLOCK_ROWS);
    // One buffer for every block's bytes: each is decoded into a string at once, and a buffer
    // per block would sit in memory (~70 MB at a million rows) until the collector ran.
    const largest = header.sections
      .filter((section) => /^(ids|search)\d+$/.test(section.name))
      .reduce((most, section) => Math.max(most, section.bytes), 0);
    const scratch = Buffer.allocUnsafe(largest);
    const textBlocks = async (prefix: string): Promise<TextBlock[] | undefined> => {
      const found: TextBlock[] = [];
      for (let b = 0; b < blocks; b++) {
        const rows = Math.min(TEXT_BLOCK_ROWS, header.rows - b * TEXT_BLOCK_ROWS);
        const starts = new Int32Array(TEXT_BLOCK_ROWS + 1);
        const bytes = scratch.subarray(0, sections.get(`${prefix}${b}`)?.bytes ?? 0);
        if (!(await read(`${prefix}starts${b}`, new Uint8Array(starts.buffer, 0, (rows + 1) * 4)))) return undefined;
        if (!(await read(`${prefix}${b}`, bytes))) return undefined;
        const text = bytes.toString('utf8');
        if (text.length !== starts[rows]) return undefined;
        found.push({ text, starts, rows });
      }
      return found;
    };
    const idBlocks = await textBlocks('ids');
    const searchBlocks = await textBlocks('search');
    if (!idBlocks || !searchBlocks) return { unusable: 'text' };
    const columnsOf = columns as unknown as TableColumns;
    if (!sourcesInBounds(columnsOf, header.rows, header.logBytes, sections.get('records')))
      return { unusable: 'records' };
    return {
      logBytes: header.logBytes,
      patchLines: header.patchLines,
      table: {
        rows: header.rows,
        columns: columnsOf,
        currencies: header.currencies,
        staff: header.staff,
        stations: header.stations,
        idBlocks,
        searchBlocks,
        idTable,
      },
    };
  } finally {
    await file.close();
  }
}

/** Every row's record lies within the log it covers, or within the records section. */
function sourcesInBounds(columns: TableColumns, rows: number, logBytes: number, records: Section | undefined): boolean {
  for (let row = 0; row < rows; row++) {
    const source = columns.source[row];
    const end = (columns.offset[row] as number) + (columns.length[row] as number);
    if (source === RowSource.snapshot) {
      if (!records || (columns.offset[row] as number) < records.offset || end > records.offset + records.bytes)
        return false;
    } else if (source !== RowSource.log || end > logBytes) return false;
  }
  return true;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON of a record kept in the snapshot (not in the log as one line). */
export type RecordJson = (row: number) => string;

/**
 * Writes a snapshot of `table` covering the log's first `logBytes` bytes, beside the old one
 * then renamed over it (a crash leaves the old one or the new one, whole). Rows whose record is
 * not one log line (`source` memory or snapshot) get their JSON written into it; `relocate`
 * is then told, per such row, where its record now lies in the new file.
 */
export async function writeSnapshot(
  path: string,
  logPath: string,
  logBytes: number,
  patchLines: number,
  table: HistoryTable,
  recordJson: RecordJson,
): Promise<Map<number, { offset: number; length: number }>> {
  const temporary = `${path}.writing`;
  const fingerprint = logFingerprint(logPath, logBytes);
  if (fingerprint === undefined) throw new Error('The history log could not be read for its snapshot.');
  const saved = table.saved();
  const rows = saved.rows;
  const out = await open(temporary, 'w');
  const sections: Section[] = [];
  let position = HEADER_BYTES;
  const write = async (name: string, bytes: Uint8Array): Promise<void> => {
    await out.write(bytes, 0, bytes.byteLength, position);
    sections.push({ name, offset: position, bytes: bytes.byteLength, crc: crc32(bytes) });
    position += bytes.byteLength;
  };
  const moved = new Map<number, { offset: number; length: number }>();
  try {
    // The records section first: the columns saved after it say where each record went.
    const source = Uint8Array.from(saved.columns.source.subarray(0, rows));
    const offset = Float64Array.from(saved.columns.offset.subarray(0, rows));
    const length = Uint32Array.from(saved.columns.length.subarray(0, rows));
    const recordsStart = position;
    let batch: Buffer[] = [];
    let batchBytes = 0;
    let at = position;
    for (let row = 0; row < rows; row++) {
      if (source[row] === RowSource.log) continue;
      const json = Buffer.from(recordJson(row));
      moved.set(row, { offset: at, length: json.length });
      source[row] = RowSource.snapshot;
      offset[row] = at;
      length[row] = json.length;
      at += json.length;
      batch.push(json);
      batchBytes += json.length;
      if (batchBytes > 4 * 1024 * 1024) {
        await out.write(Buffer.concat(batch), 0, batchBytes, position);
        position += batchBytes;
        batch = [];
        batchBytes = 0;
      }
    }
    if (batchBytes > 0) await out.write(Buffer.concat(batch), 0, batchBytes, position);
    position = at;
    // No CRC: records are read one at a time and each is checked as it is read (its schema and
    // its id), so opening need not read them all.
    sections.push({ name: 'records', offset: recordsStart, bytes: at - recordsStart, crc: 0 });
    const columns = { ...saved.columns, source, offset, length };
    for (const name of COLUMN_NAMES) {
      const column = columns[name].subarray(0, rows);
      await write(name, new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    }
    await write('idTable', new Uint8Array(saved.idTable.buffer));
    for (const [prefix, blocks] of [
      ['ids', saved.idBlocks],
      ['search', saved.searchBlocks],
    ] as const) {
      for (const [b, block] of blocks.entries()) {
        await write(`${prefix}starts${b}`, new Uint8Array(block.starts.buffer, 0, (block.rows + 1) * 4));
        await write(`${prefix}${b}`, Buffer.from(block.text, 'utf8'));
      }
    }
    const header: Header = {
      format: FORMAT,
      littleEndian: true,
      rows,
      logBytes,
      logFingerprint: fingerprint,
      patchLines,
      currencies: saved.currencies,
      staff: saved.staff,
      stations: saved.stations,
      sections,
    };
    const headerBytes = Buffer.from(JSON.stringify(header));
    if (headerBytes.length >= HEADER_BYTES) throw new Error('The history snapshot header is too large.');
    await out.write(headerBytes, 0, headerBytes.length, 0);
    await out.datasync();
  } catch (error) {
    await out.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await out.close();
  await rename(temporary, path);
  return moved;
}
