import { randomUUID } from 'node:crypto';
import type { HistoryFilter } from '../../../shared/history-query';
import {
  MAX_SHIFT_CLOSE_CHECKS,
  MAX_SHIFT_SALES_LISTED,
  MAX_SHIFT_UNRESOLVED_LISTED,
  type ShiftReport,
} from '../../../shared/shift';
import type { HistoryStore } from '../history/history-store';
import { mapInBatches } from '../in-batches';
import type { Logger, Timers } from '../ports';
import type { SessionsService } from '../sessions/sessions-service';
import type { ShiftBook } from './shift-book';
import { shiftReportOf, type ShiftHeading } from './shift-report';

/** Fresh checks in flight at once while closing: the background status checks' concurrency. */
export const SHIFT_CLOSE_CHECK_CONCURRENCY = 4;

export interface CloseShiftPorts {
  history: HistoryStore;
  sessions: Pick<SessionsService, 'verify'>;
  book: ShiftBook;
  timers: Pick<Timers, 'now'>;
  logger: Logger;
  /** Station and merchant of the active profile, and who is closing (none without staff). */
  heading: () => Omit<ShiftHeading, 'id' | 'from' | 'to'>;
}

/**
 * Closes the open shift: checks each of its sessions still pending with a fresh GET, builds the
 * report from history, and records the close. The shift ends when the close starts; a sale made
 * while it runs belongs to the next shift.
 */
export async function closeShift(ports: CloseShiftPorts): Promise<ShiftReport> {
  const { history, book } = ports;
  const from = book.openSince;
  const to = new Date(ports.timers.now()).toISOString();
  const period: HistoryFilter = { ...(from && { from }), to, sort: 'oldest' };
  const pendingOf = () => history.index.run({ ...period, statuses: ['pending'] });
  // Sessions still waiting at the last close are checked again: paid since, they are in no report yet.
  const carriedIds = (await previousReport(ports))?.unresolved.map((u) => u.id) ?? [];
  const carried = () => carriedIds.flatMap((id) => history.get(id) ?? []);

  const toCheck = [...carried().filter((r) => r.status === 'pending'), ...pendingOf().page(0, MAX_SHIFT_CLOSE_CHECKS)];
  const checked = new Set<string>();
  await mapInBatches(toCheck.slice(0, MAX_SHIFT_CLOSE_CHECKS), SHIFT_CLOSE_CHECK_CONCURRENCY, async (record) => {
    try {
      await ports.sessions.verify(record.id);
      checked.add(record.id);
    } catch (error) {
      ports.logger.warn('A pending session could not be checked at the shift close', {
        id: record.id,
        message: String(error),
      });
    }
  });

  const completed = history.index.run({ ...period, statuses: ['completed'] });
  const pending = pendingOf();
  const carriedNow = carried();
  const stillCarried = carriedNow.filter((r) => r.status === 'pending');
  const report = shiftReportOf(
    { id: randomUUID(), from, to, ...ports.heading() },
    {
      totals: history.index.run(period).totals,
      completed: completed.page(0, MAX_SHIFT_SALES_LISTED),
      completedCount: completed.count,
      lastCompleted: completed.count > 0 ? completed.page(completed.count - 1, 1)[0] : undefined,
      pending: [
        ...stillCarried.map((record) => ({ record, checked: checked.has(record.id), carried: true })),
        ...pending
          .page(0, MAX_SHIFT_UNRESOLVED_LISTED)
          .map((record) => ({ record, checked: checked.has(record.id), carried: false })),
      ],
      pendingCount: stillCarried.length + pending.count,
      paidLate: carriedNow.filter((r) => r.status === 'completed'),
    },
  );
  await book.record(report);
  return report;
}

/** The last report, or none when it cannot be read (then nothing is carried, and the log says why). */
async function previousReport(ports: CloseShiftPorts): Promise<ShiftReport | undefined> {
  try {
    return await ports.book.lastReport();
  } catch (error) {
    ports.logger.warn('The last shift report could not be read; nothing is carried over', { message: String(error) });
    return undefined;
  }
}
