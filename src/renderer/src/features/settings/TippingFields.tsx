import { useWords } from '../../lib/i18n';
import { decimalMarkOf, readTypedAmount } from '../../../../shared/i18n/typed-amount';
import { TIPPING_OFF, type Tipping } from '../../../../shared/tips';
import { Field } from '../../components/Field';

interface Props {
  tipping: Tipping | undefined;
  onChange: (tipping: Tipping) => void;
  errors: Record<string, string>;
}

/** A profile's tipping (#20): on or off, percents or amounts, and the three presets. */
export function TippingFields({ tipping = TIPPING_OFF, onChange, errors }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const comma = decimalMarkOf(words.locale) === ',';
  const shown = (preset: string): string => (comma ? preset.replace('.', ',') : preset);
  const read = (typed: string): string => {
    const parsed = readTypedAmount(typed, words.locale, 2);
    return parsed.ok ? parsed.decimal : typed;
  };
  const setPreset = (at: number, typed: string): void =>
    onChange({ ...tipping, presets: tipping.presets.map((preset, i) => (i === at ? read(typed) : preset)) });
  return (
    <fieldset className="tipping settings-group">
      <legend>{t('settings.tipsTitle')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={tipping.enabled}
          onChange={(e) => onChange({ ...tipping, enabled: e.target.checked })}
        />
        {t('settings.tipsOn')}
      </label>
      {tipping.enabled && (
        <>
          <div className="field">
            <label htmlFor="tip-unit">{t('settings.tipUnitLabel')}</label>
            <select
              id="tip-unit"
              value={tipping.unit}
              onChange={(e) => onChange({ ...tipping, unit: e.target.value === 'amount' ? 'amount' : 'percent' })}
            >
              <option value="percent">{t('settings.tipUnitPercent')}</option>
              <option value="amount">{t('settings.tipUnitAmount')}</option>
            </select>
          </div>
          <div className="grid-3">
            {tipping.presets.map((preset, at) => (
              <Field
                key={at}
                label={t('settings.tipPreset', { n: at + 1 })}
                inputMode="decimal"
                defaultValue={shown(preset)}
                onChange={(e) => setPreset(at, e.target.value)}
                error={errors[`tipping.presets.${at}`]}
              />
            ))}
          </div>
          <p className="hint">{t('settings.tipsHint')}</p>
        </>
      )}
    </fieldset>
  );
}
