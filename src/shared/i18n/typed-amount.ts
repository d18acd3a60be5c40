import { parseDecimal } from '../money';

// Amounts as people type them in their own locale: "12,50" and "1.234,50" in German, "1 234,50"
// in French, "1,234.50" in English. Each is turned into the plain decimal the money rules read
// ("1234.50"); the minor-unit arithmetic itself never changes.

export type TypedAmount =
  /** The plain decimal ("1234.50", "-3") to check with the amount rules. */
  | { ok: true; decimal: string }
  /** Two readings are both valid and differ ("1.230" in German: 1230 or 1.23). */
  | { ok: false; readings: [string, string] };

const SPACES = ' \u00a0\u202f';

interface Reading {
  decimalMark: string;
  groupMarks: string;
}

const marksCache = new Map<string, Reading[]>();

/** The locale's decimal mark: "," in German or French, "." in English. */
export function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** The locale's own reading first, then the other common one (decimal point ↔ comma). */
function readingsOf(locale: string): Reading[] {
  let readings = marksCache.get(locale);
  if (!readings) {
    const decimal = decimalMarkOf(locale);
    const group = new Intl.NumberFormat(locale).formatToParts(12_345_678).find((p) => p.type === 'group')?.value ?? ',';
    const foreignDecimal = decimal === ',' ? '.' : ',';
    readings = [
      // The other mark counts as grouping too ("1.230" in French), so it is never read as a decimal unasked.
      { decimalMark: decimal, groupMarks: group + foreignDecimal + SPACES + (group === '’' ? "'" : '') },
      { decimalMark: foreignDecimal, groupMarks: (decimal === '.' || decimal === ',' ? decimal : '') + SPACES },
    ];
    marksCache.set(locale, readings);
  }
  return readings;
}

function isGrouping([first = '', ...rest]: string[]): boolean {
  const last = rest.at(-1) ?? '';
  const middle = rest.slice(0, -1);
  if (!/^\d{3}$/.test(last)) return false;
  if (/^\d{1,3}$/.test(first) && middle.every((g) => /^\d{3}$/.test(g))) return true;
  return /^\d{1,2}$/.test(first) && middle.every((g) => /^\d{2}$/.test(g));
}

/** The plain decimal `text` means under one reading, or undefined if it does not fit it. */
function read(text: string, { decimalMark, groupMarks }: Reading): string | undefined {
  const parts = text.split(decimalMark);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  let digits = whole;
  const used = [...new Set([...whole].filter((c) => groupMarks.includes(c)))];
  if (used.length > 1) return undefined;
  const mark = used[0];
  if (mark !== undefined) {
    // Grouping as amounts are printed: in threes ("1.234.567"), or in India in twos before the
    // last three ("12,34,567"); never "12.34".
    const groups = whole.split(mark);
    if (!isGrouping(groups)) return undefined;
    digits = groups.join('');
  }
  if (!/^\d+$/.test(digits)) return undefined;
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/**
 * Reads an amount typed in `locale` with up to `decimals` places. Text that fits neither
 * reading is passed on unchanged, for the amount rules to say what is wrong with it.
 */
export function readTypedAmount(typed: string, locale: string, decimals: number): TypedAmount {
  const trimmed = typed.trim();
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const signed = (decimal: string): TypedAmount => ({ ok: true, decimal: negative ? `-${decimal}` : decimal });
  const [own, foreign] = readingsOf(locale).map((reading) => read(body, reading));
  if (own === undefined && foreign === undefined) return { ok: true, decimal: trimmed };
  // The other reading only where the locale's cannot be meant: "12.50" typed in German.
  if (own === undefined || foreign === undefined) return signed((own ?? foreign) as string);
  // Both fit the marks: refuse only when both are amounts and they differ ("1.230" in German).
  // Otherwise the locale's reading stands, and the amount rules say what is wrong with it.
  const ownValue = parseDecimal(own, decimals);
  const foreignValue = parseDecimal(foreign, decimals);
  if (ownValue.ok && foreignValue.ok && ownValue.minor !== foreignValue.minor) {
    return { ok: false, readings: [own, foreign] };
  }
  return signed(own);
}

const typingFormats = new Map<string, Intl.NumberFormat>();

/** Minor units written the way a person types them in `locale`: "1234,50" in German, never grouped. */
export function typedDecimal(minor: number, decimals: number, locale: string): string {
  const key = `${locale}|${decimals}`;
  let format = typingFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    typingFormats.set(key, format);
  }
  const digits = String(minor).padStart(decimals + 1, '0');
  const plain = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  // A decimal string is formatted exactly: no float stands in for the amount.
  return format.format(plain as unknown as number);
}
