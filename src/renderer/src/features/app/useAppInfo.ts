import { useEffect, useState } from 'react';
import { linkdesk, type AppInfo } from '../../lib/api';

export type AppInfoState =
  { state: 'loading' } | { state: 'ready'; data: AppInfo } | { state: 'error'; message: string };

/** Which environment and merchant the app runs as; asked once at start. */
export function useAppInfo(): AppInfoState {
  const [info, setInfo] = useState<AppInfoState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void linkdesk.app.getInfo().then((result) => {
      if (!live) return;
      setInfo(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
