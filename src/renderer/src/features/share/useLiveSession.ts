import { useEffect, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';

/** The session on screen, kept current by `sessions:changed` pushes from main. */
export function useLiveSession(shown: SessionRecord | undefined): SessionRecord | undefined {
  const [latest, setLatest] = useState<SessionRecord>();
  const id = shown?.id;
  useEffect(() => {
    if (!id) return undefined;
    return linkdesk.sessions.onChanged((changed) => {
      if (changed.id === id) setLatest(changed);
    });
  }, [id]);
  return latest && latest.id === id ? latest : shown;
}
