import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedAmount, typedDecimal } from '../../../src/shared/i18n/typed-amount';
import { apiDecimals, formatMoney, maxAmountMinor, minorUnits, toDecimalString } from '../../../src/shared/money';

// Amounts as staff type them in their locale, held to the integer minor-unit rules: whatever
// Intl writes for an amount reads back as exactly that amount, and a text that two readings
// would turn into two different amounts is refused, never guessed.

const LOCALES = ['en', 'de', 'fr', 'es', 'de-CH', 'en-IN'] as const;
const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD'] as const;

/** Minor units of what `typed` reads as in `locale`, or 'ambiguous', or undefined if it is no amount. */
function read(typed: string, locale: string, currency: string): number | 'ambiguous' | undefined {
  const result = readTypedAmount(typed, locale, apiDecimals(currency));
  return result.ok ? minorUnits(result.decimal, currency) : 'ambiguous';
}

describe('typed amounts, per locale', () => {
  it('reads back every amount as Intl writes it in the locale, grouping and all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.constantFrom(...CURRENCIES), fc.nat(), (locale, currency, seed) => {
        const minor = seed % (maxAmountMinor(currency) + 1);
        const decimals = apiDecimals(currency);
        const grouped = new Intl.NumberFormat(locale, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(toDecimalString(minor, currency) as unknown as number);
        expect(read(grouped, locale, currency)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every amount as a person types it, without grouping', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.constantFrom(...CURRENCIES), fc.nat(), (locale, currency, seed) => {
        const minor = seed % (maxAmountMinor(currency) + 1);
        expect(read(typedDecimal(minor, apiDecimals(currency), locale), locale, currency)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it('never guesses between two amounts: one mark and three digits after it is refused when both fit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('.', ','),
        (locale, whole, cents, mark) => {
          // "1.230" / "1,230": 1230 in one reading, 1.23 (trailing zero) in the other.
          const typed = `${whole}${mark}${String(cents).padStart(2, '0')}0`;
          expect(read(typed, locale, 'EUR')).toBe('ambiguous');
        },
      ),
    );
  });

  it.each([
    ['de', '12,50', 1250],
    ['de', '1.234,50', 123450],
    ['de', '12.50', 1250], // a decimal point where grouping cannot be meant
    ['de', '1.234', 123400],
    ['de', '1.230', 'ambiguous'],
    ['fr', '1 234,50', 123450],
    ['fr', '1\u202f234,50', 123450],
    ['es', '12,5', 1250],
    ['en', '1,234.50', 123450],
    ['en', '12,50', 1250],
    ['en', '1.234', undefined], // three decimals in USD: the amount rules say so
    ['en', '1,230', 'ambiguous'],
    ['de', '1.23,50', undefined],
    ['de', '1,234.50', 123450], // written the English way: German cannot read it, English can
    ['fr', '1.230', 'ambiguous'], // an old-style thousands point is not taken for a decimal
  ] as const)('in %s, “%s” is %s', (locale, typed, expected) => {
    expect(read(typed, locale, locale === 'en' ? 'USD' : 'EUR')).toBe(expected);
  });

  it('JPY has no decimals, so a grouped yen amount is never ambiguous', () => {
    expect(read('1.230', 'de', 'JPY')).toBe(1230);
    expect(formatMoney(1230, 'JPY', 'de')).toBe('1.230\u00a0¥');
  });
});
