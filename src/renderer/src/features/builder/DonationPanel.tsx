import { Field } from '../../components/Field';
import { apiDecimals, minorUnits } from '../../../../shared/money';
import { useWords } from '../../lib/i18n';
import { typedMinor } from './draft';
import type { PanelProps } from './panel-props';

/** A donation: a preset or custom suggested amount, or none (the donor types their own). */
export function DonationPanel({
  draft,
  update,
  errors,
  presets,
}: PanelProps & { presets: string[] }): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const choose = (amount: string): void => update((d) => ({ ...d, donationAmount: amount }));
  const chosen = typedMinor(draft.donationAmount, draft.currency, words.locale);
  return (
    <div className="stack">
      <div className="presets" role="group" aria-label={t('donation.suggested')}>
        {presets.map((preset) => {
          const minor = minorUnits(preset, draft.currency);
          return (
            <button
              key={preset}
              type="button"
              className="preset"
              aria-pressed={minor !== undefined && chosen === minor}
              onClick={() => choose(minor === undefined ? preset : words.decimal(minor, apiDecimals(draft.currency)))}
            >
              {minor === undefined ? preset : words.money(minor, draft.currency)}
            </button>
          );
        })}
        <button
          type="button"
          className="preset"
          aria-pressed={draft.donationAmount.trim() === ''}
          onClick={() => choose('')}
        >
          {t('donation.donorChooses')}
        </button>
      </div>
      <Field
        label={t('donation.suggestedOptional')}
        inputMode="decimal"
        autoComplete="off"
        value={draft.donationAmount}
        onChange={(e) => choose(e.target.value)}
        error={errors.amount}
        hint={t('donation.hint')}
      />
    </div>
  );
}
