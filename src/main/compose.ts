// Builds the main process's working parts from its ports and wires them together: stores, the
// API backend of the active profile (the built-in sandbox by default), the core services and
// the IPC handler table. Wiring only: every rule lives in core. Electron-free, so the Electron
// entry point and the test harness run exactly this.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionRecord } from '../shared/session-record';
import { AppStatus } from './core/app-status';
import { BackendResolver } from './core/backend';
import { Connectivity } from './core/connectivity';
import { CustomerDisplay } from './core/customer-display';
import { EventHub } from './core/event-hub';
import { HistoryStore } from './core/history/history-store';
import { createDispatcher } from './core/ipc/dispatcher';
import { CHANNEL_ACCESS } from '../shared/ipc/access';
import { withinShift } from '../shared/history-query';
import { closeShift } from './core/shifts/close-shift';
import { ShiftBook } from './core/shifts/shift-book';
import { shiftHandlers } from './handlers/shifts';
import { EventRuntime } from './core/event/event-runtime';
import { eventHandlers } from './handlers/event';
import { verifyFolded } from './core/event/organiser';
import { AppError } from './core/app-error';
import { text } from '../shared/i18n/translator';
import { AuditLog } from './core/staff/audit-log';
import { auditedCalls, auditTrail } from './core/staff/audited-calls';
import { CounterAccess } from './core/staff/counter-access';
import { staffHandlers } from './handlers/staff';
import { staffOnRecord } from './core/staff/staff-on-record';
import type { CreateSessionInput } from '../shared/create-session-input';
import { LinksService } from './core/links/links-service';
import { StartupNotices } from './core/notices';
import { openStores } from './core/open-stores';
import { realTimers, silentLogger } from './core/ports';
import { outcomeNotifier } from './core/sessions/outcome-notifier';
import { SessionsService } from './core/sessions/sessions-service';
import { StatusScheduler } from './core/sessions/status-scheduler';
import { testConnection } from './core/settings/test-connection';
import { displayState, wordsFrom } from './core/words';
import { translator } from '../shared/i18n/translator';
import { builderHandlers } from './handlers/builder';
import { catalogueHandlers } from './handlers/catalogue';
import { displayHandlers } from './handlers/display';
import { historyHandlers } from './handlers/history';
import { linkHandlers } from './handlers/links';
import { imageHandlers } from './handlers/images';
import { dataUrlOf, fetchImage } from './core/images/fetch-image';
import { ImageCache } from './core/images/image-cache';
import { receiptHandlers } from './handlers/receipts';
import { sessionHandlers } from './handlers/sessions';
import { settingsHandlers } from './handlers/settings';
import type { LinkdeskMain, MainOptions } from './main-options';
import { DEFAULT_ACCOUNT } from './sandbox/accounts';
import { startEmbeddedSandbox } from './sandbox/embedded';
import type { OzuraSandbox } from './sandbox/sandbox';

export type { EventListener, LinkdeskMain, MainOptions } from './main-options';

export async function createLinkdeskMain(options: MainOptions): Promise<LinkdeskMain> {
  const { dataDir, dialogs, printer, clipboard, cipher } = options;
  const logger = options.logger ?? silentLogger;
  const timers = options.timers ?? realTimers;
  const fetchOption = options.fetch && { fetch: options.fetch };
  const notices = new StartupNotices();
  await mkdir(dataDir, { recursive: true });
  const { settings, vault, drafts, catalogue, linkStore, staff, memberships } = await openStores(
    dataDir,
    options.openStore,
    cipher,
    notices,
  );

  const events = new EventHub();
  const announce = async (): Promise<void> => {
    events.emit('settings:changed', status.settingsView());
    events.emit('app:changed', await status.appInfo());
    events.emit('display:changed', displayState(display, words())); // the language may have changed
  };
  const announceInBackground = (): void => {
    announce().catch((error: unknown) => logger.error('Could not announce a change', { message: String(error) }));
  };

  let sandbox: OzuraSandbox | undefined;
  const probeActiveHost = async (): Promise<boolean> => {
    const { baseUrl } = await resolver.environmentOf(settings.activeProfile);
    return (await testConnection(baseUrl, undefined, options.fetch, 5000)).outcome !== 'unreachable';
  };
  const connectivity = new Connectivity(probeActiveHost, timers, () => {
    // The screen names who is not answering; the log keeps the network's own words.
    const reason = connectivity.offline;
    if (reason) logger.warn('The API host is not answering', { reason: translator('en').say(reason) });
    announceInBackground();
  });
  const resolver = new BackendResolver({
    vault,
    activeProfile: () => settings.activeProfile,
    observer: connectivity,
    ...fetchOption,
    startSandbox: async () => {
      const started = await startEmbeddedSandbox(dataDir);
      if (started.movedAside) notices.sandboxMovedAside(started.movedAside);
      sandbox = started.sandbox;
      return { baseUrl: started.baseUrl, credentials: DEFAULT_ACCOUNT };
    },
  });
  // The usual first run is on the sandbox: have it listening before the window asks.
  if (settings.activeProfile.environment.kind === 'sandbox') await resolver.sandboxBaseUrl();

  const history = await HistoryStore.open(dataDir, { logger });
  notices.historyOpened(history.report);
  history.compactIfWorthIt().catch((error: unknown) => {
    logger.warn('History compaction failed; the log stays as it was', { message: String(error) });
  });

  const words = wordsFrom(() => settings.current.preferences.language, options.systemLanguages ?? []);
  const audit = new AuditLog(dataDir, timers, logger);
  const shiftBook = await ShiftBook.open(dataDir, logger);
  // Event mode (#21): the active profile's publisher or organiser; the header hears how it goes.
  const eventRuntime = new EventRuntime({
    memberships,
    history,
    dataDir,
    version: options.version,
    timers,
    logger,
    onChange: () => events.emit('event:changed', eventRuntime.status(settings.current.activeProfileId) ?? null),
  });
  void eventRuntime.follow(settings.current.activeProfileId);
  const access = new CounterAccess({
    store: staff,
    audit,
    timers,
    logger,
    activeProfileId: () => settings.current.activeProfileId,
    profileIds: () => settings.current.profiles.map((p) => p.id),
    idleLockMinutes: () => settings.current.preferences.idleLockMinutes,
    onChange: announceInBackground,
  });
  const sources = { settings, vault, resolver, connectivity, history, notices: notices.list, words };
  const status = new AppStatus({ version: options.version, cipher, staff: () => access.state(), ...sources });
  let followedProfile = settings.current.activeProfileId;
  settings.onChange(() => {
    access.settingsChanged();
    announceInBackground();
    // Switching profile switches its event work too.
    if (settings.current.activeProfileId === followedProfile) return;
    followedProfile = settings.current.activeProfileId;
    void eventRuntime.follow(followedProfile);
  });

  const display = new CustomerDisplay(
    history,
    () => events.emit('display:changed', displayState(display, words())),
    (tip) => events.emit('display:tip-chosen', { tip }),
  );
  const notifyOutcome = outcomeNotifier(options.notify, () => settings.current.preferences.notifications, words);
  const getSession = (record: SessionRecord) => resolver.getSession(record);
  const sessionChanged = (record: SessionRecord): void => {
    events.emit('sessions:changed', record);
    display.changed(record);
  };
  const statusChecks = new StatusScheduler({
    history,
    getSession,
    timers,
    logger,
    onChange: (record, onScreen) => {
      sessionChanged(record);
      if (onScreen) notifyOutcome(record);
    },
    onWatchState: (state) => events.emit('sessions:watch-state', state),
    onScreenIntervalMs: () => settings.current.preferences.statusCheckSeconds * 1000,
  });
  statusChecks.start();
  const backend = () => resolver.active();
  const sessions = new SessionsService({
    backend,
    getSession,
    history,
    statusChecks,
    timers,
    onChange: sessionChanged,
    tipName: () => words().t('tip.line'),
  });
  const links = new LinksService(backend, linkStore, timers, () => history.readOnly);
  const imageFetch = options.imageFetch ?? ((url: string) => fetchImage(url));
  const images = new ImageCache(join(dataDir, 'images'), imageFetch, logger);
  const logoOf = async ({ logoUrl }: { logoUrl?: string }): Promise<string | undefined> => {
    const logo = logoUrl === undefined ? undefined : await images.get(logoUrl);
    return logo?.ok ? dataUrlOf(logo) : undefined;
  };

  // An event's organiser follows the stations; its profile never sells (#21).
  const organiserHistory = () => eventRuntime.organiserHistory(settings.current.activeProfileId);
  const withStaff = (input: CreateSessionInput) => {
    if (eventRuntime.status(settings.current.activeProfileId)?.membership.role === 'organiser')
      throw new AppError('forbidden', text('event.organiserDoesNotSell'));
    return staffOnRecord(input, access);
  };
  let stopping = false;
  const handlers = {
    'app:get-info': () => status.appInfo(),
    ...sessionHandlers({ ...options, sessions, history, statusChecks, display, resolver, timers, words, withStaff }),
    ...displayHandlers({
      display,
      openCustomerWindow: options.openCustomerWindow,
      customerWindowOpen: options.customerWindowOpen ?? (() => false),
      tipping: () => settings.activeProfile.tipping,
      words,
    }),
    ...staffHandlers(access, audit),
    ...receiptHandlers({
      sessions,
      printer,
      dialogs,
      words,
      logger,
      paper: () => settings.current.preferences.receiptPaper,
    }),
    ...eventHandlers({
      memberships,
      runtime: eventRuntime,
      activeProfileId: () => settings.current.activeProfileId,
      timers,
      words,
      dialogs,
    }),
    ...shiftHandlers({
      book: shiftBook,
      close: () =>
        closeShift({
          history,
          sessions,
          book: shiftBook,
          timers,
          logger,
          heading: () => ({
            station: settings.activeProfile.stationName,
            merchantName: settings.activeProfile.merchantName,
            ...(access.member && {
              closedBy: { id: access.member.id, name: access.member.name, initials: access.member.initials },
            }),
          }),
        }),
      printer,
      dialogs,
      words,
      paper: () => settings.current.preferences.receiptPaper,
    }),
    ...historyHandlers({
      history: () => organiserHistory() ?? history,
      verify: (id) => {
        const folded = organiserHistory();
        return folded ? verifyFolded(folded, id, getSession, timers.now()) : sessions.verify(id);
      },
      adopt: (id) => {
        if (organiserHistory()) throw new AppError('not-found', text('event.noStationReported', { id }));
        return sessions.adopt(id);
      },
      // "This shift" is since the last close; a clerk sees no more than that, and never billing details (#19, #20).
      scope: (filter) =>
        access.roleNow() === 'clerk' || filter.thisShift ? withinShift(filter, shiftBook.openSince) : filter,
      mayViewBilling: () => access.roleNow() === 'manager',
      dialogs,
      getSession,
      onExportProgress: (written, total) => events.emit('history:export-progress', { written, total }),
      words,
    }),
    ...linkHandlers({ links, clipboard, dialogs, printer, words, withStaff, logoOf }),
    ...imageHandlers({
      images,
      profileLogoUrl: (id) => settings.current.profiles.find((p) => p.id === id)?.appearance.logoUrl,
      links,
      products: () => catalogue.list(),
    }),
    ...builderHandlers(drafts),
    ...catalogueHandlers({ catalogue, dialogs, words }),
    ...settingsHandlers({
      settings,
      vault,
      resolver,
      view: () => status.settingsView(),
      announce,
      words,
      ...fetchOption,
    }),
  };

  return {
    dispatch: createDispatcher(handlers, {
      isTrustedSender: options.isTrustedSender,
      logger,
      words,
      closing: () => stopping,
      refusal: (channel) => access.refusal(CHANNEL_ACCESS[channel]),
      audit: auditTrail(
        auditedCalls({
          profileName: (id) => settings.current.profiles.find((p) => p.id === id)?.name ?? id,
          productName: (id) => catalogue.list().find((p) => p.id === id)?.name,
        }),
        () => access.member,
        (action, by, subject) => audit.record(action, by, subject),
      ),
    }),
    history,
    get sandbox() {
      return sandbox;
    },
    notices: notices.list,
    words,
    onEvent: (listener) => events.subscribe(listener),
    runCommand: (command) => events.emit('app:command', { command }),
    preferences: () => settings.current.preferences,
    staffRole: () => access.roleNow(),
    async stop() {
      stopping = true;
      connectivity.stop();
      access.stop();
      await statusChecks.stop();
      await eventRuntime.stop();
      events.clear();
      await history.close();
      await sandbox?.stop();
    },
  };
}
