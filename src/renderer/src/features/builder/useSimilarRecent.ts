import { useEffect, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';

/** Sessions of this amount made in the last few minutes that are pending or paid (a possible double charge). */
export function useSimilarRecent(currency: string, amountMinor: number | undefined): SessionRecord[] {
  const [similar, setSimilar] = useState<SessionRecord[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (!amountMinor) {
        setSimilar([]);
        return;
      }
      void linkdesk.sessions.similarRecent({ currency, amountMinor }).then((result) => {
        if (live) setSimilar(result.ok ? result.data : []);
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [currency, amountMinor]);
  return similar;
}
