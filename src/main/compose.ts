// Builds the main process's working parts from its ports: the API backend (the built-in
// sandbox while no account is configured), the core services and the IPC handler table.
// Electron-free, so the Electron entry point and the test harness run exactly this.
import { mkdir } from 'node:fs/promises';
import type { EventChannel } from '../shared/ipc/channels';
import type { EventPayload } from '../shared/ipc/contract';
import { HistoryStore } from './core/history/history-store';
import { createDispatcher, eventPayload, type Dispatch, type HandlerTable } from './core/ipc/dispatcher';
import { OzuraClient } from './core/ozura-client/client';
import {
  realTimers,
  silentLogger,
  type Clipboard,
  type EnvironmentInfo,
  type Logger,
  type MerchantProfile,
  type Timers,
} from './core/ports';
import { SessionsService } from './core/sessions/sessions-service';
import { SessionWatcher } from './core/sessions/watcher';
import { DEFAULT_ACCOUNT } from './sandbox/accounts';
import { startEmbeddedSandbox } from './sandbox/embedded';
import type { OzuraSandbox } from './sandbox/sandbox';

export interface MainOptions {
  dataDir: string;
  version: string;
  clipboard: Clipboard;
  /** True only for our own renderer page. */
  isTrustedSender: (url: string | undefined) => boolean;
  logger?: Logger;
  timers?: Timers;
  fetch?: typeof fetch;
  watchIntervalMs?: number;
}

export type EventListener = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

export interface LinkdeskMain {
  dispatch: Dispatch;
  handlers: HandlerTable;
  history: HistoryStore;
  /** Present while the app runs on the built-in sandbox. */
  sandbox?: OzuraSandbox;
  /** Things the user should be told at start, e.g. a damaged file that was moved aside. */
  notices: string[];
  onEvent(listener: EventListener): () => void;
  stop(): Promise<void>;
}

export async function createLinkdeskMain(options: MainOptions): Promise<LinkdeskMain> {
  const logger = options.logger ?? silentLogger;
  const timers = options.timers ?? realTimers;
  const notices: string[] = [];

  await mkdir(options.dataDir, { recursive: true });
  const started = await startEmbeddedSandbox(options.dataDir);
  const { sandbox } = started;
  if (started.movedAside)
    notices.push(`The sandbox's saved state could not be read and was moved to ${started.movedAside}.`);
  const environment: EnvironmentInfo = { kind: 'sandbox', label: 'Built-in sandbox', baseUrl: started.baseUrl };
  const profile: MerchantProfile = {
    merchantId: DEFAULT_ACCOUNT.merchantId,
    merchantName: DEFAULT_ACCOUNT.merchantName ?? 'Sandbox Store',
    successUrl: `${started.baseUrl}/__sandbox/return/success`,
    cancelUrl: `${started.baseUrl}/__sandbox/return/cancel`,
    errorUrl: `${started.baseUrl}/error`,
    defaultCurrency: 'USD',
  };

  const history = await HistoryStore.open(options.dataDir);
  if (history.report.movedAside)
    notices.push(`The history file could not be read and was moved to ${history.report.movedAside}.`);
  else if (history.report.droppedLines > 0)
    notices.push(`${history.report.droppedLines} damaged line(s) of history could not be read and were skipped.`);

  const client = new OzuraClient({
    baseUrl: environment.baseUrl,
    credentials: { apiKey: DEFAULT_ACCOUNT.apiKey, merchantKey: DEFAULT_ACCOUNT.merchantKey },
    ...(options.fetch && { fetch: options.fetch }),
  });

  const listeners = new Set<EventListener>();
  const emit: EventListener = (channel, payload) => {
    const checked = eventPayload(channel, payload);
    for (const listener of listeners) listener(channel, checked);
  };

  const watcher = new SessionWatcher({
    getSession: (id) => client.getSession(id),
    history,
    timers,
    logger,
    onChange: (record) => emit('sessions:changed', record),
    ...(options.watchIntervalMs !== undefined && { intervalMs: options.watchIntervalMs }),
  });
  const sessions = new SessionsService({
    client,
    history,
    watcher,
    profile: () => profile,
    environment: () => environment,
    timers,
  });

  const handlers: HandlerTable = {
    'app:get-info': () => ({
      version: options.version,
      environment: {
        kind: environment.kind,
        label: environment.label,
        checkoutHost: new URL(environment.baseUrl).host,
      },
      merchantName: profile.merchantName,
      defaultCurrency: profile.defaultCurrency,
      notices,
    }),
    'sessions:create': (input) => sessions.create(input),
    'sessions:get': ({ id }) => sessions.get(id),
    'sessions:copy-link': async ({ id }) => {
      const { checkoutUrl } = sessions.get(id);
      await options.clipboard.writeText(checkoutUrl);
      return { copied: checkoutUrl };
    },
  };

  return {
    dispatch: createDispatcher(handlers, options.isTrustedSender, logger),
    handlers,
    history,
    sandbox,
    notices,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      watcher.stop();
      listeners.clear();
      await history.close();
      await sandbox.stop();
    },
  };
}
