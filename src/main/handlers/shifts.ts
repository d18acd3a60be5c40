import type { ReceiptPaper } from '../../shared/receipt-paper';
import type { ShiftReport } from '../../shared/shift';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { Dialogs } from '../core/ports-dialogs';
import type { Paper, Printer } from '../core/ports-printer';
import { shiftReportHtml } from '../core/shifts/shift-html';
import type { ShiftBook } from '../core/shifts/shift-book';
import { savePdfAs } from '../core/share-files';
import type { Words } from '../core/words';

export interface ShiftHandlerPorts {
  book: ShiftBook;
  /** Checks the shift's waiting sales and records the close (core/shifts/close-shift). */
  close: () => Promise<ShiftReport>;
  printer: Printer;
  dialogs: Dialogs;
  words: Words;
  paper: () => ReceiptPaper;
}

/** `shifts:*`: closing the shift, and its reports kept under History → Shifts (#20). */
export function shiftHandlers(ports: ShiftHandlerPorts): HandlersOf<'shifts'> {
  const { book, printer, dialogs, words } = ports;
  // A report is a sheet: Letter when receipts are on Letter, else A4 (a roll is too narrow for its tables).
  const sheet = (): Paper => (ports.paper() === 'letter' ? 'letter' : 'a4');
  let closing: Promise<ShiftReport> | undefined;
  return {
    'shifts:list': async () => ({
      open: { ...(book.openSince && { since: book.openSince }) },
      past: await book.list(),
    }),
    // A second press while a close runs gets the same close, never a second report.
    'shifts:close': () => (closing ??= ports.close().finally(() => (closing = undefined))),
    'shifts:get': ({ id }) => book.read(id),
    'shifts:print': async ({ id }) => {
      await printer.print(shiftReportHtml(await book.read(id), words(), sheet()), sheet());
      return { printed: true };
    },
    'shifts:save-pdf': async ({ id }) => {
      const report = await book.read(id);
      return savePdfAs(dialogs, printer, {
        title: words().t('dialog.saveShift'),
        defaultName: `shift-${report.to.slice(0, 16).replace(':', '')}`,
        html: shiftReportHtml(report, words(), sheet()),
        paper: sheet(),
      });
    },
  };
}
