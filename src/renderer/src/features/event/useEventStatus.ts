import { useEffect, useState } from 'react';
import type { EventStatus } from '../../../../shared/event';
import { linkdesk } from '../../lib/api';

/**
 * The active profile's event and how its sync goes, kept current by main's pushes (#21):
 * undefined until main has answered, null when the profile has joined no event.
 */
export function useEventStatus(): [EventStatus | null | undefined, (status: EventStatus | null) => void] {
  const [status, setStatus] = useState<EventStatus | null>();
  useEffect(() => {
    let current = true;
    void linkdesk.event.get().then((answer) => {
      if (current && answer.ok) setStatus(answer.data);
    });
    const off = linkdesk.event.onChanged(setStatus);
    return () => {
      current = false;
      off();
    };
  }, []);
  return [status, setStatus];
}
