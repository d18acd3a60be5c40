import { useId, useMemo } from 'react';
import { supportedCurrencies } from '../../../shared/money';

export function CurrencySelect({
  value,
  onChange,
  label = 'Currency',
}: {
  value: string;
  onChange: (code: string) => void;
  label?: string;
}): React.JSX.Element {
  const id = useId();
  const currencies = useMemo(() => [...supportedCurrencies()].sort(), []);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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
