import { Field } from '../../components/Field';
import { apiDecimals } from '../../../../shared/money';
import type { PanelProps } from './panel-props';

export function AmountPanel({ draft, update, errors }: PanelProps): React.JSX.Element {
  return (
    <Field
      label="Amount"
      className="amount-input"
      inputMode="decimal"
      autoComplete="off"
      autoFocus
      placeholder={apiDecimals(draft.currency) === 0 ? '0' : '0.00'}
      value={draft.amount}
      onChange={(e) => update((d) => ({ ...d, amount: e.target.value }))}
      error={errors.amount}
    />
  );
}
