import { useState } from 'react';
import { Field } from '../../components/Field';
import { linkdesk, type Preferences, type SettingsView } from '../../lib/api';

interface Props {
  preferences: Preferences;
  onSaved: (settings: SettingsView) => void;
}

export function PreferencesForm({ preferences, onSaved }: Props): React.JSX.Element {
  const [draft, setDraft] = useState(preferences);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string>();
  const set = <K extends keyof Preferences>(key: K, value: Preferences[K]): void =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const result = await linkdesk.settings.setPreferences(draft);
    if (result.ok) {
      setErrors({});
      setNote('Preferences saved');
      onSaved(result.data);
    } else {
      setNote(undefined);
      setErrors(result.error.fields ?? {});
    }
  }

  return (
    <form className="stack" aria-label="Preferences" noValidate onSubmit={(e) => void save(e)}>
      <label className="choice">
        <input type="checkbox" checked={draft.sound} onChange={(e) => set('sound', e.target.checked)} />
        Play a sound when a payment completes or fails
      </label>
      <label className="choice">
        <input type="checkbox" checked={draft.notifications} onChange={(e) => set('notifications', e.target.checked)} />
        Show a system notification for outcomes
      </label>
      <div className="grid-3">
        <Field
          label="Back to a new sale after (seconds, 0 = stay)"
          type="number"
          min={0}
          max={600}
          value={draft.autoReturnSeconds}
          onChange={(e) => set('autoReturnSeconds', Number(e.target.value))}
          error={errors.autoReturnSeconds}
        />
        <Field
          label="Check the status every (seconds)"
          type="number"
          min={2}
          max={30}
          value={draft.statusCheckSeconds}
          onChange={(e) => set('statusCheckSeconds', Number(e.target.value))}
          error={errors.statusCheckSeconds}
        />
        <div className="field">
          <label htmlFor="pref-theme">Theme</label>
          <select
            id="pref-theme"
            value={draft.theme}
            onChange={(e) => set('theme', e.target.value as Preferences['theme'])}
          >
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast (outdoors)</option>
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save preferences
        </button>
        {note && (
          <span className="saved-note" role="status">
            {note}
          </span>
        )}
      </div>
    </form>
  );
}
