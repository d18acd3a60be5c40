import { text as message, type Text } from '../../../shared/i18n/translator';
import { closeSync, constants, openSync, readSync, rmSync } from 'node:fs';
import { access, mkdir, open, rename, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { isTerminal } from '../../../shared/ozura/status';
import { SessionRecord, SessionUpdate } from '../../../shared/session-record';
import { isSessionRecord } from '../../../shared/session-record-guard';
import { AppError, diskFull, isDiskFull, isReadOnly, readOnlyMessage } from '../app-error';
import { moveAside } from '../files/move-aside';
import { silentLogger, type Logger } from '../ports';
import { unreadableFile } from '../startup-error';
import { HistoryIndex } from './history-index';
import { logLineText, parseLine, scanLog, type LogLine } from './history-log';
import { loadSnapshot, SNAPSHOT_FILE, writeSnapshot } from './history-snapshot';
import { HistoryTable, RowSource } from './history-table';

/** One change for `writeAll`: a session to add, or facts to change on one. */
export type HistoryChange = { op: 'put'; record: SessionRecord } | { op: 'patch'; id: string; update: SessionUpdate };

export { MAX_LOG_LINE_BYTES } from './history-log';

export interface OpenReport {
  /** Lines that could not be read and were dropped (a torn last write, or damage). */
  droppedLines: number;
  /** Where an unreadable history file was moved, when it was. */
  movedAside?: string;
}

export interface OpenOptions {
  logger?: Logger;
  /** Log lines after which a fresh snapshot is written (replaying fewer at open is cheap). */
  snapshotAfterLines?: number;
}

export const HISTORY_FILE = 'history.jsonl';
/** A snapshot is rewritten once this many log lines lie after it: replaying them costs ~35 ms at open. */
export const SNAPSHOT_AFTER_LINES = 5000;
/** Compaction waits for at least this many status-change lines, and for them to outnumber a quarter of the sessions. */
export const COMPACT_AFTER_PATCHES = 1000;
/** Rows copied per write when compacting, so the event loop is never held for long. */
const COMPACT_SLICE_ROWS = 5000;

/**
 * The history: an append-only, fsync'd log (`history.jsonl`, the one source of truth) and, in
 * memory, a columnar table of every session (HistoryTable) that filters, search and totals
 * read. A snapshot of that table is kept beside the log, so opening reads the snapshot and
 * replays only the lines after it; full records are read from disk for the rows asked for,
 * except those still pending or changed since the snapshot, which are held in memory (#16).
 */
export class HistoryStore {
  readonly index: HistoryIndex;
  /** Records held in memory, by row: pending ones, and those whose saved form is not one line. */
  private readonly memory = new Map<number, SessionRecord>();
  private readonly writeListeners = new Set<() => void>();
  private readonly pendingRows = new Set<number>();
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Lines that could not be written (the disk was full), in order. What they say is already in
   * memory, so the session is still shown and watched; they go to disk before the next write.
   */
  private unsaved: LogLine[] = [];
  private readers: { log?: number; snapshot?: number } = {};
  /** Open for appending; undefined when the data folder is read-only. */
  private file: FileHandle | undefined;
  readonly report: OpenReport = { droppedLines: 0 };
  /** Status-change lines in the log: once they outnumber a quarter of the sessions, compact. */
  private patchLines = 0;
  /** Bytes of complete lines in the log: a failed write is cut back to this. */
  private bytes = 0;
  private linesSinceSnapshot = 0;
  private readonly snapshotPath: string;
  private readonly logger: Logger;
  private readonly snapshotAfterLines: number;

  private constructor(
    private readonly table: HistoryTable,
    private readonly path: string,
    /** Why nothing can be written (a read-only data folder), if so. */
    readonly readOnly: Text | undefined,
    options: OpenOptions,
  ) {
    this.index = new HistoryIndex(table, (row) => this.recordAt(row));
    this.snapshotPath = join(path, '..', SNAPSHOT_FILE);
    this.logger = options.logger ?? silentLogger;
    this.snapshotAfterLines = options.snapshotAfterLines ?? SNAPSHOT_AFTER_LINES;
  }

  /** Opens (or creates) the history in `dir`: the snapshot if it is good, then the log after it. */
  static async open(dir: string, options: OpenOptions = {}): Promise<HistoryStore> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, HISTORY_FILE);
    // A read-only data folder still opens: history can be read, nothing is repaired or written.
    const writable = await access(dir, constants.W_OK).then(
      () => true,
      (error: unknown) => {
        if (isReadOnly(error)) return false;
        throw error;
      },
    );
    const snapshot = await loadSnapshot(join(dir, SNAPSHOT_FILE), path).catch((error: unknown) => ({
      unusable: String(error),
    }));
    const loaded = 'table' in snapshot ? snapshot : undefined;
    if ('unusable' in snapshot && snapshot.unusable !== 'none') {
      options.logger?.warn('History snapshot not used; reading the whole log', { why: snapshot.unusable });
    }
    const store = new HistoryStore(
      new HistoryTable(loaded?.table),
      path,
      writable ? undefined : readOnlyMessage(dir),
      options,
    );
    await store.replay(loaded?.logBytes ?? 0, loaded?.patchLines ?? 0, writable);
    if (writable && store.size > 0 && (!loaded || store.linesSinceSnapshot >= store.snapshotAfterLines)) {
      void store.snapshotInTurn();
    }
    return store;
  }

  private async replay(from: number, patchLines: number, writable: boolean): Promise<void> {
    const { table } = this;
    for (let row = 0; row < table.count; row++) if (table.statusAt(row) === 'pending') this.hold(row);
    this.patchLines = patchLines;
    const scan = await scanLog(this.path, from, (entry, offset, length) => {
      this.linesSinceSnapshot += 1;
      if (entry.op === 'patch') this.patchLines += 1;
      this.apply(entry, { offset, length });
    }).catch((error: unknown) => {
      throw unreadableFile(this.path, error) ?? error;
    });
    this.report.droppedLines = scan.dropped;
    this.bytes = scan.end;
    if (writable && from === 0 && scan.size > 0 && scan.entries === 0) {
      // Nothing in it could be read: keep it, untouched, aside for inspection; start a fresh one.
      this.report.movedAside = await moveAside(this.path);
      this.bytes = 0;
    } else if (writable && scan.end < scan.size) {
      // Bytes after the last newline are a line the process died halfway through writing.
      await truncate(this.path, scan.end);
    }
    if (writable) {
      this.file = await open(this.path, 'a').catch((error: unknown) => {
        throw unreadableFile(this.path, error) ?? error;
      });
    }
  }

  get size(): number {
    return this.table.count;
  }

  get(id: string): SessionRecord | undefined {
    const row = this.table.rowOf(id);
    return row === undefined ? undefined : this.recordAt(row);
  }

  /**
   * Sessions of the same total and currency made since `sinceMs` that are still pending or were
   * paid: a second one is probably a mistake (a double charge) worth a warning. Newest first.
   */
  similarRecent(currency: string, amountMinor: number, sinceMs: number): SessionRecord[] {
    const { createdMs } = this.table.columns;
    const found: SessionRecord[] = [];
    for (let row = this.table.count - 1; row >= 0; row--) {
      if ((createdMs[row] as number) < sinceMs) continue;
      const status = this.table.statusAt(row);
      if (status !== 'pending' && status !== 'completed') continue;
      const record = this.recordAt(row);
      if (record.currency === currency && record.amountMinor === amountMinor) found.push(record);
    }
    return found;
  }

  /** Sessions not yet in a terminal status: the ones still worth checking. Oldest first. */
  pending(): SessionRecord[] {
    return [...this.pendingRows].sort((a, b) => a - b).map((row) => this.recordAt(row));
  }

  /** Every session, newest first (reads every record: for small histories and tests). */
  list(): SessionRecord[] {
    const rows: SessionRecord[] = [];
    for (let row = this.table.count - 1; row >= 0; row--) rows.push(this.recordAt(row));
    return rows;
  }

  /**
   * Adds a session; resolves once it is on disk. On a full disk it rejects with `disk-full`, but
   * keeps the session in memory (to be watched, and written once there is room).
   */
  append(record: SessionRecord): Promise<void> {
    return this.writeAll([{ op: 'put', record }]);
  }

  /**
   * Several adds and changes with one write and one flush to disk, resolved once all are there:
   * how an organiser catching up folds thousands of station records without a flush each (#21).
   * They apply in order by the usual rules (a repeated add or a change of a terminal status is
   * a no-op). On a full disk it rejects with `disk-full` and keeps them in memory, like `append`.
   */
  async writeAll(changes: readonly HistoryChange[]): Promise<void> {
    const entries: LogLine[] = changes.map((change) =>
      change.op === 'put'
        ? { op: 'put', record: SessionRecord.parse(change.record) }
        : { op: 'patch', id: change.id, update: SessionUpdate.parse(change.update) },
    );
    if (entries.length === 0) return;
    await this.serially(async () => {
      try {
        await this.write(...entries);
      } catch (error) {
        if (isDiskFull(error)) {
          for (const entry of entries) this.apply(entry);
          this.told();
        }
        throw error;
      }
      for (const entry of entries) {
        if (entry.op === 'patch') this.patchLines += 1;
        this.apply(entry);
      }
      this.told();
    });
  }

  /**
   * Calls `listener` after each session added and each status change (not for what was read at
   * start): how an event's publisher hears of new records. Returns the unsubscribe.
   */
  onWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private told(): void {
    for (const listener of this.writeListeners) listener();
  }

  /** Whether everything in memory is on disk. */
  get allSaved(): boolean {
    return this.unsaved.length === 0;
  }

  /** Writes what a full disk held back; rejects with `disk-full` while there is still no room. */
  saveUnsaved(): Promise<void> {
    return this.serially(() => this.writeUnsaved());
  }

  /**
   * Changes what a status check learned. A terminal status is never replaced, so a late or
   * stale answer cannot undo a payment. Returns the record as it now stands.
   */
  async update(id: string, update: SessionUpdate): Promise<SessionRecord | undefined> {
    const row = this.table.rowOf(id);
    if (row === undefined) return undefined;
    const known = this.recordAt(row);
    if (!changesAnything(known, update)) {
      // Only "last checked" moved: keep it in memory, and spare the disk a line every 2 s.
      // Filters, search and totals do not look at "last checked", so cached queries stay valid.
      const touched = { ...known, ...update };
      this.memory.set(row, touched);
      return touched;
    }
    // Decided in turn with every other write, so two answers in flight cannot both pass the
    // terminal-status rule against the same old status.
    return this.serially(async () => {
      const current = this.recordAt(row);
      if (replacesTerminal(current, update.status)) return current;
      const entry: LogLine = { op: 'patch', id, update: SessionUpdate.parse(update) };
      // A status learned while the disk is full (or the folder read-only) still counts: it is
      // shown now, and on a full disk written later.
      const written = await this.write(entry).then(
        () => true,
        (error: unknown) => {
          if (isDiskFull(error) || isReadOnly(error)) return false;
          throw error;
        },
      );
      if (written) this.patchLines += 1;
      this.apply(entry);
      this.told();
      return this.recordAt(row);
    });
  }

  /**
   * Rewrites the log with one line per session when status changes have piled up, so it stays
   * small. The new file is written beside the old one, flushed, then renamed over it: a crash
   * at any point leaves one complete log. Writes queue behind it meanwhile.
   */
  compactIfWorthIt(): Promise<boolean> {
    if (!this.file || this.patchLines < COMPACT_AFTER_PATCHES || this.patchLines < this.size / 4) {
      return Promise.resolve(false);
    }
    return this.serially(async () => {
      const temporary = `${this.path}.compacting`;
      const out = await open(temporary, 'w');
      const { count } = this.table;
      const offsets = new Float64Array(count);
      const lengths = new Uint32Array(count);
      let written = 0;
      try {
        for (let start = 0; start < count; start += COMPACT_SLICE_ROWS) {
          const lines: Buffer[] = [];
          for (let row = start; row < Math.min(count, start + COMPACT_SLICE_ROWS); row++) {
            const line = this.putLine(row);
            offsets[row] = written;
            lengths[row] = line.length;
            written += line.length;
            lines.push(line);
          }
          await out.write(Buffer.concat(lines));
        }
        await out.datasync();
      } finally {
        await out.close();
      }
      // Held open across the rename, so a record read meanwhile still finds the old log's lines.
      if (this.readers.log === undefined) this.readers.log = tryOpen(this.path);
      if (this.readers.snapshot === undefined) this.readers.snapshot = tryOpen(this.snapshotPath);
      await this.file?.close();
      await rename(temporary, this.path);
      // From here every row is one line of the new log; the old snapshot describes another log.
      this.closeReaders();
      rmSync(this.snapshotPath, { force: true });
      for (let row = 0; row < count; row++) {
        this.table.locate(row, RowSource.log, offsets[row] as number, lengths[row] as number);
        if (!this.pendingRows.has(row)) this.memory.delete(row);
      }
      this.file = await open(this.path, 'a');
      this.patchLines = 0;
      this.bytes = written;
      this.unsaved = []; // the rewrite took every record from memory
      await this.snapshotNow();
      return true;
    });
  }

  /** Writes a fresh snapshot after every write queued before it. */
  snapshotInTurn(): Promise<void> {
    return this.serially(() => this.snapshotNow());
  }

  async close(): Promise<void> {
    await this.queue;
    await this.file?.close();
    this.closeReaders();
  }

  /** The full record of `row`: from memory, or read from the log or the snapshot. */
  private recordAt(row: number): SessionRecord {
    const held = this.memory.get(row);
    if (held) return held;
    const { source, offset, length } = this.table.columns;
    const from = source[row] === RowSource.log ? 'log' : 'snapshot';
    const text = this.readText(from, offset[row] as number, length[row] as number);
    let record: unknown;
    if (from === 'log') {
      const entry = parseLine(text);
      record = entry?.op === 'put' ? entry.record : undefined;
    } else {
      try {
        record = JSON.parse(text);
      } catch {
        record = undefined;
      }
    }
    if (!isSessionRecord(record) || !this.table.ids.isAt(row, record.id)) {
      // The files changed under the running app. The next start rebuilds from the log.
      rmSync(this.snapshotPath, { force: true });
      throw new AppError('internal', message('error.historyChangedOutside'));
    }
    return record;
  }

  private readText(from: 'log' | 'snapshot', offset: number, length: number): string {
    let fd = this.readers[from];
    if (fd === undefined) {
      fd = openSync(from === 'log' ? this.path : this.snapshotPath, 'r');
      this.readers[from] = fd;
    }
    const bytes = Buffer.allocUnsafe(length);
    const read = readSync(fd, bytes, 0, length, offset);
    return bytes.toString('utf8', 0, read);
  }

  private closeReaders(): void {
    for (const fd of Object.values(this.readers)) if (fd !== undefined) closeSync(fd);
    this.readers = {};
  }

  /** The log line that holds `row`'s record as it now stands. */
  private putLine(row: number): Buffer {
    const held = this.memory.get(row);
    const { source, offset, length } = this.table.columns;
    if (!held && source[row] === RowSource.log) {
      return Buffer.from(this.readText('log', offset[row] as number, length[row] as number));
    }
    return Buffer.from(logLineText({ op: 'put', record: held ?? this.recordAt(row) }));
  }

  private async snapshotNow(): Promise<void> {
    // Never while lines wait for disk space: a snapshot must not hold what the log does not.
    if (!this.file || this.unsaved.length > 0) return;
    try {
      // Held open across the rename, so rows still pointing into the old file read it meanwhile.
      if (this.readers.snapshot === undefined) this.readers.snapshot = tryOpen(this.snapshotPath);
      const moved = await writeSnapshot(
        this.snapshotPath,
        this.path,
        this.bytes,
        this.patchLines,
        this.table,
        (row) => {
          const held = this.memory.get(row);
          if (held) return JSON.stringify(held);
          return this.readText(
            'snapshot',
            this.table.columns.offset[row] as number,
            this.table.columns.length[row] as number,
          );
        },
      );
      this.closeReaders();
      for (const [row, at] of moved) {
        this.table.locate(row, RowSource.snapshot, at.offset, at.length);
        if (!this.pendingRows.has(row)) this.memory.delete(row);
      }
      this.linesSinceSnapshot = 0;
    } catch (error) {
      // A snapshot is only a faster way in: without one the log is read in full next time.
      this.logger.warn('History snapshot not written', { error: String(error) });
    }
  }

  /** Applies a log line; `at` is where it lies in the log, when it was read from there. */
  private apply(entry: LogLine, at?: { offset: number; length: number }): void {
    const { table } = this;
    if (entry.op === 'put') {
      const { record } = entry;
      const row = table.rowOf(record.id);
      const source = at ? RowSource.log : RowSource.memory;
      if (row === undefined) {
        this.keep(table.add(record, source, at?.offset, at?.length), record, source);
        return;
      }
      // A repeated record (a replay, an adopted copy) never takes back a terminal status.
      if (!replacesTerminal(this.recordAt(row), record.status)) {
        table.set(row, record, source, at?.offset, at?.length);
        this.keep(row, record, source);
      }
      return;
    }
    const row = table.rowOf(entry.id);
    if (row === undefined) return;
    const current = this.recordAt(row);
    if (replacesTerminal(current, entry.update.status)) return;
    const record = { ...current, ...entry.update };
    table.set(row, record, RowSource.memory);
    this.keep(row, record, RowSource.memory);
  }

  private keep(row: number, record: SessionRecord, source: RowSource): void {
    if (isTerminal(record.status)) this.pendingRows.delete(row);
    else this.pendingRows.add(row);
    if (source === RowSource.memory || !isTerminal(record.status)) this.memory.set(row, record);
    else this.memory.delete(row);
  }

  private hold(row: number): void {
    this.pendingRows.add(row);
    this.memory.set(row, this.recordAt(row));
  }

  /** Runs `task` after every write queued before it (writes, compaction and their checks take turns). */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const done = this.queue.then(task);
    this.queue = done.catch(() => undefined);
    return done;
  }

  /**
   * Appends lines and flushes them to disk before they are acknowledged. A write that fails
   * (a full disk) is cut back to the last complete line, so no half line is left for the next
   * record to be glued to; the caller hears the failure.
   */
  private async write(...entries: LogLine[]): Promise<void> {
    this.unsaved.push(...entries);
    await this.writeUnsaved(entries.length);
  }

  /**
   * Writes the held-back lines, oldest first, with one flush; on a full disk they stay held back
   * and it rejects with `disk-full`. Any other failure drops the caller's own `ownLines` (the
   * last ones held): the caller hears it, and lines a full disk held back wait for the next try.
   */
  private async writeUnsaved(ownLines = 0): Promise<void> {
    const file = this.file;
    if (!file) {
      this.unsaved = [];
      throw new AppError('read-only', this.readOnly ?? message('error.historyReadOnly'));
    }
    if (this.unsaved.length === 0) return;
    const lines = Buffer.from(this.unsaved.map(logLineText).join(''));
    try {
      await file.appendFile(lines);
      await file.datasync();
    } catch (error) {
      await file.truncate(this.bytes).catch(() => undefined);
      if (isDiskFull(error)) throw diskFull();
      this.unsaved.splice(this.unsaved.length - ownLines);
      throw error;
    }
    this.bytes += lines.length;
    const before = this.linesSinceSnapshot;
    this.linesSinceSnapshot += this.unsaved.length;
    this.unsaved = [];
    if (before < this.snapshotAfterLines && this.linesSinceSnapshot >= this.snapshotAfterLines)
      void this.snapshotInTurn();
  }
}

function tryOpen(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** A terminal status is final: a later line may add facts, never another status. */
/**
 * Whether `status` would replace a terminal one, which never happens: except the outcome
 * another station reported when Ozura confirms it (an organiser's Verify now, #21).
 */
function replacesTerminal(current: SessionRecord, status: SessionRecord['status'] | undefined): boolean {
  if (status !== undefined && status === current.conflict?.status) return false;
  return isTerminal(current.status) && status !== undefined && status !== current.status;
}

function changesAnything(current: SessionRecord, update: SessionUpdate): boolean {
  return (
    (update.status !== undefined && update.status !== current.status) ||
    (update.errorCode !== undefined && update.errorCode !== current.errorCode) ||
    (update.payment !== undefined && JSON.stringify(update.payment) !== JSON.stringify(current.payment)) ||
    (update.conflict !== undefined && JSON.stringify(update.conflict) !== JSON.stringify(current.conflict ?? null))
  );
}
