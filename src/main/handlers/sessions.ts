import { text } from '../../shared/i18n/translator';
import { AppError } from '../core/app-error';
import type { BackendResolver } from '../core/backend';
import type { CustomerDisplay } from '../core/customer-display';
import { isAllowedExternalUrl } from '../core/external-links';
import type { HistoryStore } from '../core/history/history-store';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { Clipboard, Timers } from '../core/ports';
import type { Dialogs } from '../core/ports-dialogs';
import type { Printer } from '../core/ports-printer';
import type { SessionsService } from '../core/sessions/sessions-service';
import { slipHtml } from '../core/sessions/slip';
import type { StatusScheduler } from '../core/sessions/status-scheduler';
import { savePdfAs, saveQrAs } from '../core/share-files';
import type { Words } from '../core/words';
import type { CreateSessionInput } from '../../shared/create-session-input';

/** A sale of the same amount within this window gets a "possible duplicate" warning. */
const DUPLICATE_WINDOW_MS = 5 * 60 * 1000;

export interface SessionHandlerPorts {
  sessions: SessionsService;
  history: HistoryStore;
  statusChecks: StatusScheduler;
  display: CustomerDisplay;
  resolver: BackendResolver;
  clipboard: Clipboard;
  openExternal: (url: string) => Promise<void>;
  dialogs: Dialogs;
  printer: Printer;
  timers: Timers;
  words: Words;
  /** Puts the signed-in member on the sale. */
  withStaff: (input: CreateSessionInput) => CreateSessionInput;
}

/** `sessions:*`: create a checkout, share it, and watch the one on screen. */
export function sessionHandlers(ports: SessionHandlerPorts): HandlersOf<'sessions'> {
  const { sessions, history, statusChecks, display, dialogs, printer, words } = ports;
  return {
    'sessions:create': (input) => sessions.create(ports.withStaff(input)),
    'sessions:get': ({ id }) => sessions.get(id),
    'sessions:copy-link': async ({ id }) => {
      const { checkoutUrl } = sessions.get(id);
      await ports.clipboard.writeText(checkoutUrl);
      return { copied: checkoutUrl };
    },
    'sessions:open-in-browser': async ({ id }) => {
      const record = sessions.get(id);
      const origin = new URL((await ports.resolver.statusClientFor(record)).baseUrl).origin;
      if (!isAllowedExternalUrl(record.checkoutUrl, [origin])) {
        throw new AppError('invalid-input', text('error.openOnlyOn', { host: new URL(origin).host }));
      }
      await ports.openExternal(record.checkoutUrl);
      return { opened: record.checkoutUrl };
    },
    'sessions:similar-recent': ({ currency, amountMinor }) =>
      history.similarRecent(currency, amountMinor, ports.timers.now() - DUPLICATE_WINDOW_MS),
    'sessions:focus': ({ id }) => {
      const record = id === null ? null : sessions.get(id);
      if (record === null) statusChecks.unfocus();
      else if (record.id !== statusChecks.focused) statusChecks.focus(record.id);
      // The customer window follows whatever the staff window shows.
      display.show(record);
      return { watching: statusChecks.focused ?? null };
    },
    'sessions:reissue': ({ id }) => sessions.reissue(id),
    'sessions:save-qr': ({ id, format }) =>
      saveQrAs(dialogs, sessions.get(id).checkoutUrl, format, 'checkout-qr', words().t('dialog.saveQr')),
    'sessions:print-slip': async ({ id }) => {
      await printer.print(await slipHtml(sessions.get(id), words()));
      return { printed: true };
    },
    'sessions:save-slip-pdf': async ({ id }) =>
      savePdfAs(dialogs, printer, {
        title: words().t('dialog.saveSlip'),
        defaultName: 'checkout-slip',
        html: await slipHtml(sessions.get(id), words()),
      }),
  };
}
