import { storedName, useWords } from '../../lib/i18n';
import { useState } from 'react';
import type { ProfileInput, SettingsView } from '../../lib/api';
import { ConnectionTest } from './ConnectionTest';
import { KeysForm } from './KeysForm';
import { PreferencesForm } from './PreferencesForm';
import { ProfileForm } from './ProfileForm';
import { StaffSection } from './StaffSection';
import { AuditSection } from './AuditSection';
import { EventSection } from './EventSection';
import type { StaffState } from '../../../../shared/staff';

interface Props {
  settings: SettingsView;
  onSaved: (settings: SettingsView) => void;
  /** The active profile's staff. */
  staff: StaffState;
}

const NEW_PROFILE: ProfileInput = {
  name: '',
  environment: { kind: 'ozura' },
  merchantId: '',
  merchantName: '',
  defaultCurrency: 'USD',
  donationPresets: ['5', '10', '20', '50'],
  stationName: '',
  appearance: {},
};

/** Profiles (one active), their keys, and the app's preferences. */
export function SettingsScreen({ settings, onSaved, staff }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [selectedId, setSelectedId] = useState<string>(settings.activeProfileId);
  const [note, setNote] = useState<string>();
  const selected = selectedId === 'new' ? undefined : settings.profiles.find((p) => p.id === selectedId);
  // The form edits the profile alone: its key status is the keys form's, and main refuses it in a profile.
  const editing: ProfileInput = selected ? withoutKeys(selected) : NEW_PROFILE;

  return (
    <div className="settings">
      <section className="card" aria-labelledby="profiles-title">
        <h1 id="profiles-title">{t('settings.profiles')}</h1>
        <div className="settings-layout">
          <ul className="profile-list" aria-label={t('settings.profiles')}>
            {settings.profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  className="profile-item"
                  aria-pressed={profile.id === selectedId}
                  onClick={() => setSelectedId(profile.id)}
                >
                  <span className="profile-name">{storedName(profile.name, words)}</span>
                  <span className="profile-meta">
                    {t(`settings.kind.${profile.environment.kind}`)}
                    {profile.id === settings.activeProfileId && ` · ${t('settings.active')}`}
                  </span>
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="profile-item add"
                aria-pressed={selectedId === 'new'}
                onClick={() => setSelectedId('new')}
              >
                {t('settings.addProfile')}
              </button>
            </li>
          </ul>
          <div className="profile-editor">
            <ProfileForm
              key={selected?.id ?? 'new'}
              profile={editing}
              canDelete={settings.profiles.length > 1}
              onSaved={(next, savedId, message) => {
                onSaved(next);
                setSelectedId(savedId ?? next.activeProfileId);
                setNote(message);
              }}
            />
            <p className="saved-note" role="status">
              {note}
            </p>
            {selected && selected.environment.kind !== 'sandbox' && (
              <section aria-labelledby="keys-title" className="subsection">
                <h2 id="keys-title">{t('settings.keys')}</h2>
                <KeysForm key={selected.id} profileId={selected.id} status={selected.keys} />
              </section>
            )}
            {selected && (
              <section aria-labelledby="connection-title" className="subsection">
                <h2 id="connection-title">{t('settings.connection')}</h2>
                <ConnectionTest key={selected.id} profileId={selected.id} />
              </section>
            )}
            {selected && (
              <section className="subsection">
                {selected.id === settings.activeProfileId ? (
                  <EventSection key={selected.id} profileId={selected.id} stationName={selected.stationName} />
                ) : (
                  <p className="hint">{t('event.activeOnly')}</p>
                )}
              </section>
            )}
          </div>
        </div>
      </section>
      <StaffSection staff={staff} />
      <section className="card" aria-labelledby="prefs-title">
        <h1 id="prefs-title">{t('settings.preferences')}</h1>
        <PreferencesForm preferences={settings.preferences} onSaved={onSaved} />
      </section>
      <AuditSection />
      {settings.encryption.weak && (
        <p className="notice" role="note">
          {t('settings.weakDesktop', { backend: settings.encryption.backend })}
        </p>
      )}
    </div>
  );
}

function withoutKeys({ keys: _keys, ...profile }: SettingsView['profiles'][number]): ProfileInput {
  return profile;
}
