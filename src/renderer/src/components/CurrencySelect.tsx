import { useWords } from '../lib/i18n';
import { useId, useMemo } from 'react';
import { supportedCurrencies } from '../../../shared/money';

export function CurrencySelect({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (code: string) => void;
  label?: string;
}): React.JSX.Element {
  const { t } = useWords();
  const id = useId();
  const currencies = useMemo(() => [...supportedCurrencies()].sort(), []);
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('builder.currency')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </div>
  );
}
