import { useWords } from '../../lib/i18n';
import { Field } from '../../components/Field';
import { apiDecimals } from '../../../../shared/money';
import type { PanelProps } from './panel-props';
import { Keypad } from './Keypad';

export function AmountPanel({ draft, update, errors, keypad }: PanelProps & { keypad: boolean }): React.JSX.Element {
  const words = useWords();
  const setAmount = (amount: string): void => update((d) => ({ ...d, amount }));
  return (
    <>
      <Field
        label={words.t('builder.amount')}
        className="amount-input"
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        placeholder={words.decimal(0, apiDecimals(draft.currency))}
        value={draft.amount}
        onChange={(e) => setAmount(e.target.value)}
        error={errors.amount}
      />
      {keypad && <Keypad value={draft.amount} onChange={setAmount} decimals={apiDecimals(draft.currency)} />}
    </>
  );
}
