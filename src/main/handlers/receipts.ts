import { text } from '../../shared/i18n/translator';
import type { ReceiptPaper } from '../../shared/receipt-paper';
import type { SessionRecord } from '../../shared/session-record';
import { AppError } from '../core/app-error';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { Logger } from '../core/ports';
import type { Dialogs } from '../core/ports-dialogs';
import type { Printer } from '../core/ports-printer';
import { receiptPage, type ReceiptPage } from '../core/receipts/receipt-html';
import { lacksPaymentFacts, receiptOf } from '../core/receipts/receipt';
import type { SessionsService } from '../core/sessions/sessions-service';
import { savePdfAs } from '../core/share-files';
import type { Words } from '../core/words';

export interface ReceiptHandlerPorts {
  sessions: SessionsService;
  printer: Printer;
  dialogs: Dialogs;
  words: Words;
  logger: Logger;
  paper: () => ReceiptPaper;
}

/** `receipts:*`: a paid session's receipt, printed or saved as PDF (#20). */
export function receiptHandlers(ports: ReceiptHandlerPorts): HandlersOf<'receipts'> {
  const { sessions, printer, dialogs, words } = ports;

  /** The record brought up to date first when it lacks a fact the API may know: nothing is invented. */
  async function freshRecord(id: string): Promise<SessionRecord> {
    const known = sessions.get(id);
    if (known.status === 'pending') return (await sessions.verify(id)).record;
    if (known.status !== 'completed' || !lacksPaymentFacts(known)) return known;
    try {
      return (await sessions.verify(id)).record;
    } catch (error) {
      // Ozura out of reach: the receipt says what the record knows and leaves the rest out.
      ports.logger.warn('Receipt printed without a fresh check', { id, message: String(error) });
      return known;
    }
  }

  async function pageFor(id: string): Promise<ReceiptPage> {
    const record = await freshRecord(id);
    if (record.status !== 'completed')
      throw new AppError('invalid-input', text('receipt.notPaid', { status: record.status }));
    return receiptPage(receiptOf(record), ports.paper(), words());
  }

  return {
    'receipts:print': async ({ id }) => {
      const { html, page } = await pageFor(id);
      await printer.print(html, page);
      return { printed: true };
    },
    'receipts:save-pdf': async ({ id }) => {
      const { html, page } = await pageFor(id);
      return savePdfAs(dialogs, printer, {
        title: words().t('dialog.saveReceipt'),
        defaultName: `receipt-${id}`,
        html,
        paper: page,
      });
    },
  };
}
