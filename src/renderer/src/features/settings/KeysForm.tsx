import { useWords } from '../../lib/i18n';
import { useState } from 'react';
import { Field } from '../../components/Field';
import { linkdesk, type KeyStatus } from '../../lib/api';
import { Alert } from '../../components/Alert';

interface Props {
  profileId: string;
  status: KeyStatus;
}

/** Write-only key entry: the keys go to main and never come back; only a masked hint does. */
export function KeysForm({ profileId, status }: Props): React.JSX.Element {
  const { t } = useWords();
  const [apiKey, setApiKey] = useState('');
  const [merchantKey, setMerchantKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState<string>();
  const [note, setNote] = useState<string>();

  async function save(allowWeakEncryption: boolean): Promise<void> {
    const result = await linkdesk.settings.setCredentials({
      profileId,
      apiKey,
      merchantKey,
      ...(allowWeakEncryption && { allowWeakEncryption }),
    });
    if (result.ok) {
      setApiKey('');
      setMerchantKey('');
      setErrors({});
      setConsent(undefined);
      setNote(t('settings.keysSaved'));
    } else if (result.error.code === 'needs-consent') {
      setConsent(result.error.message);
    } else {
      setErrors(result.error.fields ?? { form: result.error.message });
    }
  }

  async function clear(): Promise<void> {
    const result = await linkdesk.settings.clearCredentials({ id: profileId });
    setNote(result.ok ? t('settings.keysRemoved') : result.error.message);
  }

  return (
    <form
      className="stack"
      aria-label={t('settings.keys')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <p className="key-status" role="status">
        {status.configured
          ? t('settings.keysHint', { vault: status.apiKeyHint ?? '', merchant: status.merchantKeyHint ?? '' })
          : t('settings.noKeys')}
        {status.weaklyProtected && ` ${t('settings.weakStored')}`}
      </p>
      <Alert message={errors.form} />
      <div className="grid-2">
        <Field
          label={t('settings.vaultKey')}
          type="password"
          autoComplete="off"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          error={errors.apiKey}
        />
        <Field
          label={t('settings.merchantKey')}
          type="password"
          autoComplete="off"
          value={merchantKey}
          onChange={(e) => setMerchantKey(e.target.value)}
          error={errors.merchantKey}
        />
      </div>
      {consent && (
        <div className="alert" role="alertdialog" aria-label={t('settings.storeWeakQuestion')}>
          <p>{consent}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void save(true)}>
              {t('settings.storeAnyway')}
            </button>
            <button type="button" className="secondary" onClick={() => setConsent(undefined)}>
              {t('settings.dontStore')}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.saveKeys')}
        </button>
        {status.configured && (
          <button type="button" className="secondary" onClick={() => void clear()}>
            {t('settings.removeKeys')}
          </button>
        )}
        {note && <span className="saved-note">{note}</span>}
      </div>
    </form>
  );
}
