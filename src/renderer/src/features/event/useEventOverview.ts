import { useEffect, useState } from 'react';
import type { EventOverview } from '../../../../shared/event';
import { linkdesk } from '../../lib/api';

/**
 * The organiser's picture of its event, asked again whenever main says the event moved on (at
 * most every EVENT_PUSH_INTERVAL_MS): undefined until main has answered, null when this profile
 * organises none. `follow` false asks nothing (a station).
 */
export function useEventOverview(follow = true): EventOverview | null | undefined {
  const [overview, setOverview] = useState<EventOverview | null>();
  useEffect(() => {
    if (!follow) return;
    let current = true;
    let asking = false;
    let again = false;
    // One question in flight at a time; a push meanwhile asks once more after it.
    const ask = async (): Promise<void> => {
      if (asking) return void (again = true);
      asking = true;
      const answer = await linkdesk.event.overview();
      asking = false;
      if (current && answer.ok) setOverview(answer.data);
      if (again && current) {
        again = false;
        void ask();
      }
    };
    void ask();
    const off = linkdesk.event.onChanged(() => void ask());
    return () => {
      current = false;
      off();
    };
  }, [follow]);
  return overview;
}
