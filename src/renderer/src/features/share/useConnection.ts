import { useEffect, useState } from 'react';
import { linkdesk } from '../../lib/api';

/** Whether main's checks of this session are failing (offline, 5xx, 429), and what it said. */
export function useConnection(sessionId: string): { retrying: boolean; message?: string; retryInMs?: number } {
  const [state, setState] = useState<{ retrying: boolean; message?: string; retryInMs?: number }>({ retrying: false });
  useEffect(
    () =>
      linkdesk.sessions.onWatchState((event) => {
        if (event.sessionId !== sessionId) return;
        setState(
          event.connection === 'ok'
            ? { retrying: false }
            : {
                retrying: true,
                ...(event.message && { message: event.message }),
                ...(event.retryInMs !== undefined && { retryInMs: event.retryInMs }),
              },
        );
      }),
    [sessionId],
  );
  return state;
}
