import { useEffect, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';

/** The session on screen, kept current by `sessions:changed` pushes from main. */
export function useLiveSession(initial: SessionRecord | undefined): SessionRecord | undefined {
  const [session, setSession] = useState(initial);
  useEffect(() => {
    setSession(initial);
    if (!initial) return undefined;
    return linkdesk.sessions.onChanged((changed) => {
      if (changed.id === initial.id) setSession(changed);
    });
  }, [initial]);
  return session;
}
