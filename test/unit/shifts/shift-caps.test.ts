import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeShift, SHIFT_CLOSE_CHECK_CONCURRENCY } from '../../../src/main/core/shifts/close-shift';
import {
  MAX_SHIFT_REPORT_BYTES,
  MAX_SHIFTS_LISTED,
  SHIFT_REPORTS_DIR,
  SHIFTS_FILE,
  ShiftBook,
} from '../../../src/main/core/shifts/shift-book';
import { shiftReportOf } from '../../../src/main/core/shifts/shift-report';
import { silentLogger } from '../../../src/main/core/ports';
import type { HistoryTotals } from '../../../src/shared/history-query';
import { MAX_SHIFT_CLOSE_CHECKS, MAX_SHIFT_SALES_LISTED, MAX_SHIFT_UNRESOLVED_LISTED } from '../../../src/shared/shift';
import { sessionRecord } from '../../support/records';
import { openHistory, tempDir } from '../helpers/main';

// The shift report's caps (#20), each at its named constant.

const NO_TOTALS: HistoryTotals = {
  byCurrency: [],
  counts: {} as HistoryTotals['counts'],
  hourly: [],
  byStaff: [],
  byStation: [],
};
const heading = {
  id: crypto.randomUUID(),
  from: undefined,
  to: '2026-11-23T18:00:00.000Z',
  station: 'Bar',
  merchantName: 'Shop',
};
const at = (n: number) => new Date(Date.UTC(2026, 10, 23, 10) + n * 1000).toISOString();

describe('the shift report model', () => {
  it(`lists at most ${MAX_SHIFT_SALES_LISTED} paid sales and counts the rest; the last sale is the last of all`, () => {
    const completed = Array.from({ length: MAX_SHIFT_SALES_LISTED + 2 }, (_, n) =>
      sessionRecord(`s${n}`, { status: 'completed', createdAt: at(n), payment: { paidMinor: 1250 } }),
    );
    const report = shiftReportOf(heading, {
      totals: NO_TOTALS,
      completed: completed.slice(0, MAX_SHIFT_SALES_LISTED),
      completedCount: completed.length,
      lastCompleted: completed.at(-1),
      pending: [],
      pendingCount: 0,
      paidLate: [],
    });
    expect(report.sales).toHaveLength(MAX_SHIFT_SALES_LISTED);
    expect(report.salesNotListed).toBe(2);
    expect(report.firstSaleAt).toBe(at(0));
    expect(report.lastSaleAt).toBe(at(MAX_SHIFT_SALES_LISTED + 1));
  });

  it(`lists at most ${MAX_SHIFT_UNRESOLVED_LISTED} sessions still waiting, and never a billing detail`, () => {
    const pending = Array.from({ length: MAX_SHIFT_UNRESOLVED_LISTED + 5 }, (_, n) => ({
      record: sessionRecord(`p${n}`, { createdAt: at(n) }),
      checked: true,
      carried: false,
    }));
    const report = shiftReportOf(heading, {
      totals: NO_TOTALS,
      completed: [],
      completedCount: 0,
      lastCompleted: undefined,
      pending,
      pendingCount: pending.length,
      paidLate: [],
    });
    expect(report.unresolved).toHaveLength(MAX_SHIFT_UNRESOLVED_LISTED);
    expect(report.unresolvedNotListed).toBe(5);
    expect(JSON.stringify(report)).not.toMatch(/billing|email/i);
  });
});

describe('the close', () => {
  it(`checks at most ${MAX_SHIFT_CLOSE_CHECKS} waiting sessions, ${SHIFT_CLOSE_CHECK_CONCURRENCY} at a time; the rest are listed as not checked`, async () => {
    const history = await openHistory();
    const count = MAX_SHIFT_CLOSE_CHECKS + 3;
    for (let n = 0; n < count; n++) await history.append(sessionRecord(`p${n}`, { createdAt: at(n) }));
    let inFlight = 0;
    let most = 0;
    const asked: string[] = [];
    const report = await closeShift({
      history,
      // Ozura answers "still pending" for each; what is counted is how main asks.
      sessions: {
        verify: async (id) => {
          asked.push(id);
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight -= 1;
          return { record: history.get(id) ?? sessionRecord(id) };
        },
      },
      book: await ShiftBook.open(await tempDir(), silentLogger),
      timers: { now: () => Date.parse('2026-11-24T00:00:00.000Z') },
      logger: silentLogger,
      heading: () => ({ station: '', merchantName: 'Shop' }),
    });
    expect(asked).toHaveLength(MAX_SHIFT_CLOSE_CHECKS);
    expect(most).toBe(SHIFT_CLOSE_CHECK_CONCURRENCY);
    expect(report.unresolved.filter((u) => !u.checked).map((u) => u.id)).toEqual([
      `p${count - 3}`,
      `p${count - 2}`,
      `p${count - 1}`,
    ]);
  });
});

describe('the shift book', () => {
  it(`lists the newest ${MAX_SHIFTS_LISTED} shifts and skips a damaged line`, async () => {
    const dir = await tempDir();
    const summary = (n: number) =>
      JSON.stringify({ id: crypto.randomUUID(), to: at(n), station: '', collected: [], unresolvedCount: 0 });
    const lines = Array.from({ length: MAX_SHIFTS_LISTED + 10 }, (_, n) => summary(n));
    lines.splice(-2, 0, '{"half a line');
    await writeFile(join(dir, SHIFTS_FILE), `${lines.join('\n')}\n`);
    const book = await ShiftBook.open(dir, silentLogger);
    const listed = await book.list();
    expect(listed).toHaveLength(MAX_SHIFTS_LISTED);
    expect(listed[0]?.to).toBe(at(MAX_SHIFTS_LISTED + 9));
    expect(book.openSince).toBe(at(MAX_SHIFTS_LISTED + 9));
  });

  it(`refuses a report file over ${MAX_SHIFT_REPORT_BYTES / 1024 / 1024} MiB as damaged, without reading it`, async () => {
    const dir = await tempDir();
    const id = crypto.randomUUID();
    await mkdir(join(dir, SHIFT_REPORTS_DIR));
    await writeFile(join(dir, SHIFT_REPORTS_DIR, `${id}.json`), Buffer.alloc(MAX_SHIFT_REPORT_BYTES + 1, 32));
    const book = await ShiftBook.open(dir, silentLogger);
    await expect(book.read(id)).rejects.toMatchObject({ code: 'invalid-input', message: /damaged/ });
  });
});
