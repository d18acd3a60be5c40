import { useWords } from '../../lib/i18n';
import { Field } from '../../components/Field';
import type { PanelProps } from './panel-props';

/** Per-session overrides of the profile's URLs, and the API's optional fields. */
export function MoreOptions({ draft, update, errors }: PanelProps): React.JSX.Element {
  const { t } = useWords();
  const set = (key: 'successUrl' | 'cancelUrl' | 'errorUrl' | 'surchargePercent', value: string): void =>
    update((d) => ({ ...d, options: { ...d.options, [key]: value } }));
  const open = Object.keys(errors).some((k) => k.startsWith('options.') || k === 'note');
  return (
    <details className="more-options" open={open || undefined}>
      <summary>{t('options.summary')}</summary>
      <div className="stack">
        <p className="hint">{t('options.urlHint')}</p>
        <div className="grid-3">
          <Field
            label={t('options.successUrl')}
            value={draft.options.successUrl}
            onChange={(e) => set('successUrl', e.target.value)}
            error={errors['options.successUrl']}
          />
          <Field
            label={t('options.cancelUrl')}
            value={draft.options.cancelUrl}
            onChange={(e) => set('cancelUrl', e.target.value)}
            error={errors['options.cancelUrl']}
          />
          <Field
            label={t('options.errorUrl')}
            value={draft.options.errorUrl}
            onChange={(e) => set('errorUrl', e.target.value)}
            error={errors['options.errorUrl']}
          />
        </div>
        <div className="grid-3">
          <Field
            label={t('options.surcharge')}
            inputMode="decimal"
            placeholder={t('options.surchargePlaceholder', { max: 3 })}
            value={draft.options.surchargePercent}
            onChange={(e) => set('surchargePercent', e.target.value)}
            error={errors['options.surchargePercent']}
          />
          <label className="choice align-end">
            <input
              type="checkbox"
              checked={draft.options.taxExempt}
              onChange={(e) => update((d) => ({ ...d, options: { ...d.options, taxExempt: e.target.checked } }))}
            />
            {t('options.taxExempt')}
          </label>
        </div>
        <Field
          label={t('options.note')}
          value={draft.note}
          onChange={(e) => update((d) => ({ ...d, note: e.target.value }))}
          error={errors.note}
        />
      </div>
    </details>
  );
}
