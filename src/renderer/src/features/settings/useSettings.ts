import { useEffect, useState } from 'react';
import { linkdesk, type SettingsView } from '../../lib/api';

/**
 * Profiles, key status and preferences; kept current by `settings:changed`, and asked again
 * when someone else signs in (main answers no one while the counter is locked).
 */
export function useSettings(signedInId?: string): {
  settings?: SettingsView;
  error?: string;
  replace: (next: SettingsView) => void;
} {
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
  }, [signedInId]);
  return { settings, error, replace: setSettings };
}
