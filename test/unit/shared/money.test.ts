import { describe, expect, it } from 'vitest';
import { apiDecimals, formatMoney, maxAmountMinor, parseDecimal, toDecimalString } from '../../../src/shared/money';

describe('money', () => {
  it('knows each currency’s decimal places, capped at the API’s 2', () => {
    expect(apiDecimals('USD')).toBe(2);
    expect(apiDecimals('JPY')).toBe(0);
    expect(apiDecimals('KWD')).toBe(2);
  });

  it('parses typed amounts into integer minor units without floats', () => {
    expect(parseDecimal('12.5', 2)).toEqual({ ok: true, minor: 1250 });
    expect(parseDecimal(' 0.10 ', 2)).toEqual({ ok: true, minor: 10 });
    expect(parseDecimal('999999999.99', 2)).toEqual({ ok: true, minor: 99_999_999_999 });
    expect(parseDecimal('2500', 0)).toEqual({ ok: true, minor: 2500 });
    expect(parseDecimal('5.000', 2)).toEqual({ ok: true, minor: 500 });
  });

  it('rejects what is not a plain decimal, and extra decimal places', () => {
    for (const text of ['abc', '-1', '1e3', '1,000', '', '.', '1.2.3', '+5']) {
      expect(parseDecimal(text, 2)).toEqual({ ok: false, reason: 'format' });
    }
    expect(parseDecimal('1.005', 2)).toEqual({ ok: false, reason: 'decimals' });
    expect(parseDecimal('10.5', 0)).toEqual({ ok: false, reason: 'decimals' });
    expect(parseDecimal('1000000000', 2)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('writes amounts as the API wants them and people read them', () => {
    expect(toDecimalString(1250, 'USD')).toBe('12.50');
    expect(toDecimalString(5, 'EUR')).toBe('0.05');
    expect(toDecimalString(2500, 'JPY')).toBe('2500');
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(2500, 'JPY', 'en-US')).toBe('¥2,500');
    expect(formatMoney(99_999_999_999, 'USD', 'en-US')).toBe('$999,999,999.99');
  });

  it('caps amounts at 999,999,999.99 in the currency’s own units', () => {
    expect(maxAmountMinor('USD')).toBe(99_999_999_999);
    expect(maxAmountMinor('JPY')).toBe(999_999_999);
  });
});
