import { constants } from 'node:fs';
import { access, mkdir, open, rename, truncate, type FileHandle } from 'node:fs/promises';
import { AppError, diskFull, isDiskFull, isReadOnly, readOnlyMessage } from '../app-error';
import { unreadableFile } from '../startup-error';
import { moveAside } from '../files/move-aside';
import { join } from 'node:path';
import { isTerminal } from '../../../shared/ozura/status';
import { SessionRecord, SessionUpdate } from '../../../shared/session-record';
import { isSessionRecord, isSessionUpdate } from '../../../shared/session-record-guard';
import { HistoryIndex } from './history-index';

/**
 * One line of the history log. The log is append-only JSON Lines: a new session is a `put`,
 * a status change a `patch`. Nothing already written is rewritten, so a crash can at worst
 * tear the last line, which the next open drops and reports.
 */
type LogLine = { op: 'put'; record: SessionRecord } | { op: 'patch'; id: string; update: SessionUpdate };

export interface OpenReport {
  /** Lines that could not be read and were dropped (a torn last write, or damage). */
  droppedLines: number;
  /** Where an unreadable history file was moved, when it was. */
  movedAside?: string;
}

export const HISTORY_FILE = 'history.jsonl';
/** How much of the log is read at a time when opening. */
const READ_CHUNK_BYTES = 4 * 1024 * 1024;
/** A log line longer than this is damage (a record is a few KB at most): skipped, never held. */
export const MAX_LOG_LINE_BYTES = 1024 * 1024;

export class HistoryStore {
  private readonly records = new Map<string, SessionRecord>();
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Lines that could not be written (the disk was full), in order. What they say is already in
   * memory, so the session is still shown and watched; they go to disk before the next write.
   */
  private unsaved: LogLine[] = [];
  readonly index = new HistoryIndex();

  private constructor(
    /** Open for appending; undefined when the data folder is read-only. */
    private file: FileHandle | undefined,
    private readonly path: string,
    readonly report: OpenReport,
    /** Status-change lines in the log: once they outnumber a quarter of the sessions, compact. */
    private patchLines: number,
    /** Bytes of complete lines in the log: a failed write is cut back to this. */
    private bytes: number,
    /** Why nothing can be written (a read-only data folder), if so. */
    readonly readOnly: string | undefined,
  ) {}

  /** Opens (or creates) the history in `dir`, replaying the log into memory. */
  static async open(dir: string): Promise<HistoryStore> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, HISTORY_FILE);
    const read = await readLog(path).catch((error: unknown) => {
      throw unreadableFile(path, error) ?? error;
    });
    // A read-only data folder still opens: history can be read, nothing is repaired or written.
    const writable = await access(dir, constants.W_OK).then(
      () => true,
      (error: unknown) => {
        if (isReadOnly(error)) return false;
        throw error;
      },
    );
    const report: OpenReport = { droppedLines: read.dropped };
    const patches = read.entries.filter((entry) => entry.op === 'patch').length;
    if (writable && read.size > 0 && read.entries.length === 0) {
      // Nothing in it could be read: keep it, untouched, aside for inspection; start a fresh one.
      report.movedAside = await moveAside(path);
    } else if (writable && read.end < read.size) {
      // Bytes after the last newline are a line the process died halfway through writing.
      await truncate(path, read.end);
    }
    const appending = writable
      ? await open(path, 'a').catch((error: unknown) => {
          throw unreadableFile(path, error) ?? error;
        })
      : undefined;
    const readOnly = writable ? undefined : readOnlyMessage(dir);
    const store = new HistoryStore(appending, path, report, patches, report.movedAside ? 0 : read.end, readOnly);
    for (const entry of read.entries) store.apply(entry);
    return store;
  }

  get size(): number {
    return this.records.size;
  }

  get(id: string): SessionRecord | undefined {
    return this.records.get(id);
  }

  /**
   * Sessions of the same total and currency made since `sinceMs` that are still pending or were
   * paid: a second one is probably a mistake (a double charge) worth a warning.
   */
  similarRecent(currency: string, amountMinor: number, sinceMs: number): SessionRecord[] {
    const found: SessionRecord[] = [];
    for (const record of this.records.values()) {
      if (Date.parse(record.createdAt) < sinceMs) continue;
      if (record.currency !== currency || record.amountMinor !== amountMinor) continue;
      if (record.status === 'pending' || record.status === 'completed') found.push(record);
    }
    return found.reverse();
  }

  /** Sessions not yet in a terminal status: the ones still worth checking. */
  pending(): SessionRecord[] {
    return [...this.records.values()].filter((record) => !isTerminal(record.status));
  }

  /** Newest first. */
  list(): SessionRecord[] {
    return [...this.records.values()].reverse();
  }

  /**
   * Adds a session; resolves once it is on disk. On a full disk it rejects with `disk-full`, but
   * keeps the session in memory (to be watched, and written once there is room).
   */
  async append(record: SessionRecord): Promise<void> {
    const entry: LogLine = { op: 'put', record: SessionRecord.parse(record) };
    await this.serially(async () => {
      try {
        await this.write(entry);
      } catch (error) {
        if (isDiskFull(error)) this.apply(entry);
        throw error;
      }
      this.apply(entry);
    });
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
    const known = this.records.get(id);
    if (!known) return undefined;
    if (!changesAnything(known, update)) {
      // Only "last checked" moved: keep it in memory, and spare the disk a line every 2 s.
      // Filters, search and totals do not look at "last checked", so cached queries stay valid.
      const touched = { ...known, ...update };
      this.records.set(id, touched);
      this.index.touch(touched);
      return touched;
    }
    // Decided in turn with every other write, so two answers in flight cannot both pass the
    // terminal-status rule against the same old status.
    return this.serially(async () => {
      const current = this.records.get(id);
      if (!current || replacesTerminal(current, update.status)) return current;
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
      return this.records.get(id);
    });
  }

  /**
   * Rewrites the log with one line per session when status changes have piled up, so opening
   * stays fast. The new file is written beside the old one, flushed, then renamed over it: a
   * crash at any point leaves one complete log. Writes queue behind it meanwhile.
   */
  compactIfWorthIt(): Promise<boolean> {
    if (!this.file || this.patchLines < 1000 || this.patchLines < this.records.size / 4) return Promise.resolve(false);
    return this.serially(async () => {
      const temporary = `${this.path}.compacting`;
      const out = await open(temporary, 'w');
      let written = 0;
      try {
        const records = [...this.records.values()];
        for (let i = 0; i < records.length; i += 5000) {
          // In slices, so the event loop is never held for long.
          const { bytesWritten } = await out.write(
            records
              .slice(i, i + 5000)
              .map((record) => `${JSON.stringify({ op: 'put', record })}\n`)
              .join(''),
          );
          written += bytesWritten;
        }
        await out.datasync();
      } finally {
        await out.close();
      }
      await this.file?.close();
      await rename(temporary, this.path);
      this.file = await open(this.path, 'a');
      this.patchLines = 0;
      this.bytes = written;
      this.unsaved = []; // the rewrite took every record from memory
      return true;
    });
  }

  async close(): Promise<void> {
    await this.queue;
    await this.file?.close();
  }

  private apply(entry: LogLine): void {
    if (entry.op === 'put') {
      const known = this.records.get(entry.record.id);
      // A repeated record (a replay, an adopted copy) never takes back a terminal status.
      if (!known || !replacesTerminal(known, entry.record.status)) this.keep(entry.record);
      return;
    }
    const current = this.records.get(entry.id);
    if (current && !replacesTerminal(current, entry.update.status)) this.keep({ ...current, ...entry.update });
  }

  private keep(record: SessionRecord): void {
    this.records.set(record.id, record);
    this.index.put(record);
  }

  /** Runs `task` after every write queued before it (writes, compaction and their checks take turns). */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const done = this.queue.then(task);
    this.queue = done.catch(() => undefined);
    return done;
  }

  /**
   * Appends one line and flushes it to disk before it is acknowledged. A write that fails
   * (a full disk) is cut back to the last complete line, so no half line is left for the next
   * record to be glued to; the caller hears the failure.
   */
  private async write(entry: LogLine): Promise<void> {
    this.unsaved.push(entry);
    await this.writeUnsaved();
  }

  /** Writes the held-back lines, oldest first; on a full disk they stay held back and it rejects with `disk-full`. */
  private async writeUnsaved(): Promise<void> {
    const file = this.file;
    if (!file) {
      this.unsaved = [];
      throw new AppError('read-only', this.readOnly ?? 'History cannot be written.');
    }
    while (this.unsaved.length > 0) {
      const line = Buffer.from(`${JSON.stringify(this.unsaved[0])}\n`);
      try {
        await file.appendFile(line);
        await file.datasync();
      } catch (error) {
        await file.truncate(this.bytes).catch(() => undefined);
        if (isDiskFull(error)) throw diskFull();
        this.unsaved.shift(); // any other failure is the caller's to hear; the line is not kept
        throw error;
      }
      this.bytes += line.length;
      this.unsaved.shift();
    }
  }
}

/** A terminal status is final: a later line may add facts, never another status. */
function replacesTerminal(current: SessionRecord, status: SessionRecord['status'] | undefined): boolean {
  return isTerminal(current.status) && status !== undefined && status !== current.status;
}

function changesAnything(current: SessionRecord, update: SessionUpdate): boolean {
  return (
    (update.status !== undefined && update.status !== current.status) ||
    (update.errorCode !== undefined && update.errorCode !== current.errorCode) ||
    (update.payment !== undefined && JSON.stringify(update.payment) !== JSON.stringify(current.payment))
  );
}

interface LogRead {
  entries: LogLine[];
  /** Lines that could not be read, the torn last one included. */
  dropped: number;
  /** Bytes up to the end of the last complete line. */
  end: number;
  size: number;
}

/**
 * Reads the log chunk by chunk, never as one string (a season of history is larger than the
 * longest string V8 can make). A stretch of more than MAX_LOG_LINE_BYTES without a line break
 * is damage: it is skipped, counted as one dropped line, and never held in memory.
 */
async function readLog(path: string): Promise<LogRead> {
  const read: LogRead = { entries: [], dropped: 0, end: 0, size: 0 };
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return read;
    throw error;
  }
  try {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let carry: Buffer = Buffer.alloc(0);
    let skipping = false;
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, READ_CHUNK_BYTES, read.size);
      if (bytesRead === 0) break;
      const bytes = chunk.subarray(0, bytesRead);
      const lastBreak = bytes.lastIndexOf(0x0a);
      read.size += bytesRead;
      if (lastBreak === -1) {
        if (!skipping && carry.length + bytesRead > MAX_LOG_LINE_BYTES) {
          skipping = true;
          carry = Buffer.alloc(0);
        } else if (!skipping) carry = Buffer.concat([carry, bytes]);
        continue;
      }
      let start = 0;
      if (skipping) {
        // The damaged stretch ends at this chunk's first line break.
        start = bytes.indexOf(0x0a) + 1;
        read.dropped += 1;
        skipping = false;
      }
      const text = Buffer.concat([carry, bytes.subarray(start, lastBreak)]).toString('utf8');
      for (const line of text.split('\n')) {
        if (line === '') continue; // (no trim: at 100,000 lines every copy counts)
        const entry = parseLine(line);
        if (entry) read.entries.push(entry);
        else read.dropped += 1;
      }
      read.end = read.size - bytesRead + lastBreak + 1;
      carry = Buffer.from(bytes.subarray(lastBreak + 1));
    }
    if (carry.length > 0 || skipping) read.dropped += 1; // the torn last line
    return read;
  } finally {
    await file.close();
  }
}

/** One line read back from disk, checked (quickly: there may be 100,000 of them). */
function parseLine(line: string): LogLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const entry = value as { op?: unknown; record?: unknown; id?: unknown; update?: unknown } | null;
  if (entry?.op === 'put' && isSessionRecord(entry.record)) return { op: 'put', record: entry.record };
  if (entry?.op === 'patch' && typeof entry.id === 'string' && isSessionUpdate(entry.update)) {
    return { op: 'patch', id: entry.id, update: entry.update };
  }
  return undefined;
}
