import { useEffect, useRef } from 'react';

/**
 * Runs `act` each time `requests` goes up while the caller is on screen: how a shortcut or a
 * menu command given in the app reaches the screen that carries it out, so it behaves exactly
 * like the screen's own button. The count the caller mounted with is already answered.
 */
export function useRequested(requests: number, act: () => void): void {
  const answered = useRef(requests);
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    if (requests === answered.current) return;
    answered.current = requests;
    latest.current();
  }, [requests]);
}
