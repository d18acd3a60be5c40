import { LANGUAGE_NAMES, LANGUAGE_PREFERENCES, type LanguagePreference } from '../../../../shared/i18n/languages';
import { IDLE_LOCK_MINUTES } from '../../../../shared/settings';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { RECEIPT_PAPERS, type ReceiptPaper } from '../../../../shared/receipt-paper';
import { useWords } from '../../lib/i18n';
import { useState } from 'react';
import { Field } from '../../components/Field';
import { linkdesk, type Preferences, type SettingsView } from '../../lib/api';

const PAPER_NAMES: Record<ReceiptPaper, MessageKey> = {
  a4: 'settings.receiptPaperA4',
  letter: 'settings.receiptPaperLetter',
  'roll-80': 'settings.receiptPaperRoll80',
  'roll-58': 'settings.receiptPaperRoll58',
};

interface Props {
  preferences: Preferences;
  onSaved: (settings: SettingsView) => void;
}

export function PreferencesForm({ preferences, onSaved }: Props): React.JSX.Element {
  const { t } = useWords();
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
      setNote(t('settings.prefsSaved'));
      onSaved(result.data);
    } else {
      setNote(undefined);
      setErrors(result.error.fields ?? {});
    }
  }

  /** A language applies the moment it is picked: no Save, no restart. */
  async function chooseLanguage(language: LanguagePreference): Promise<void> {
    setDraft((d) => ({ ...d, language }));
    const result = await linkdesk.settings.setPreferences({ ...preferences, language });
    if (result.ok) onSaved(result.data);
  }

  return (
    <form className="stack" aria-label={t('settings.preferences')} noValidate onSubmit={(e) => void save(e)}>
      <div className="field narrow">
        <label htmlFor="pref-language">{t('settings.language')}</label>
        <select
          id="pref-language"
          value={draft.language}
          onChange={(e) => void chooseLanguage(e.target.value as LanguagePreference)}
        >
          {LANGUAGE_PREFERENCES.map((language) => (
            <option key={language} value={language}>
              {language === 'system' ? t('settings.languageSystem') : LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" checked={draft.sound} onChange={(e) => set('sound', e.target.checked)} />
        {t('settings.sound')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={draft.notifications} onChange={(e) => set('notifications', e.target.checked)} />
        {t('settings.notifications')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={draft.keypad} onChange={(e) => set('keypad', e.target.checked)} />
        {t('settings.keypad')}
      </label>
      <div className="grid-3">
        <Field
          label={t('settings.autoReturn')}
          type="number"
          min={0}
          max={600}
          value={draft.autoReturnSeconds}
          onChange={(e) => set('autoReturnSeconds', Number(e.target.value))}
          error={errors.autoReturnSeconds}
        />
        <Field
          label={t('settings.statusEvery')}
          type="number"
          min={2}
          max={30}
          value={draft.statusCheckSeconds}
          onChange={(e) => set('statusCheckSeconds', Number(e.target.value))}
          error={errors.statusCheckSeconds}
        />
        <Field
          label={t('settings.idleLock')}
          type="number"
          min={IDLE_LOCK_MINUTES.min}
          max={IDLE_LOCK_MINUTES.max}
          value={draft.idleLockMinutes}
          onChange={(e) => set('idleLockMinutes', Number(e.target.value))}
          error={errors.idleLockMinutes}
          hint={t('settings.idleLockHint')}
        />
        <div className="field">
          <label htmlFor="pref-theme">{t('settings.theme')}</label>
          <select
            id="pref-theme"
            value={draft.theme}
            onChange={(e) => set('theme', e.target.value as Preferences['theme'])}
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
            <option value="high-contrast">{t('settings.themeContrast')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="pref-receipt-paper">{t('settings.receiptPaper')}</label>
          <select
            id="pref-receipt-paper"
            value={draft.receiptPaper}
            onChange={(e) => set('receiptPaper', e.target.value as ReceiptPaper)}
          >
            {RECEIPT_PAPERS.map((paper) => (
              <option key={paper} value={paper}>
                {t(PAPER_NAMES[paper])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.savePrefs')}
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
