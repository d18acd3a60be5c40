// Money is held as integer minor units and crosses the wire as a decimal string.
// No float arithmetic touches an amount: parsing and formatting work on digits.

/** The API caps every amount (and a cart's total) at 999,999,999.99. */
const MAX_MAJOR_UNITS = 999_999_999;

const exponentCache = new Map<string, number>();
let currencyList: ReadonlySet<string> | undefined;

/** ISO 4217 codes this runtime knows (from Intl), e.g. USD, EUR, JPY. */
export function supportedCurrencies(): ReadonlySet<string> {
  currencyList ??= new Set(Intl.supportedValuesOf('currency'));
  return currencyList;
}

export function isSupportedCurrency(code: string): boolean {
  return supportedCurrencies().has(code);
}

/** Minor-unit exponent of a currency as Intl knows it: USD 2, JPY 0, KWD 3. */
export function currencyExponent(currency: string): number {
  let exponent = exponentCache.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponentCache.set(currency, exponent);
  }
  return exponent;
}

/**
 * Decimal places the Ozura API accepts for this currency: never more than 2, and 0 for
 * zero-decimal currencies. Linkdesk's "minor unit" is 10^-apiDecimals of the currency.
 */
export function apiDecimals(currency: string): number {
  return Math.min(currencyExponent(currency), 2);
}

/** The largest amount the API accepts, in minor units of this currency. */
export function maxAmountMinor(currency: string): number {
  const decimals = apiDecimals(currency);
  return MAX_MAJOR_UNITS * 10 ** decimals + (10 ** decimals - 1);
}

export type DecimalParse = { ok: true; minor: number } | { ok: false; reason: 'format' | 'decimals' | 'too-large' };

const DECIMAL = /^(\d{1,15})(?:\.(\d+))?$/;

/**
 * Parses a plain decimal such as "25", "25.5" or "25.50" into minor units with `decimals`
 * places. Signs, exponents, thousands separators and spaces inside are rejected.
 */
export function parseDecimal(text: string, decimals: number): DecimalParse {
  const match = DECIMAL.exec(text.trim());
  if (!match) return { ok: false, reason: 'format' };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) {
    // Trailing zeros beyond the allowed places do not change the value ("5.000" is 5.00).
    if (!/^0*$/.test(fraction.slice(decimals))) return { ok: false, reason: 'decimals' };
  }
  const digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if (whole.replace(/^0+/, '').length > 9) return { ok: false, reason: 'too-large' };
  return { ok: true, minor: Number(digits) };
}

/** Minor units of a decimal text in `currency`, or undefined if it is not valid. */
export function minorUnits(value: string, currency: string): number | undefined {
  const parsed = parseDecimal(value, apiDecimals(currency));
  return parsed.ok ? parsed.minor : undefined;
}

/** The amount as the API wants it: "25.00" for USD, "2500" for JPY. */
export function toDecimalString(minor: number, currency: string): string {
  const decimals = apiDecimals(currency);
  if (decimals === 0) return String(minor);
  const digits = String(minor).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A person-readable amount, e.g. "$25.00", "¥2,500", "€1,234.50". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  // Intl formats a decimal string exactly, so no float ever stands in for the amount.
  return moneyFormat(currency, locale).format(toDecimalString(minor, currency) as unknown as number);
}

/** One Intl.NumberFormat per locale and currency: building one costs ~40× a format (#16). */
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const decimals = apiDecimals(currency);
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    moneyFormats.set(key, format);
  }
  return format;
}
