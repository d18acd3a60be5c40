// Builds the main process's working parts from its ports: settings and the key vault, the API
// backend of the active profile (the built-in sandbox by default), the core services and the
// IPC handler table. Electron-free, so the Electron entry point and the test harness run exactly this.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventChannel } from '../shared/ipc/channels';
import type { AppInfo, EventPayload } from '../shared/ipc/contract';
import { isTerminal } from '../shared/ozura/status';
import type { SessionRecord } from '../shared/session-record';
import type { Preferences, SettingsView } from '../shared/settings';
import type { Command } from '../shared/shortcuts';
import { AppError } from './core/app-error';
import { BackendResolver } from './core/backend';
import { Connectivity } from './core/connectivity';
import { CatalogueStore } from './core/catalogue/catalogue-store';
import { HistoryStore } from './core/history/history-store';
import { createDispatcher, eventPayload, type Dispatch, type HandlerTable } from './core/ipc/dispatcher';
import type { Dialogs } from './core/ports-dialogs';
import { realTimers, silentLogger, type Clipboard, type Logger, type Timers } from './core/ports';
import { SessionsService } from './core/sessions/sessions-service';
import { SyncEngine } from './core/sessions/sync-engine';
import { LinksService } from './core/links/links-service';
import { LinksStore } from './core/links/links-store';
import { builderHandlers } from './handlers/builder';
import { historyHandlers } from './handlers/history';
import { linkHandlers } from './handlers/links';
import { sessionHandlers } from './handlers/sessions';
import { settingsHandlers } from './handlers/settings';
import type { Printer } from './core/ports-printer';
import { SessionWatcher, updateFrom } from './core/sessions/watcher';
import { openStoreSafely, type KeyValueStore } from './core/settings/key-value-store';
import { SecretVault, type Cipher } from './core/settings/secret-vault';
import { SettingsStore } from './core/settings/settings-store';
import { testConnection } from './core/settings/test-connection';
import { DEFAULT_ACCOUNT } from './sandbox/accounts';
import { startEmbeddedSandbox } from './sandbox/embedded';
import type { OzuraSandbox } from './sandbox/sandbox';

export interface MainOptions {
  dataDir: string;
  version: string;
  clipboard: Clipboard;
  /** Opens a URL in the system browser (shell.openExternal in the app). Only checked URLs reach it. */
  openExternal: (url: string) => Promise<void>;
  /** A system notification (Electron's Notification in the app). */
  notify: (title: string, body: string) => void;
  /** Opens (or focuses) the customer-facing window, on a second display when there is one. */
  openCustomerWindow: () => Promise<void>;
  /** The OS print dialog and PDF rendering. */
  printer: Printer;
  /** Native open and save dialogs (Electron's dialog module in the app). */
  dialogs: Dialogs;
  /** Encryption at rest for the API keys (safeStorage in the app). */
  cipher: Cipher;
  /** Opens the JSON store `<dataDir>/<name>.json` (electron-store in the app, conf in tests). */
  openStore: (name: string) => KeyValueStore;
  /** True only for our own renderer page. */
  isTrustedSender: (url: string | undefined) => boolean;
  logger?: Logger;
  timers?: Timers;
  fetch?: typeof fetch;
}

const OUTCOME_TEXT = {
  completed: 'Paid',
  failed: 'Payment failed',
  cancelled: 'Payment cancelled',
  expired: 'Checkout expired',
  pending: 'Waiting',
} as const;

export type EventListener = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

export interface LinkdeskMain {
  dispatch: Dispatch;
  history: HistoryStore;
  /** The built-in sandbox, once a sandbox profile has started it. */
  readonly sandbox: OzuraSandbox | undefined;
  /** Things the user should be told at start, e.g. a damaged file that was moved aside. */
  notices: string[];
  onEvent(listener: EventListener): () => void;
  /** Passes a menu command on to the window. */
  runCommand(command: Command): void;
  /** The current preferences (e.g. the theme, for the native parts of the window). */
  preferences(): Preferences;
  stop(): Promise<void>;
}

export async function createLinkdeskMain(options: MainOptions): Promise<LinkdeskMain> {
  const logger = options.logger ?? silentLogger;
  const timers = options.timers ?? realTimers;
  const notices: string[] = [];
  await mkdir(options.dataDir, { recursive: true });

  const open = async (name: string): Promise<KeyValueStore> => {
    const opened = await openStoreSafely(() => options.openStore(name), join(options.dataDir, `${name}.json`));
    if (opened.movedAside)
      notices.push(
        `The ${name} file could not be read, so Linkdesk started afresh. The old file is kept at ${opened.movedAside}.`,
      );
    return opened.store;
  };
  const settings = await SettingsStore.open(await open('settings'));
  if (settings.notice) notices.push(settings.notice);
  const vault = new SecretVault(await open('vault'), options.cipher);
  const drafts = await open('drafts');
  const catalogue = new CatalogueStore(await open('catalogue'));
  const linkStore = new LinksStore(await open('links'));
  if (linkStore.dropped > 0)
    notices.push(`${linkStore.dropped} saved payment link(s) could not be read and were left out of the Links list.`);

  let sandbox: OzuraSandbox | undefined;
  const resolver = new BackendResolver(
    vault,
    async () => {
      const started = await startEmbeddedSandbox(options.dataDir);
      if (started.movedAside)
        notices.push(`The sandbox's saved state could not be read and was moved to ${started.movedAside}.`);
      sandbox = started.sandbox;
      return {
        baseUrl: started.baseUrl,
        credentials: { apiKey: DEFAULT_ACCOUNT.apiKey, merchantKey: DEFAULT_ACCOUNT.merchantKey },
      };
    },
    options.fetch,
  );
  // The usual first run is on the sandbox: have it listening before the window asks.
  if (settings.activeProfile.environment.kind === 'sandbox') await resolver.sandboxBaseUrl();

  const history = await HistoryStore.open(options.dataDir);
  if (history.report.movedAside)
    notices.push(`The history file could not be read and was moved to ${history.report.movedAside}.`);
  else if (history.report.droppedLines > 0)
    notices.push(`${history.report.droppedLines} damaged line(s) of history could not be read and were skipped.`);
  // Ready the search box before anyone types (in slices, so the app starts at once).
  void history.index.warm();
  history
    .compactIfWorthIt()
    .catch((error: unknown) =>
      logger.warn('History compaction failed; the log stays as it was', { message: String(error) }),
    );

  const listeners = new Set<EventListener>();
  const emit: EventListener = (channel, payload) => {
    const checked = eventPayload(channel, payload);
    for (const listener of listeners) listener(channel, checked);
  };

  const connectivity = new Connectivity(
    async () => {
      const environment = await resolver.environmentOf(settings.activeProfile);
      const answer = await testConnection(environment.baseUrl, undefined, options.fetch, 5000);
      return answer.outcome !== 'unreachable';
    },
    timers,
    () => {
      announceSettings().catch((error: unknown) =>
        logger.error('Could not announce the connection state', { message: String(error) }),
      );
    },
  );
  /** A status check through the API, telling the connectivity monitor how it went. */
  /** Whether a session lives in the active profile's environment (only those speak for its connection). */
  const inActiveEnvironment = (record: SessionRecord): boolean => {
    const active = settings.activeProfile.environment;
    if (active.kind === 'custom') return record.environmentKind === 'custom' && record.apiBaseUrl === active.baseUrl;
    return record.environmentKind === active.kind;
  };
  const getSession = async (record: SessionRecord) => {
    try {
      const remote = await (await resolver.statusClientFor(record)).getSession(record.id);
      if (inActiveEnvironment(record)) connectivity.reachable();
      return remote;
    } catch (error) {
      // An old session on another host that is down says nothing about the host in use now.
      if (inActiveEnvironment(record)) connectivity.report(error);
      throw error;
    }
  };
  const watcher = new SessionWatcher({
    getSession,
    history,
    timers,
    logger,
    onChange: (record) => {
      emit('sessions:changed', record);
      emit('display:changed', { session: record });
      if (isTerminal(record.status) && settings.current.preferences.notifications) {
        const text = OUTCOME_TEXT[record.status];
        options.notify(text, `${record.merchantName} · ${record.reference ?? record.id}`);
      }
    },
    intervalMs: () => settings.current.preferences.statusCheckSeconds * 1000,
    onConnection: (state) => emit('sessions:watch-state', state),
  });
  const sync = new SyncEngine({
    history,
    getSession,
    timers,
    logger,
    onChange: (record) => emit('sessions:changed', record),
    isFocused: (id) => watcher.focused === id,
  });
  sync.start();
  const sessions = new SessionsService({
    backend: () => resolver.forProfile(settings.activeProfile),
    history,
    watcher,
    sync,
    timers,
  });
  const links = new LinksService(() => resolver.forProfile(settings.activeProfile), linkStore, timers);

  const settingsView = (): SettingsView => ({
    activeProfileId: settings.current.activeProfileId,
    profiles: settings.current.profiles.map((profile) => ({ ...profile, keys: vault.status(profile.id) })),
    preferences: settings.current.preferences,
    encryption: {
      available: options.cipher.isAvailable(),
      weak: options.cipher.isWeak(),
      backend: options.cipher.backend(),
    },
  });

  const appInfo = async (): Promise<AppInfo> => {
    const profile = settings.activeProfile;
    const environment = await resolver.environmentOf(profile);
    let blocker: string | undefined;
    try {
      await resolver.forProfile(profile);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      blocker = error.message;
    }
    return {
      version: options.version,
      notices,
      active: {
        profileId: profile.id,
        profileName: profile.name,
        environment: {
          kind: environment.kind,
          label: environment.label,
          checkoutHost: new URL(environment.baseUrl).host,
        },
        merchantName: profile.merchantName,
        defaultCurrency: profile.defaultCurrency,
        donationPresets: profile.donationPresets,
        stationName: profile.stationName,
        ...(blocker && { blocker }),
        ...(connectivity.offline && { offline: connectivity.offline }),
      },
    };
  };

  const announceSettings = async (): Promise<void> => {
    emit('settings:changed', settingsView());
    emit('app:changed', await appInfo());
  };
  settings.onChange(() => {
    announceSettings().catch((error: unknown) =>
      logger.error('Could not announce new settings', { message: String(error) }),
    );
  });

  /** Runs an API call, telling the connectivity monitor whether the host answered. */
  const reportingConnectivity = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      const answer = await call();
      connectivity.reachable();
      return answer;
    } catch (error) {
      connectivity.report(error);
      throw error;
    }
  };

  /** A status check on demand: the record brought up to date, and billing details to show once. */
  const verify = async (id: string) => {
    const known = sessions.get(id);
    const remote = await getSession(known);
    const record = (await history.update(id, updateFrom(remote, known.currency, timers.now()))) ?? known;
    emit('sessions:changed', record);
    return { record, ...(remote.billing && { billing: remote.billing }) };
  };

  const handlers: HandlerTable = {
    'app:get-info': appInfo,
    ...sessionHandlers({
      sessions,
      history,
      watcher,
      resolver,
      clipboard: options.clipboard,
      openExternal: options.openExternal,
      openCustomerWindow: options.openCustomerWindow,
      dialogs: options.dialogs,
      printer: options.printer,
      timers,
      reportingConnectivity,
      onDisplayed: (session) => emit('display:changed', { session }),
    }),
    ...historyHandlers({
      history,
      sessions,
      dialogs: options.dialogs,
      getSession,
      verify,
      reportingConnectivity,
      onChanged: (record) => emit('sessions:changed', record),
      onExportProgress: (written, total) => emit('history:export-progress', { written, total }),
    }),
    ...linkHandlers({
      links,
      reportingConnectivity,
      clipboard: options.clipboard,
      dialogs: options.dialogs,
      printer: options.printer,
    }),
    ...builderHandlers({ drafts, catalogue, dialogs: options.dialogs }),
    ...settingsHandlers({
      settings,
      vault,
      resolver,
      view: settingsView,
      announce: announceSettings,
      ...(options.fetch && { fetch: options.fetch }),
    }),
  };

  return {
    dispatch: createDispatcher(handlers, options.isTrustedSender, logger),
    history,
    get sandbox() {
      return sandbox;
    },
    notices,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    runCommand(command) {
      emit('app:command', { command });
    },
    preferences: () => settings.current.preferences,
    async stop() {
      watcher.stop();
      connectivity.stop();
      await sync.stop();
      listeners.clear();
      await history.close();
      await sandbox?.stop();
    },
  };
}
