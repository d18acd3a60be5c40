import { useState } from 'react';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Field } from '../../components/Field';
import { linkdesk, type Profile, type ProfileInput, type SettingsView } from '../../lib/api';
import { Alert } from '../../components/Alert';

interface Props {
  profile: ProfileInput;
  canDelete: boolean;
  /** `note` says what happened ("Profile saved"); the screen shows it. */
  onSaved: (settings: SettingsView, savedId: string | undefined, note: string) => void;
}

type EnvironmentKind = Profile['environment']['kind'];

/** Edits one profile: who the money goes to, where, and how sessions look. */
export function ProfileForm({ profile, canDelete, onSaved }: Props): React.JSX.Element {
  const [draft, setDraft] = useState(profile);
  const [baseUrl, setBaseUrl] = useState(profile.environment.kind === 'custom' ? profile.environment.baseUrl : '');
  const [presets, setPresets] = useState(profile.donationPresets.join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sandbox = draft.environment.kind === 'sandbox';

  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]): void =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'successUrl' | 'cancelUrl' | 'errorUrl', value: string): void =>
    setDraft((d) => {
      const next = { ...d };
      if (value.trim()) next[key] = value;
      else delete next[key];
      return next;
    });
  const setEnvironment = (kind: EnvironmentKind): void =>
    set('environment', kind === 'custom' ? { kind, baseUrl } : { kind });

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input: ProfileInput = {
      ...draft,
      ...(draft.environment.kind === 'custom' && { environment: { kind: 'custom', baseUrl } }),
      donationPresets: presets.split(/[,\s]+/).filter(Boolean),
    };
    const result = await linkdesk.settings.saveProfile(input);
    if (result.ok) {
      setErrors({});
      const saved = draft.id ?? result.data.profiles.at(-1)?.id;
      onSaved(result.data, saved, 'Profile saved');
    } else {
      setErrors(result.error.fields ?? { form: result.error.message });
    }
  }

  async function remove(): Promise<void> {
    if (!draft.id) return;
    const result = await linkdesk.settings.deleteProfile({ id: draft.id });
    if (result.ok) onSaved(result.data, undefined, 'Profile deleted');
    else setErrors({ form: result.error.message });
  }

  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate aria-label="Profile">
      <Alert message={errors.form} />
      <Field
        label="Profile name"
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
      />
      <fieldset className="choices">
        <legend>Environment</legend>
        {(
          [
            ['sandbox', 'Built-in sandbox (test mode, no account needed)'],
            ['ozura', 'Ozura (checkout.ozura.com)'],
            ['custom', 'Custom host (e.g. a staging host from Ozura)'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="environment"
              checked={draft.environment.kind === kind}
              onChange={() => setEnvironment(kind)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {draft.environment.kind === 'custom' && (
        <Field
          label="Base URL"
          placeholder="https://stag-checkout.example.com"
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
          error={errors['environment.baseUrl']}
          hint="https:// only, except http://127.0.0.1 or http://localhost"
        />
      )}
      <div className="grid-2">
        <Field
          label="Merchant ID"
          value={sandbox ? 'ozu_sandbox' : draft.merchantId}
          disabled={sandbox}
          onChange={(e) => set('merchantId', e.target.value)}
          error={errors.merchantId}
        />
        <Field
          label="Merchant name"
          value={draft.merchantName}
          onChange={(e) => set('merchantName', e.target.value)}
          error={errors.merchantName}
        />
      </div>
      <Field
        label="Success URL"
        placeholder={sandbox ? 'The sandbox’s own thank-you page' : 'https://your-shop.example/thanks'}
        value={draft.successUrl ?? ''}
        onChange={(e) => text('successUrl', e.target.value)}
        error={errors.successUrl}
        hint="Where the customer’s phone goes after paying. Absolute URL."
      />
      <div className="grid-2">
        <Field
          label="Cancel URL"
          placeholder={sandbox ? 'The sandbox’s own page' : 'https://your-shop.example'}
          value={draft.cancelUrl ?? ''}
          onChange={(e) => text('cancelUrl', e.target.value)}
          error={errors.cancelUrl}
        />
        <Field
          label="Error URL (optional)"
          placeholder="Ozura’s own error page"
          value={draft.errorUrl ?? ''}
          onChange={(e) => text('errorUrl', e.target.value)}
          error={errors.errorUrl}
        />
      </div>
      <div className="grid-3">
        <CurrencySelect
          label="Default currency"
          value={draft.defaultCurrency}
          onChange={(code) => set('defaultCurrency', code)}
        />
        <Field
          label="Donation presets"
          value={presets}
          onChange={(e) => setPresets(e.target.value)}
          error={errors.donationPresets ?? errors['donationPresets.0']}
          hint="e.g. 5, 10, 20, 50"
        />
        <Field
          label="Station name"
          value={draft.stationName}
          onChange={(e) => set('stationName', e.target.value)}
          error={errors.stationName}
          hint="e.g. Till 2, Gate B"
        />
      </div>
      <div className="grid-3">
        <Field
          label="Brand colour"
          placeholder="#4b3fc4"
          value={draft.appearance.primaryColor ?? ''}
          onChange={(e) =>
            set('appearance', {
              ...draft.appearance,
              ...(e.target.value ? { primaryColor: e.target.value } : { primaryColor: undefined }),
            })
          }
          error={errors['appearance.primaryColor']}
        />
        <Field
          label="Logo URL"
          placeholder="https://…/logo.png"
          value={draft.appearance.logoUrl ?? ''}
          onChange={(e) =>
            set('appearance', {
              ...draft.appearance,
              ...(e.target.value ? { logoUrl: e.target.value } : { logoUrl: undefined }),
            })
          }
          error={errors['appearance.logoUrl']}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save profile
        </button>
        {canDelete && draft.id && (
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete profile
          </button>
        )}
      </div>
    </form>
  );
}
