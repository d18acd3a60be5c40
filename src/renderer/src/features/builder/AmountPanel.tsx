import { useWords } from '../../lib/i18n';
import { Field } from '../../components/Field';
import { apiDecimals } from '../../../../shared/money';
import type { PanelProps } from './panel-props';

export function AmountPanel({ draft, update, errors }: PanelProps): React.JSX.Element {
  const words = useWords();
  return (
    <Field
      label={words.t('builder.amount')}
      className="amount-input"
      inputMode="decimal"
      autoComplete="off"
      autoFocus
      placeholder={words.decimal(0, apiDecimals(draft.currency))}
      value={draft.amount}
      onChange={(e) => update((d) => ({ ...d, amount: e.target.value }))}
      error={errors.amount}
    />
  );
}
