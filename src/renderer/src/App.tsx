import { useCallback, useEffect, useState } from 'react';
import { AppHeader, type Screen } from './features/app/AppHeader';
import { useAppInfo } from './features/app/useAppInfo';
import { BuilderScreen } from './features/builder/BuilderScreen';
import { HistoryScreen } from './features/history/HistoryScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { useSettings } from './features/settings/useSettings';
import { ShareScreen } from './features/share/ShareScreen';
import { useLiveSession } from './features/share/useLiveSession';
import type { SessionRecord } from './lib/api';

export function App(): React.JSX.Element {
  const info = useAppInfo();
  const { settings, replace: replaceSettings } = useSettings();
  const [screen, setScreen] = useState<Screen>('sale');
  const [privacy, setPrivacy] = useState(false);
  const [created, setCreated] = useState<SessionRecord>();
  const session = useLiveSession(created);
  const active = info.state === 'ready' ? info.data.active : undefined;
  const clearSale = useCallback(() => setCreated(undefined), []);

  const theme = settings?.preferences.theme ?? 'system';
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.title =
      screen === 'settings' ? 'Linkdesk · Settings' : session ? 'Linkdesk · Share' : 'Linkdesk · New sale';
  }, [screen, session]);

  return (
    <div className="app">
      <AppHeader
        info={info}
        settings={settings}
        screen={screen}
        onNavigate={setScreen}
        privacy={privacy}
        onPrivacy={setPrivacy}
      />
      <main className="content">
        {info.state === 'error' && (
          <p className="alert" role="alert">
            {info.message}
          </p>
        )}
        {info.state === 'ready' &&
          info.data.notices.map((notice) => (
            <p key={notice} className="notice" role="status">
              {notice}
            </p>
          ))}
        {screen === 'history' ? (
          <HistoryScreen
            hidden={privacy}
            onReissued={(record) => {
              setCreated(record);
              setScreen('sale');
            }}
          />
        ) : screen === 'settings' && settings ? (
          <SettingsScreen settings={settings} onSaved={replaceSettings} />
        ) : session ? (
          <ShareScreen
            key={session.id}
            session={session}
            preferences={settings?.preferences ?? { sound: false, autoReturnSeconds: 0 }}
            onNewSale={clearSale}
            onReissued={setCreated}
          />
        ) : active ? (
          <>
            {active.blocker && (
              <p className="notice" role="status">
                {active.blocker}{' '}
                <button type="button" className="link-button" onClick={() => setScreen('settings')}>
                  Open Settings
                </button>
              </p>
            )}
            <BuilderScreen
              key={active.profileId}
              active={active}
              disabled={Boolean(active.blocker)}
              onCreated={setCreated}
            />
          </>
        ) : null}
      </main>
    </div>
  );
}
