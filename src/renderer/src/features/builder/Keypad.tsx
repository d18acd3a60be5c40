import { decimalMarkOf } from '../../../../shared/i18n/typed-amount';
import { MAX_AMOUNT_CHARS } from '../../../../shared/limits';
import { useWords } from '../../lib/i18n';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** 0 for currencies without minor units (JPY): no decimal mark key. */
  decimals: number;
}

const DIGIT_ROWS = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3'],
] as const;

/**
 * An on-screen keypad for the amount, for touch tills (#18, a preference). It types into the same
 * text as the keyboard does, so either works; its keys are buttons, so Enter on one creates the
 * checkout as everywhere else in the builder.
 */
export function Keypad({ value, onChange, decimals }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const mark = decimalMarkOf(words.locale);
  const type = (key: string): void => {
    // Never past what an amount may hold, and one decimal mark at most.
    if (value.length + key.length > MAX_AMOUNT_CHARS) return;
    if (key === mark && value.includes(mark)) return;
    onChange(value + key);
  };
  const key = (label: string): React.JSX.Element => (
    <button key={label} type="button" className="key" onClick={() => type(label)}>
      {label}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label')}>
      {/* Row by row, as on a till: 7 8 9 ⌫ / 4 5 6 Clear / 1 2 3 / 00 0 and the decimal mark. */}
      {DIGIT_ROWS[0].map(key)}
      <button
        type="button"
        className="key key-side"
        aria-label={t('keypad.backspace')}
        onClick={() => onChange(value.slice(0, -1))}
      >
        ⌫
      </button>
      {DIGIT_ROWS[1].map(key)}
      <button type="button" className="key key-side" onClick={() => onChange('')}>
        {t('keypad.clear')}
      </button>
      {DIGIT_ROWS[2].map(key)}
      <span />
      {key('00')}
      {key('0')}
      {decimals > 0 ? key(mark) : <span />}
    </div>
  );
}
