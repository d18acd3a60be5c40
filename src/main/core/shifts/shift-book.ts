import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from '../../../shared/i18n/translator';
import { ShiftReport, ShiftSummary } from '../../../shared/shift';
import { AppError } from '../app-error';
import type { Logger } from '../ports';
import { appendLineDurably, parseJsonOrUndefined, readNewestLines, writeFileDurably } from '../files/durable-files';

/** The index of closed shifts: one summary a line, appended, never rewritten. */
export const SHIFTS_FILE = 'shifts.jsonl';
/** Each closed shift's full report, one file each, named by its id. */
export const SHIFT_REPORTS_DIR = 'shifts';
/** How much of the end of the index History → Shifts reads (a few thousand closes). */
export const MAX_SHIFT_INDEX_READ_BYTES = 1024 * 1024;
/** The most past shifts History → Shifts lists. */
export const MAX_SHIFTS_LISTED = 1000;
/** The largest report file read back (a report lists at most MAX_SHIFT_SALES_LISTED sales). */
export const MAX_SHIFT_REPORT_BYTES = 8 * 1024 * 1024;

const REPORT_ID = /^[0-9a-f-]{36}$/;

/**
 * Closed shifts on disk. A close writes its report file first, flushed, then appends its line to
 * the index: the line is what makes it closed, so a close that fails part-way (a full disk)
 * leaves the shift open and nothing counted twice.
 */
export class ShiftBook {
  private lastClose?: { id: string; to: string };

  private constructor(private readonly dataDir: string) {}

  /**
   * Opens the book and learns when the last shift closed (an unreadable index line is skipped).
   * An index that cannot be read at all is logged, and the Shifts screen says so when it asks.
   */
  static async open(dataDir: string, logger: Logger): Promise<ShiftBook> {
    const book = new ShiftBook(dataDir);
    try {
      const newest = (await book.list())[0];
      if (newest) book.lastClose = { id: newest.id, to: newest.to };
    } catch (error) {
      logger.error('The shift index could not be read', { message: String(error) });
    }
    return book;
  }

  /** When the open shift began: the last close; undefined before the station's first close. */
  get openSince(): string | undefined {
    return this.lastClose?.to;
  }

  /** The last closed shift's report, if there is one. */
  async lastReport(): Promise<ShiftReport | undefined> {
    return this.lastClose && this.read(this.lastClose.id);
  }

  async record(report: ShiftReport): Promise<void> {
    await writeFileDurably(this.reportPath(report.id), JSON.stringify(report));
    await appendLineDurably(join(this.dataDir, SHIFTS_FILE), JSON.stringify(summaryOf(report)));
    this.lastClose = { id: report.id, to: report.to };
  }

  /** Past shifts, newest first. */
  async list(): Promise<ShiftSummary[]> {
    const summaries: ShiftSummary[] = [];
    for (const line of await readNewestLines(join(this.dataDir, SHIFTS_FILE), MAX_SHIFT_INDEX_READ_BYTES)) {
      if (summaries.length === MAX_SHIFTS_LISTED) break;
      const parsed = ShiftSummary.safeParse(parseJsonOrUndefined(line));
      if (parsed.success) summaries.push(parsed.data);
    }
    return summaries;
  }

  /** A past report as it was closed; a missing, oversized or damaged file is an error that says so. */
  async read(id: string): Promise<ShiftReport> {
    const path = this.reportPath(id);
    const size = await stat(path).then(
      (found) => found.size,
      () => undefined,
    );
    if (size === undefined) throw new AppError('not-found', text('shift.missing', { file: path }));
    if (size > MAX_SHIFT_REPORT_BYTES) throw new AppError('invalid-input', text('shift.damaged', { file: path }));
    const parsed = ShiftReport.safeParse(parseJsonOrUndefined(await readFile(path, 'utf8')));
    if (!parsed.success || parsed.data.id !== id)
      throw new AppError('invalid-input', text('shift.damaged', { file: path }));
    return parsed.data;
  }

  private reportPath(id: string): string {
    // Ids come from the renderer too: only a uuid names a file here.
    if (!REPORT_ID.test(id)) throw new AppError('invalid-input', text('shift.missing', { file: id }));
    return join(this.dataDir, SHIFT_REPORTS_DIR, `${id}.json`);
  }
}

export function summaryOf(report: ShiftReport): ShiftSummary {
  return {
    id: report.id,
    ...(report.from && { from: report.from }),
    to: report.to,
    station: report.station,
    ...(report.closedBy && { closedBy: report.closedBy }),
    collected: report.totals.byCurrency.map((c) => ({
      currency: c.currency,
      amountMinor: c.salesMinor + c.tipsMinor + c.surchargesMinor + c.donationsMinor,
      count: c.salesCount + c.donationsCount,
    })),
    unresolvedCount: report.unresolved.length + report.unresolvedNotListed,
  };
}
