import { Field } from '../../components/Field';
import { formatMoney, minorUnits } from '../../../../shared/money';
import type { PanelProps } from './panel-props';

/** A donation: a preset or custom suggested amount, or none (the donor types their own). */
export function DonationPanel({
  draft,
  update,
  errors,
  presets,
}: PanelProps & { presets: string[] }): React.JSX.Element {
  const choose = (amount: string): void => update((d) => ({ ...d, donationAmount: amount }));
  return (
    <div className="stack">
      <div className="presets" role="group" aria-label="Suggested amount">
        {presets.map((preset) => {
          const minor = minorUnits(preset, draft.currency);
          return (
            <button
              key={preset}
              type="button"
              className="preset"
              aria-pressed={minor !== undefined && minorUnits(draft.donationAmount, draft.currency) === minor}
              onClick={() => choose(preset)}
            >
              {minor === undefined ? preset : formatMoney(minor, draft.currency)}
            </button>
          );
        })}
        <button
          type="button"
          className="preset"
          aria-pressed={draft.donationAmount.trim() === ''}
          onClick={() => choose('')}
        >
          Donor chooses
        </button>
      </div>
      <Field
        label="Suggested amount (optional)"
        inputMode="decimal"
        autoComplete="off"
        value={draft.donationAmount}
        onChange={(e) => choose(e.target.value)}
        error={errors.amount}
        hint="The donor can change it on their phone."
      />
    </div>
  );
}
