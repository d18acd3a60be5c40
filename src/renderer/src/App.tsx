import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { AppHeader, type Screen } from './features/app/AppHeader';
import { CheatSheet } from './features/app/CheatSheet';
import { finishTour, FirstRunTour } from './features/app/FirstRunTour';
import { useShortcuts } from './features/app/useShortcuts';
import { EventLine } from './features/event/EventLine';
import { useEventStatus } from './features/event/useEventStatus';
import { useAppInfo, type AppInfoState } from './features/app/useAppInfo';
import { useWords, WordsProvider } from './lib/i18n';
import { BuilderScreen } from './features/builder/BuilderScreen';
import { useSettings } from './features/settings/useSettings';
import { ShareScreen } from './features/share/ShareScreen';
import { useLiveSession } from './features/share/useLiveSession';
import { useSetAside } from './features/share/useSetAside';
import { SetAsideNotices } from './features/share/SetAsideNotices';
import type { SessionRecord } from './lib/api';
import { Alert } from './components/Alert';
import { SANDBOX_LABEL } from '../../shared/settings';
import { linkdesk } from './lib/api';
import { roleOf, useActivityPings } from './features/staff/access';
import { SignInScreen } from './features/staff/SignInScreen';
import { CounterProvider } from './lib/role';

// Screens not needed to take the first payment load after the builder is up (see `preloadScreens`),
// so the builder is ready sooner.
const screenModules = {
  history: () => import('./features/history/HistoryScreen'),
  links: () => import('./features/links/LinksScreen'),
  settings: () => import('./features/settings/SettingsScreen'),
};
const HistoryScreen = lazy(() => screenModules.history().then((m) => ({ default: m.HistoryScreen })));
const LinksScreen = lazy(() => screenModules.links().then((m) => ({ default: m.LinksScreen })));
const SettingsScreen = lazy(() => screenModules.settings().then((m) => ({ default: m.SettingsScreen })));
// Only an event's organiser opens it: not fetched ahead for every counter.
const EventScreen = lazy(() => import('./features/event/EventScreen').then((m) => ({ default: m.EventScreen })));

const SCREEN_TITLES = { history: 'title.history', links: 'title.links', settings: 'title.settings' } as const;

/** Fetches the other screens while the clerk is still on the first one, so switching never waits. */
function preloadScreens(): void {
  for (const load of Object.values(screenModules)) void load();
}

/** Speaks the language main says the staff use; it changes the moment the preference does. */
export function App(): React.JSX.Element {
  const info = useAppInfo();
  const language = info.state === 'ready' ? info.data : { language: 'en' as const, locale: 'en' };
  return (
    <WordsProvider language={language.language} locale={language.locale}>
      <Counter info={info} />
    </WordsProvider>
  );
}

function Counter({ info }: { info: AppInfoState }): React.JSX.Element {
  const { t } = useWords();
  const staff = info.state === 'ready' ? info.data.staff : undefined;
  const role = roleOf(staff);
  const manager = role === 'manager';
  // Nothing of the sale, history or totals while locked; the sale on screen is still watched.
  const locked = role === null;
  useActivityPings(Boolean(staff?.signedIn));
  const { settings, replace: replaceSettings } = useSettings(staff?.signedIn?.id);
  const [chosenScreen, setScreen] = useState<Screen>('sale');
  const [event] = useEventStatus();
  const organiser = event?.membership.role === 'organiser';
  // A clerk is never on a manager's screen (after a manager hands over to a clerk); an organiser makes no links.
  const screen: Screen =
    (chosenScreen === 'settings' && !manager) || (chosenScreen === 'links' && organiser) ? 'sale' : chosenScreen;
  const [privacy, setPrivacy] = useState(false);
  const [customerView, setCustomerView] = useState(false);
  const [cheatSheet, setCheatSheet] = useState(false);
  const [searchFocus, setSearchFocus] = useState(0);
  const [created, setCreated] = useState<SessionRecord>();
  /** Goes up each time the copy-link command is given (shortcut or menu). */
  const [copyRequests, setCopyRequests] = useState(0);
  /** Goes up each time R asks for the paid sale's receipt. */
  const [receiptRequests, setReceiptRequests] = useState(0);
  const [linkId, setLinkId] = useState<string>();
  /** A search the History screen opens with (a link's sessions); the header's History clears it. */
  const [historySearch, setHistorySearch] = useState<string>();
  const navigate = useCallback((target: Screen) => {
    if (target === 'history') setHistorySearch(undefined);
    setScreen(target);
  }, []);
  const session = useLiveSession(created);
  const active = info.state === 'ready' ? info.data.active : undefined;
  const clearSale = useCallback(() => setCreated(undefined), []);
  const { sales: setAsideSales, setAside: keepAside, forget: forgetAside } = useSetAside();
  // A waiting sale left for a new one is set aside, however the new sale was asked for.
  const setAside = useCallback(
    (waiting: SessionRecord) => {
      keepAside(waiting);
      setCustomerView(false);
      setCreated(undefined);
    },
    [keepAside],
  );
  const showSale = (shown: SessionRecord): void => {
    forgetAside(shown.id);
    setCustomerView(false);
    setCreated(shown);
    setScreen('sale');
  };

  useShortcuts((command) => {
    if (command === 'lock') return void linkdesk.staff.lock();
    if (locked) return;
    switch (command) {
      case 'new-sale':
        if (session?.status === 'pending') setAside(session);
        setCustomerView(false);
        setCreated(undefined);
        return setScreen('sale');
      case 'copy-link':
        // The share screen copies it, so the shortcut and the menu say "Link copied" as its button does.
        if (screen === 'sale' && session?.status === 'pending') setCopyRequests((n) => n + 1);
        return;
      case 'print-receipt':
        if (screen === 'sale' && session?.status === 'completed') setReceiptRequests((n) => n + 1);
        return;
      case 'customer-view':
        if (screen === 'sale' && session) setCustomerView((on) => !on);
        return;
      case 'history':
        return navigate('history');
      case 'links':
        return navigate('links');
      case 'search-history':
        navigate('history');
        return setSearchFocus((n) => n + 1);
      case 'settings':
        if (manager) setScreen('settings');
        return;
      case 'cheat-sheet':
        return setCheatSheet(true);
      case 'back':
        if (cheatSheet) return setCheatSheet(false);
        if (customerView) return setCustomerView(false);
        return setScreen('sale');
    }
  });

  useEffect(() => {
    const timer = setTimeout(preloadScreens, 300);
    return () => clearTimeout(timer);
  }, []);

  // A paid test sale is what the tour teaches: once there is one, the tour is not shown again.
  const paidTestSale = [session, ...setAsideSales.map((s) => s.session)].some(
    (sale) => sale?.status === 'completed' && sale.environment === SANDBOX_LABEL,
  );
  useEffect(() => {
    if (paidTestSale) finishTour();
  }, [paidTestSale]);

  const theme = info.state === 'ready' ? info.data.theme : 'system';
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Every screen change starts at the top: a long cart scrolled down to Create must not leave
  // the share screen's amount and QR above the window (#18). Before paint, so it never flickers.
  const view = `${screen}:${created?.id ?? ''}:${String(customerView)}`;
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [view]);

  useEffect(() => {
    const title = locked
      ? t('title.signIn')
      : screen !== 'sale'
        ? t(SCREEN_TITLES[screen])
        : organiser
          ? t('nav.event')
          : t(session ? 'title.share' : 'title.sale');
    document.title = `Linkdesk · ${title}`;
  }, [screen, session, t, locked, organiser]);

  if (locked && staff) {
    return (
      <div className="app">
        <header className="app-header">
          <span className="brand">Linkdesk</span>
        </header>
        <main className="content">
          <SignInScreen key={staff.lastMemberId ?? ''} staff={staff} />
        </main>
      </div>
    );
  }

  return (
    <CounterProvider value={{ manager, staffOn: Boolean(staff?.enabled), members: staff?.members ?? [], organiser }}>
      <div className="app">
        <AppHeader
          info={info}
          settings={settings}
          screen={screen}
          onNavigate={navigate}
          privacy={privacy}
          onPrivacy={setPrivacy}
          staff={staff}
          organiser={organiser}
        />
        <main className="content">
          <Alert message={info.state === 'error' ? info.message : undefined} />
          {info.state === 'ready' &&
            info.data.notices.map((notice) => (
              <p key={notice} className="notice" role="status">
                {notice}
              </p>
            ))}
          <EventLine />
          <SetAsideNotices sales={setAsideSales} onShow={showSale} onDismiss={forgetAside} privacy={privacy} />
          {active?.offline && (
            <p className="alert offline-banner" role="alert">
              {t('app.offline', { problem: active.offline })}
            </p>
          )}
          <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
            {screen === 'history' ? (
              <HistoryScreen
                key={historySearch ?? ''}
                hidden={privacy}
                focusSearch={searchFocus}
                initialSearch={historySearch}
                onReissued={(record) => {
                  setCreated(record);
                  setScreen('sale');
                }}
              />
            ) : screen === 'links' ? (
              <LinksScreen
                selectedId={linkId}
                onSelect={setLinkId}
                onNewSale={() => setScreen('sale')}
                onShowSessions={(id) => {
                  setHistorySearch(id);
                  setScreen('history');
                }}
              />
            ) : screen === 'settings' && settings && staff ? (
              <SettingsScreen settings={settings} onSaved={replaceSettings} staff={staff} />
            ) : organiser ? (
              <EventScreen hidden={privacy} onSearch={() => navigate('history')} />
            ) : session ? (
              <ShareScreen
                key={session.id}
                session={session}
                customerView={customerView}
                onCustomerView={setCustomerView}
                preferences={settings?.preferences ?? { sound: false, autoReturnSeconds: 0 }}
                onNewSale={clearSale}
                onSetAside={setAside}
                onReissued={setCreated}
                copyRequests={copyRequests}
                receiptRequests={receiptRequests}
              />
            ) : active ? (
              <>
                {active.blocker && (
                  <p className="notice" role="status">
                    {active.blocker}{' '}
                    <button type="button" className="link-button" onClick={() => setScreen('settings')}>
                      {t('app.openSettings')}
                    </button>
                  </p>
                )}
                {active.environment.kind === 'sandbox' && (
                  <FirstRunTour finished={paidTestSale} onOpenSettings={() => setScreen('settings')} />
                )}
                <BuilderScreen
                  key={active.profileId}
                  active={active}
                  disabled={Boolean(active.blocker ?? active.offline)}
                  keypad={settings?.preferences.keypad ?? false}
                  onCreated={setCreated}
                  onLinkCreated={(link) => {
                    setLinkId(link.id);
                    setScreen('links');
                  }}
                />
              </>
            ) : null}
          </Suspense>
        </main>
        {cheatSheet && <CheatSheet onClose={() => setCheatSheet(false)} />}
      </div>
    </CounterProvider>
  );
}
