import { useEffect, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { CustomerView } from '../share/CustomerView';

/** The customer window: only the session the staff window shows, as the customer may see it. */
export function CustomerApp(): React.JSX.Element {
  const [session, setSession] = useState<SessionRecord | undefined>();
  useEffect(() => {
    let live = true;
    void linkdesk.display.get().then((result) => {
      if (live && result.ok) setSession(result.data.session ?? undefined);
    });
    const offDisplay = linkdesk.display.onChanged(({ session: shown }) => setSession(shown ?? undefined));
    return () => {
      live = false;
      offDisplay();
    };
  }, []);
  useEffect(() => {
    document.title = 'Linkdesk · Customer';
  }, []);
  return (
    <main className="customer-app">
      <CustomerView session={session} />
    </main>
  );
}
