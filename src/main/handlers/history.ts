import type { SessionRecord } from '../../shared/session-record';
import { AppError } from '../core/app-error';
import { exportHistoryCsv } from '../core/history/history-export';
import type { HistoryStore } from '../core/history/history-store';
import { paidCartsOf, ProductTotalsCounter } from '../core/history/product-totals';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { InvokeOutput } from '../../shared/ipc/contract';
import type { Dialogs } from '../core/ports-dialogs';
import type { Words } from '../core/words';
import { text as message } from '../../shared/i18n/translator';
import { sessionIdFrom } from '../core/sessions/adopt';
import type { RemoteSession } from '../../shared/ozura/responses';
import type { HistoryFilter } from '../../shared/history-query';

export interface HistoryHandlerPorts {
  /** The history on screen: the station's own, or an organiser's of its event (#21). */
  history: () => HistoryStore;
  /** Records a session found by id that this history does not know yet. */
  adopt: (id: string) => Promise<SessionRecord>;
  /** Asks Ozura about a session on screen and records the answer. */
  verify: (id: string) => Promise<InvokeOutput<'history:verify'>>;
  dialogs: Dialogs;
  /** A status check through the API of the session's environment (for billing in exports). */
  getSession: (record: SessionRecord) => Promise<RemoteSession>;
  onExportProgress: (written: number, total: number) => void;
  words: Words;
  /** Narrows what the signed-in role may see (a clerk: the current shift). */
  scope: <F extends HistoryFilter>(filter: F) => F;
  /** Whether billing details may be shown to whoever is signed in. */
  mayViewBilling: () => boolean;
}

/** `history:*`: the list, its totals, a check on demand, sessions found by id, and CSV export. */
export function historyHandlers(ports: HistoryHandlerPorts): HandlersOf<'history'> {
  const { history, dialogs, words, scope } = ports;
  // Rows are a store's own, so each history (a station's, an organiser's) has its counter.
  const counters = new WeakMap<HistoryStore, ProductTotalsCounter>();
  const counterOf = (store: HistoryStore): ProductTotalsCounter => {
    const counter = counters.get(store) ?? new ProductTotalsCounter();
    counters.set(store, counter);
    return counter;
  };
  return {
    'history:query': ({ offset, limit, ...filter }) => {
      const found = history().index.run(scope(filter));
      return { total: found.count, offset, rows: found.page(offset, limit) };
    },
    'history:totals': (filter) => history().index.run(scope(filter)).totals,
    'history:products': (filter) => {
      const carts = paidCartsOf(scope(filter));
      const store = history();
      return counterOf(store).totals(carts && store.index.run(carts));
    },
    'history:verify': async ({ id }) => {
      const { record, billing } = await ports.verify(id);
      return { record, ...(billing && ports.mayViewBilling() && { billing }) };
    },
    'history:lookup': async ({ text }) => {
      const id = sessionIdFrom(text);
      if (!id)
        throw new AppError('invalid-input', message('error.notASessionId'), {
          text: message('error.notASessionIdField'),
        });
      if (history().get(id)) return (await ports.verify(id)).record;
      return ports.adopt(id);
    },
    'history:export': async ({ filter, includeBilling, localeFormat }) => {
      const file = await dialogs.chooseSaveFile({
        title: words().t('dialog.exportHistory'),
        defaultName: 'linkdesk-history.csv',
        extensions: ['csv'],
      });
      if (!file) return { cancelled: true, count: 0 };
      const count = await exportHistoryCsv(file, history().index.run(scope(filter)), {
        onProgress: ports.onExportProgress,
        ...(localeFormat && { localeFor: words() }),
        ...(includeBilling && { billing: async (record: SessionRecord) => (await ports.getSession(record)).billing }),
      });
      return { cancelled: false, file, count };
    },
  };
}
