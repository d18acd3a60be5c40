// The one amount rule (G24) in every wording it is shown in: typed amounts and prices in the
// builder, catalogue prices, donation presets and the API's own field messages. Kept free of zod
// so the renderer can check an amount as it is typed without bundling it. The words are message
// keys (src/shared/i18n), said in the staff's language where they are shown.
import { text, type Text } from './i18n/translator';
import { apiDecimals, maxAmountMinor, parseDecimal } from './money';

/** What a value is called in messages; each catalogue words the noun its own way. */
export type AmountNoun = 'amount' | 'price' | 'originalPrice' | 'preset';

export interface AmountRule {
  /**
   * What the value is called in messages. Without one the messages take the API's short form
   * ("Must be greater than 0") and a sign is read as the JSON number it came from, so "-0" is 0;
   * text a person typed may carry no sign at all.
   */
  noun?: AmountNoun;
  /** A free item's price may be 0; an amount to charge may not. */
  allowZero?: boolean;
  /** Say the currency in the decimals message ("USD prices …"); off where it is not yet known. */
  nameCurrency?: boolean;
}

/** The API's cap on any amount, as a number for messages only (never arithmetic). */
export const MAX_AMOUNT_FOR_MESSAGES = 999_999_999.99;

/** Why `value` is not acceptable in `currency` under `rule`, or undefined when it is. */
export function amountProblem(value: string | number, currency: string, rule: AmountRule): Text | undefined {
  const { noun, allowZero = false, nameCurrency = true } = rule;
  const say = noun === undefined ? apiWords(allowZero) : personWords(noun, allowZero);
  const raw = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'x') : value;
  const trimmed = raw.trim();
  if (trimmed === '') return say.empty;
  const negative = trimmed.startsWith('-');
  if (negative && noun !== undefined) return say.negative;
  const decimals = apiDecimals(currency);
  const parsed = parseDecimal(negative ? trimmed.slice(1) : trimmed, decimals);
  if (!parsed.ok) {
    if (parsed.reason === 'decimals') return say.decimals(decimals, nameCurrency ? currency : '');
    return parsed.reason === 'too-large' ? say.tooLarge : say.format;
  }
  if (negative && parsed.minor > 0) return say.negative;
  if (!allowZero && parsed.minor === 0) return say.negative;
  if (parsed.minor > maxAmountMinor(currency)) return say.tooLarge;
  return undefined;
}

/** "“1.230” could mean 1,230 or 1.23": both readings, as numbers the message writes in the locale. */
export function ambiguousAmount(typed: string, [first, second]: [string, string]): Text {
  return text('amount.ambiguous', { typed: typed.trim(), first: Number(first), second: Number(second), plain: first });
}

interface Words {
  empty: Text;
  negative: Text;
  format: Text;
  tooLarge: Text;
  decimals: (places: number, currency: string) => Text;
}

/** "Amount must be greater than zero", "USD prices have at most 2 decimal places". */
function personWords(noun: AmountNoun, allowZero: boolean): Words {
  return {
    empty: text('amount.empty', { noun }),
    negative: text(allowZero ? 'amount.negative' : 'amount.notPositive', { noun }),
    format: text('amount.format', { noun, example: noun === 'amount' ? 12.5 : 4.5 }),
    tooLarge: text('amount.tooLarge', { noun, max: MAX_AMOUNT_FOR_MESSAGES }),
    decimals: (places, currency) => text('amount.decimals', { noun, places, currency: currency || 'none' }),
  };
}

/** The API field messages: "Must be greater than 0", "At most 2 decimal places". */
function apiWords(allowZero: boolean): Words {
  const format = text('api.amount.format', { example: 12.5 });
  return {
    empty: format,
    negative: text(allowZero ? 'api.amount.negative' : 'api.amount.notPositive'),
    format,
    tooLarge: text('api.amount.tooLarge', { max: MAX_AMOUNT_FOR_MESSAGES }),
    decimals: (places, currency) => text('api.amount.decimals', { places, currency: currency || 'none' }),
  };
}

/** An amount to charge, as typed in the builder. */
export const AMOUNT: AmountRule = { noun: 'amount' };
/** A unit price, as typed in a cart (a free item is fine). */
export const PRICE: AmountRule = { noun: 'price', allowZero: true };
/** The API's own field messages for an amount (> 0) and for a price (≥ 0). */
export const API_AMOUNT: AmountRule = {};
export const API_PRICE: AmountRule = { allowZero: true };
