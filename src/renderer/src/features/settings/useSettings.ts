import { useEffect, useState } from 'react';
import { linkdesk, type SettingsView } from '../../lib/api';

/** Profiles, key status and preferences; kept current by `settings:changed`. */
export function useSettings(): { settings?: SettingsView; error?: string; replace: (next: SettingsView) => void } {
  const [settings, setSettings] = useState<SettingsView>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void linkdesk.settings.get().then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.data);
      else setError(result.error.message);
    });
    const unsubscribe = linkdesk.settings.onChanged(setSettings);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { settings, error, replace: setSettings };
}
