import type { SessionRecord } from '../../shared/session-record';
import { AppError } from '../core/app-error';
import type { BackendResolver } from '../core/backend';
import { isAllowedExternalUrl } from '../core/external-links';
import type { HistoryStore } from '../core/history/history-store';
import type { HandlerTable } from '../core/ipc/dispatcher';
import type { Clipboard, Timers } from '../core/ports';
import type { Dialogs } from '../core/ports-dialogs';
import type { Printer } from '../core/ports-printer';
import type { SessionsService } from '../core/sessions/sessions-service';
import { slipHtml } from '../core/sessions/slip';
import type { SessionWatcher } from '../core/sessions/watcher';
import { savePdfAs, saveQrAs } from '../core/share-files';

type SessionChannel =
  | 'sessions:create'
  | 'sessions:get'
  | 'sessions:copy-link'
  | 'sessions:open-in-browser'
  | 'sessions:similar-recent'
  | 'sessions:focus'
  | 'sessions:reissue'
  | 'sessions:save-qr'
  | 'sessions:print-slip'
  | 'sessions:save-slip-pdf'
  | 'display:get'
  | 'display:open-customer-window';

/** A sale of the same amount within this window gets a "possible duplicate" warning. */
const DUPLICATE_WINDOW_MS = 5 * 60 * 1000;

export interface SessionHandlerPorts {
  sessions: SessionsService;
  history: HistoryStore;
  watcher: SessionWatcher;
  resolver: BackendResolver;
  clipboard: Clipboard;
  openExternal: (url: string) => Promise<void>;
  openCustomerWindow: () => Promise<void>;
  dialogs: Dialogs;
  printer: Printer;
  timers: Timers;
  reportingConnectivity: <T>(call: () => Promise<T>) => Promise<T>;
  /** Tells the customer window what the staff window now shows. */
  onDisplayed: (session: SessionRecord | null) => void;
}

/** `sessions:*` and `display:*`: create a checkout, share it, watch it, and mirror it to the customer. */
export function sessionHandlers(ports: SessionHandlerPorts): Pick<HandlerTable, SessionChannel> {
  const { sessions, history, watcher, dialogs, printer } = ports;
  /** The session the staff window shows, which the customer window mirrors. */
  let displayed: SessionRecord | null = null;
  return {
    'sessions:create': (input) => ports.reportingConnectivity(() => sessions.create(input)),
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
        throw new AppError('invalid-input', `Linkdesk only opens links on ${new URL(origin).host}.`);
      }
      await ports.openExternal(record.checkoutUrl);
      return { opened: record.checkoutUrl };
    },
    'sessions:similar-recent': ({ currency, amountMinor }) =>
      history.similarRecent(currency, amountMinor, ports.timers.now() - DUPLICATE_WINDOW_MS),
    'sessions:focus': ({ id }) => {
      if (id === null) watcher.stop();
      else if (id !== watcher.focused) watcher.focus(sessions.get(id).id);
      // The customer window follows whatever the staff window shows.
      displayed = id === null ? null : sessions.get(id);
      ports.onDisplayed(displayed);
      return { watching: watcher.focused ?? null };
    },
    'sessions:reissue': ({ id }) => sessions.reissue(id),
    'sessions:save-qr': ({ id, format }) => saveQrAs(dialogs, sessions.get(id).checkoutUrl, format, 'checkout-qr'),
    'sessions:print-slip': async ({ id }) => {
      await printer.print(await slipHtml(sessions.get(id)));
      return { printed: true };
    },
    'sessions:save-slip-pdf': async ({ id }) =>
      savePdfAs(dialogs, printer, {
        title: 'Save the QR slip as PDF',
        defaultName: 'checkout-slip',
        html: await slipHtml(sessions.get(id)),
      }),
    'display:get': () => ({ session: displayed === null ? null : (history.get(displayed.id) ?? null) }),
    'display:open-customer-window': async () => {
      await ports.openCustomerWindow();
      return { opened: true };
    },
  };
}
