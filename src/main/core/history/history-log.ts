import { open, type FileHandle } from 'node:fs/promises';
import type { SessionRecord, SessionUpdate } from '../../../shared/session-record';
import { isSessionRecord, isSessionUpdate } from '../../../shared/session-record-guard';

/**
 * One line of the history log. The log is append-only JSON Lines: a new session is a `put`,
 * a status change a `patch`. Nothing already written is rewritten, so a crash can at worst
 * tear the last line, which the next open drops and reports.
 */
export type LogLine = { op: 'put'; record: SessionRecord } | { op: 'patch'; id: string; update: SessionUpdate };

/** How much of the log is read at a time when opening. */
const READ_CHUNK_BYTES = 4 * 1024 * 1024;
/** A log line longer than this is damage (a record is a few KB at most): skipped, never held. */
export const MAX_LOG_LINE_BYTES = 1024 * 1024;

export interface LogScan {
  /** Lines read and handed on. */
  entries: number;
  /** Lines that could not be read, the torn last one included. */
  dropped: number;
  /** Bytes up to the end of the last complete line. */
  end: number;
  size: number;
}

/**
 * Reads the log from byte `from`, chunk by chunk, never as one string (a season of history is
 * larger than the longest string V8 can make), handing each line on with where it lies. A
 * stretch of more than MAX_LOG_LINE_BYTES without a line break is damage: it is skipped,
 * counted as one dropped line, and never held in memory.
 */
export async function scanLog(
  path: string,
  from: number,
  onEntry: (entry: LogLine, offset: number, length: number) => void,
): Promise<LogScan> {
  const scan: LogScan = { entries: 0, dropped: 0, end: from, size: from };
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && from === 0) return scan;
    throw error;
  }
  try {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let carry: Buffer = Buffer.alloc(0);
    let skipping = false;
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, READ_CHUNK_BYTES, scan.size);
      if (bytesRead === 0) break;
      const bytes = chunk.subarray(0, bytesRead);
      const lastBreak = bytes.lastIndexOf(0x0a);
      const chunkStart = scan.size;
      scan.size += bytesRead;
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
        scan.dropped += 1;
        skipping = false;
      }
      const lines =
        carry.length > 0
          ? Buffer.concat([carry, bytes.subarray(start, lastBreak + 1)])
          : bytes.subarray(start, lastBreak + 1);
      const linesStart = chunkStart + start - carry.length;
      for (let at = 0; at < lines.length;) {
        const next = lines.indexOf(0x0a, at);
        if (next > at) {
          // (decoded line by line: at a million lines every copy counts, and offsets stay exact)
          const entry = parseLine(lines.toString('utf8', at, next));
          if (entry) {
            scan.entries += 1;
            onEntry(entry, linesStart + at, next + 1 - at);
          } else scan.dropped += 1;
        }
        at = next + 1;
      }
      scan.end = chunkStart + lastBreak + 1;
      carry = Buffer.from(bytes.subarray(lastBreak + 1));
    }
    if (carry.length > 0 || skipping) scan.dropped += 1; // the torn last line
    return scan;
  } finally {
    await file.close();
  }
}

/** One line read back from disk, checked (quickly: there may be a million of them). */
export function parseLine(line: string): LogLine | undefined {
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

export function logLineText(entry: LogLine): string {
  return `${JSON.stringify(entry)}\n`;
}
