import { useEffect, useState } from 'react';
import { AppHeader } from './features/app/AppHeader';
import { useAppInfo } from './features/app/useAppInfo';
import { AmountForm } from './features/builder/AmountForm';
import { ShareScreen } from './features/share/ShareScreen';
import { useLiveSession } from './features/share/useLiveSession';
import type { SessionRecord } from './lib/api';

export function App(): React.JSX.Element {
  const info = useAppInfo();
  const [created, setCreated] = useState<SessionRecord>();
  const session = useLiveSession(created);

  useEffect(() => {
    document.title = session ? 'Linkdesk · Share' : 'Linkdesk · New sale';
  }, [session]);

  return (
    <div className="app">
      <AppHeader info={info} />
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
        {session ? (
          <ShareScreen key={session.id} session={session} onNewSale={() => setCreated(undefined)} />
        ) : (
          <AmountForm
            defaultCurrency={info.state === 'ready' ? info.data.defaultCurrency : 'USD'}
            onCreated={setCreated}
          />
        )}
      </main>
    </div>
  );
}
