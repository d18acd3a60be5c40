import { useEffect, useState } from 'react';

/** Milliseconds left until `isoTime`, updated every second. */
export function useCountdown(isoTime: string): number {
  const target = Date.parse(isoTime);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, target - now);
}
