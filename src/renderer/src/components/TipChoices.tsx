import { useState } from 'react';
import type { TipPrompt } from '../../../shared/ipc/contract';
import { readTypedAmount } from '../../../shared/i18n/typed-amount';
import { MAX_AMOUNT_FOR_MESSAGES } from '../../../shared/amount-rules';
import { apiDecimals } from '../../../shared/money';
import { tipProblem, type TipChoice } from '../../../shared/tips';
import { useWords } from '../lib/i18n';

interface Props {
  prompt: TipPrompt;
  /** The customer's answer: a tip, or none. */
  onChoose: (tip: TipChoice | null) => void;
  disabled?: boolean;
}

/**
 * The customer's tip choice (#20): the profile's presets with what each adds, "Custom" and
 * "No tip", in buttons big enough to tap and read from a metre. On the customer window, and in
 * customer view on the staff screen when there is no customer window.
 */
export function TipChoices({ prompt, onChoose, disabled = false }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [custom, setCustom] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const money = (minor: number): string => words.money(minor, prompt.currency);

  function chooseCustom(event: React.FormEvent): void {
    event.preventDefault();
    const typed = readTypedAmount(custom ?? '', words.locale, apiDecimals(prompt.currency));
    const choice: TipChoice = { kind: 'amount', amount: typed.ok ? typed.decimal : (custom ?? '') };
    const wrong = tipProblem(choice, prompt.saleMinor, prompt.currency);
    if (wrong) setProblem(t(wrong, { max: MAX_AMOUNT_FOR_MESSAGES }));
    else onChoose(choice);
  }

  return (
    <div className="tip-choices" role="group" aria-labelledby="tip-question">
      <p className="tip-sale">{t('tip.sale', { amount: money(prompt.saleMinor) })}</p>
      <h2 id="tip-question" className="tip-question">
        {t('tip.question')}
      </h2>
      <div className="tip-buttons">
        {prompt.options.map((option, at) => (
          <button
            key={at}
            type="button"
            className="tip-button"
            disabled={disabled}
            autoFocus={at === 0}
            onClick={() => onChoose(option.choice)}
          >
            <span className="tip-main">
              {option.choice.kind === 'percent'
                ? t('tip.percent', { percent: Number(option.choice.percent) / 100 })
                : money(option.tipMinor)}
            </span>
            <span className="tip-sub">
              {option.choice.kind === 'percent'
                ? money(option.tipMinor)
                : t('tip.totalWith', { amount: money(prompt.saleMinor + option.tipMinor) })}
            </span>
          </button>
        ))}
        <button type="button" className="tip-button" disabled={disabled} onClick={() => setCustom('')}>
          <span className="tip-main">{t('tip.custom')}</span>
        </button>
        <button type="button" className="tip-button tip-none" disabled={disabled} onClick={() => onChoose(null)}>
          <span className="tip-main">{t('tip.none')}</span>
        </button>
      </div>
      {custom !== undefined && (
        <form className="tip-custom" onSubmit={chooseCustom} noValidate>
          <label htmlFor="tip-custom-amount">{t('tip.customLabel', { currency: prompt.currency })}</label>
          <input
            id="tip-custom-amount"
            inputMode="decimal"
            autoFocus
            value={custom}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'tip-custom-problem' : undefined}
            onChange={(e) => {
              setCustom(e.target.value);
              setProblem(undefined);
            }}
          />
          <button type="submit" className="primary" disabled={disabled}>
            {t('tip.addCustom')}
          </button>
          {problem && (
            <p className="field-error" id="tip-custom-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
