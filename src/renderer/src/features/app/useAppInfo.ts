import { useEffect, useState } from 'react';
import { linkdesk, type AppInfo } from '../../lib/api';

export type AppInfoState =
  { state: 'loading' } | { state: 'ready'; data: AppInfo } | { state: 'error'; message: string };

/** The active profile and environment; asked at start, then pushed by main on every change. */
export function useAppInfo(): AppInfoState {
  const [info, setInfo] = useState<AppInfoState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void linkdesk.app.getInfo().then((result) => {
      if (!live) return;
      setInfo(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.error.message });
    });
    const unsubscribe = linkdesk.app.onChanged((data) => setInfo({ state: 'ready', data }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return info;
}
