// The one amount rule (G24) in every wording it is shown in: typed amounts and prices in the
// builder, catalogue prices, donation presets and the API's own field messages. Kept free of zod
// so the renderer can check an amount as it is typed without bundling it.
import { apiDecimals, maxAmountMinor, parseDecimal } from './money';

export interface AmountRule {
  /**
   * What the value is called in messages ("Amount", "Price", "Original price"). Without one the
   * messages take the API's short form ("Must be greater than 0") and a sign is read as the JSON
   * number it came from, so "-0" is 0; text a person typed may carry no sign at all.
   */
  noun?: string;
  /** A free item's price may be 0; an amount to charge may not. */
  allowZero?: boolean;
  /** Say the currency in the decimals message ("USD prices …"); off where it is not yet known. */
  nameCurrency?: boolean;
}

const CAP_TEXT = '999,999,999.99';

/** Why `value` is not acceptable in `currency` under `rule`, or undefined when it is. */
export function amountProblem(value: string | number, currency: string, rule: AmountRule): string | undefined {
  const { noun, allowZero = false, nameCurrency = true } = rule;
  const words = noun === undefined ? apiWords(allowZero) : personWords(noun, allowZero);
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'x') : value;
  const trimmed = text.trim();
  if (trimmed === '') return words.empty;
  const negative = trimmed.startsWith('-');
  if (negative && noun !== undefined) return words.negative;
  const decimals = apiDecimals(currency);
  const parsed = parseDecimal(negative ? trimmed.slice(1) : trimmed, decimals);
  if (!parsed.ok) {
    if (parsed.reason === 'decimals') return words.decimals(decimals, nameCurrency ? `${currency} ` : '');
    return parsed.reason === 'too-large' ? words.tooLarge : words.format;
  }
  if (negative && parsed.minor > 0) return words.negative;
  if (!allowZero && parsed.minor === 0) return words.negative;
  if (parsed.minor > maxAmountMinor(currency)) return words.tooLarge;
  return undefined;
}

interface Words {
  empty: string;
  negative: string;
  format: string;
  tooLarge: string;
  decimals: (places: number, currencyPrefix: string) => string;
}

/** "Amount must be greater than zero", "USD prices have at most 2 decimal places". */
function personWords(noun: string, allowZero: boolean): Words {
  const lower = noun.toLowerCase();
  const example = /price/i.test(noun) ? '4.50' : '12.50';
  const plural = `${lower}s`;
  return {
    empty: `Enter ${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`,
    negative: allowZero ? `${noun} cannot be negative` : `${noun} must be greater than zero`,
    format: `${noun} must be a number such as ${example}`,
    tooLarge: `${noun} must be at most ${CAP_TEXT}`,
    decimals: (places, prefix) => {
      const subject = prefix ? `${prefix}${plural}` : plural[0]?.toUpperCase() + plural.slice(1);
      return places === 0 ? `${subject} have no decimal places` : `${subject} have at most ${places} decimal places`;
    },
  };
}

/** The API field messages: "Must be greater than 0", "At most 2 decimal places". */
function apiWords(allowZero: boolean): Words {
  return {
    empty: 'Must be a number such as 12.50',
    negative: allowZero ? 'Must be 0 or more' : 'Must be greater than 0',
    format: 'Must be a number such as 12.50',
    tooLarge: `At most ${CAP_TEXT}`,
    decimals: (places, prefix) =>
      places === 0 ? `${prefix.trim() || 'These'} amounts have no decimal places` : `At most ${places} decimal places`,
  };
}

/** An amount to charge, as typed in the builder. */
export const AMOUNT: AmountRule = { noun: 'Amount' };
/** A unit price, as typed in a cart (a free item is fine). */
export const PRICE: AmountRule = { noun: 'Price', allowZero: true };
/** The API's own field messages for an amount (> 0) and for a price (≥ 0). */
export const API_AMOUNT: AmountRule = {};
export const API_PRICE: AmountRule = { allowZero: true };
