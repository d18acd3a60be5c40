import { useWords, type Translator } from '../../lib/i18n';
import { decimalMarkOf, readTypedAmount } from '../../../../shared/i18n/typed-amount';
import { useState } from 'react';
import { CurrencySelect } from '../../components/CurrencySelect';
import { SettingsGroup } from './SettingsGroup';
import { Field } from '../../components/Field';
import { linkdesk, type Profile, type ProfileInput, type SettingsView } from '../../lib/api';
import { Alert } from '../../components/Alert';
import { TippingFields } from './TippingFields';
import { LogoPreview } from './LogoPreview';
import { MAX_IMAGE_BYTES } from '../../../../shared/limits';

interface Props {
  profile: ProfileInput;
  canDelete: boolean;
  /** `note` says what happened ("Profile saved"); the screen shows it. */
  onSaved: (settings: SettingsView, savedId: string | undefined, note: string) => void;
}

type EnvironmentKind = Profile['environment']['kind'];

/** Edits one profile: who the money goes to, where, and how sessions look. */
export function ProfileForm({ profile, canDelete, onSaved }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [draft, setDraft] = useState(profile);
  const [baseUrl, setBaseUrl] = useState(profile.environment.kind === 'custom' ? profile.environment.baseUrl : '');
  const presetList = presetListFor(words);
  const [presets, setPresets] = useState(() => presetList.show(profile.donationPresets));
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
      donationPresets: presetList.read(presets),
    };
    const result = await linkdesk.settings.saveProfile(input);
    if (result.ok) {
      setErrors({});
      const saved = draft.id ?? result.data.profiles.at(-1)?.id;
      onSaved(result.data, saved, t('settings.profileSaved'));
    } else {
      setErrors(result.error.fields ?? { form: result.error.message });
    }
  }

  async function remove(): Promise<void> {
    if (!draft.id) return;
    const result = await linkdesk.settings.deleteProfile({ id: draft.id });
    if (result.ok) onSaved(result.data, undefined, t('settings.profileDeleted'));
    else setErrors({ form: result.error.message });
  }

  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate aria-label={t('settings.profile')}>
      <Alert message={errors.form} />
      <SettingsGroup title={t('settings.group.account')}>
        <Field
          label={t('settings.profileName')}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
        />
        <fieldset className="choices">
          <legend>{t('detail.environment')}</legend>
          {(
            [
              ['sandbox', 'settings.envSandbox'],
              ['ozura', 'settings.envOzura'],
              ['custom', 'settings.envCustom'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="environment"
                checked={draft.environment.kind === kind}
                onChange={() => setEnvironment(kind)}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {draft.environment.kind === 'custom' && (
          <Field
            label={t('settings.baseUrl')}
            placeholder="https://stag-checkout.example.com"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            error={errors['environment.baseUrl']}
            hint={t('settings.baseUrlHint')}
          />
        )}
        <div className="grid-2">
          <Field
            label={t('settings.merchantId')}
            value={sandbox ? 'ozu_sandbox' : draft.merchantId}
            disabled={sandbox}
            onChange={(e) => set('merchantId', e.target.value)}
            error={errors.merchantId}
          />
          <Field
            label={t('settings.merchantName')}
            value={draft.merchantName}
            onChange={(e) => set('merchantName', e.target.value)}
            error={errors.merchantName}
          />
        </div>
      </SettingsGroup>
      <SettingsGroup title={t('settings.group.redirects')} hint={t('settings.group.redirectsHint')}>
        <Field
          label={t('options.successUrl')}
          placeholder={sandbox ? t('settings.sandboxThanks') : 'https://your-shop.example/thanks'}
          value={draft.successUrl ?? ''}
          onChange={(e) => text('successUrl', e.target.value)}
          error={errors.successUrl}
          hint={t('settings.successHint')}
        />
        <div className="grid-2">
          <Field
            label={t('options.cancelUrl')}
            placeholder={sandbox ? t('settings.sandboxPage') : 'https://your-shop.example'}
            value={draft.cancelUrl ?? ''}
            onChange={(e) => text('cancelUrl', e.target.value)}
            error={errors.cancelUrl}
          />
          <Field
            label={t('settings.errorUrl')}
            placeholder={t('settings.ozuraErrorPage')}
            value={draft.errorUrl ?? ''}
            onChange={(e) => text('errorUrl', e.target.value)}
            error={errors.errorUrl}
          />
        </div>
      </SettingsGroup>
      <SettingsGroup title={t('settings.group.station')}>
        <div className="grid-2">
          <CurrencySelect
            label={t('settings.defaultCurrency')}
            value={draft.defaultCurrency}
            onChange={(code) => set('defaultCurrency', code)}
          />
          <Field
            label={t('settings.station')}
            value={draft.stationName}
            onChange={(e) => set('stationName', e.target.value)}
            error={errors.stationName}
            hint={t('settings.stationHint')}
          />
        </div>
      </SettingsGroup>
      <SettingsGroup title={t('settings.group.donations')}>
        <Field
          label={t('settings.presets')}
          value={presets}
          onChange={(e) => setPresets(e.target.value)}
          error={errors.donationPresets ?? errors['donationPresets.0']}
          hint={t('settings.presetsHint', { example: presetList.show(['5', '10', '20', '50']) })}
        />
      </SettingsGroup>
      <TippingFields tipping={draft.tipping} onChange={(tipping) => set('tipping', tipping)} errors={errors} />
      <SettingsGroup title={t('settings.group.appearance')} hint={t('settings.group.appearanceHint')}>
        <div className="grid-2">
          <Field
            label={t('settings.brandColour')}
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
            label={t('settings.logoUrl')}
            placeholder="https://…/logo.png"
            value={draft.appearance.logoUrl ?? ''}
            onChange={(e) =>
              set('appearance', {
                ...draft.appearance,
                ...(e.target.value ? { logoUrl: e.target.value } : { logoUrl: undefined }),
              })
            }
            error={errors['appearance.logoUrl']}
            hint={t('settings.logoHint', { kb: MAX_IMAGE_BYTES / 1024 })}
          />
        </div>
        <LogoPreview profileId={profile.id} logoUrl={profile.appearance.logoUrl} />
      </SettingsGroup>
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.saveProfile')}
        </button>
        {canDelete && draft.id && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('settings.deleteProfile')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Donation presets as one line of text in the staff's locale: "5, 10, 12.50" in English,
 * "5; 10; 12,50" where the decimal mark is a comma (so the comma cannot split "12,50").
 */
function presetListFor(words: Translator): { show: (presets: string[]) => string; read: (text: string) => string[] } {
  const comma = decimalMarkOf(words.locale) === ',';
  const separator = comma ? '; ' : ', ';
  return {
    show: (presets) => presets.map((preset) => (comma ? preset.replace('.', ',') : preset)).join(separator),
    read: (text) =>
      text
        .split(comma ? /[;\s]+/ : /[,\s]+/)
        .filter(Boolean)
        .map((typed) => {
          const read = readTypedAmount(typed, words.locale, 2);
          return read.ok ? read.decimal : typed;
        }),
  };
}
