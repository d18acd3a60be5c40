import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MerchantProfile } from '../../../src/main/core/ports';
import { buildCreateRequest, TIP_PRODUCT_ID } from '../../../src/main/core/sessions/build-request';
import { saleFields } from '../../../src/main/core/sessions/records';
import { CreateSessionInput, MAX_CART_ITEMS } from '../../../src/shared/create-session-input';
import { fieldErrors } from '../../../src/shared/field-errors';
import { translator } from '../../../src/shared/i18n/translator';
import { maxAmountMinor, minorUnits, toDecimalString } from '../../../src/shared/money';
import { CreateSessionSchema } from '../../../src/shared/ozura/create-session-schema';
import { CreateLinkInput } from '../../../src/shared/payment-link';
import { TippingSetting } from '../../../src/shared/settings';
import {
  MAX_TIP_PERCENT,
  percentOf,
  tipMinorOf,
  tipOptions,
  TIPPING_OFF,
  type TipChoice,
} from '../../../src/shared/tips';

const merchant: MerchantProfile = {
  merchantId: 'ozu_shop',
  merchantName: 'Corner Cafe',
  successUrl: 'https://cafe.example/thanks',
  cancelUrl: 'https://cafe.example/',
  errorUrl: 'https://checkout.ozura.com/error',
  defaultCurrency: 'USD',
  stationName: '',
  appearance: {},
};
const percent = (p: string): TipChoice => ({ kind: 'percent', percent: p });

function problems(input: unknown): Record<string, string> {
  const result = CreateSessionInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error, translator('en'));
}

describe('tip arithmetic', () => {
  it.each([
    ['15% of $12.34 is $1.85 (185.1 cents rounds down)', 1234, '15', 'USD', 185],
    ['10% of 5 cents is 1 cent (half a cent rounds up)', 5, '10', 'USD', 1],
    ['12.5% of $0.04 is 1 cent (0.5 rounds up)', 4, '12.5', 'USD', 1],
    ['15% of ¥1,003 is ¥150 (150.45 rounds down to whole yen)', 1003, '15', 'JPY', 150],
    ['15% of ¥1,010 is ¥152 (151.5 rounds up)', 1010, '15', 'JPY', 152],
    ['100% of the largest sale', maxAmountMinor('USD'), '100', 'USD', maxAmountMinor('USD')],
  ])('%s', (_what, sale, p, currency, tip) => {
    expect(tipMinorOf(percent(p), sale, currency)).toBe(tip);
  });

  it('rounds half-up to the minor unit, for any sale and percent (integer arithmetic as the check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: maxAmountMinor('USD') }),
        fc.integer({ min: 1, max: MAX_TIP_PERCENT * 100 }),
        (sale, hundredths) => {
          const tip = percentOf(sale, hundredths);
          // tip is the integer n with n - 1/2 <= sale × p <= n + 1/2, the half going up.
          const exact = BigInt(sale) * BigInt(hundredths);
          expect(Number.isSafeInteger(tip)).toBe(true);
          expect(BigInt(tip) * 10000n - 5000n <= exact).toBe(true);
          expect(exact < BigInt(tip) * 10000n + 5000n).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a percent of 0, above the cap, with three decimals or in words; and an amount of 0', () => {
    for (const p of ['0', String(MAX_TIP_PERCENT + 0.01), '10.125', 'ten', '-5'])
      expect(tipMinorOf(percent(p), 1000, 'USD')).toBeUndefined();
    expect(tipMinorOf(percent(String(MAX_TIP_PERCENT)), 1000, 'USD')).toBe(1000);
    expect(tipMinorOf({ kind: 'amount', amount: '0' }, 1000, 'USD')).toBeUndefined();
    expect(tipMinorOf({ kind: 'amount', amount: '2.5' }, 1000, 'USD')).toBe(250);
    expect(tipMinorOf({ kind: 'amount', amount: '2.5' }, 1000, 'JPY')).toBeUndefined();
  });

  it('offers the presets that apply, each worked out for the sale', () => {
    const tipping = { enabled: true, unit: 'percent' as const, presets: ['10', '15', '20'] };
    expect(tipOptions(tipping, 2000, 'EUR').map((o) => o.tipMinor)).toEqual([200, 300, 400]);
    const fixed = { enabled: true, unit: 'amount' as const, presets: ['1', '2.50', '5'] };
    expect(tipOptions(fixed, 2000, 'EUR').map((o) => o.tipMinor)).toEqual([100, 250, 500]);
    // ¥2.50 is no amount in yen: that button is left out.
    expect(tipOptions(fixed, 2000, 'JPY').map((o) => o.tipMinor)).toEqual([1, 5]);
  });
});

describe('a sale with a tip', () => {
  it('a flat amount asks for sale + tip, records both, and says the tip in metadata', () => {
    const input = CreateSessionInput.parse({ kind: 'amount', amount: '12.34', currency: 'USD', tip: percent('15') });
    const request = buildCreateRequest(input, merchant, 'key');
    expect(request.amount).toBe('14.19');
    expect(request.metadata).toEqual({ tip: '185' });
    expect(CreateSessionSchema.safeParse(request).success).toBe(true);
    expect(saleFields(input)).toMatchObject({ amountMinor: 1419, tipMinor: 185 });
  });

  it('a cart gets a Tip line, named in the staff language, and its lines add up to what is recorded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cents: fc.integer({ min: 1, max: 99_999 }), quantity: fc.integer({ min: 1, max: 20 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 1, max: 5000 }),
        (lines, hundredths) => {
          const input = CreateSessionInput.parse({
            kind: 'cart',
            currency: 'USD',
            items: lines.map((line, at) => ({
              productId: `p${at}`,
              name: `Item ${at}`,
              price: toDecimalString(line.cents, 'USD'),
              quantity: line.quantity,
            })),
            tip: percent(toDecimalString(hundredths, 'USD')),
          });
          const request = buildCreateRequest(input, merchant, 'key', 'Trinkgeld');
          const recorded = saleFields(input);
          // A tip that rounds to nothing adds no line.
          const tipLines = (request.items ?? []).filter((item) => item.productId === TIP_PRODUCT_ID);
          expect(tipLines).toEqual(
            recorded.tipMinor
              ? [{ productId: TIP_PRODUCT_ID, name: 'Trinkgeld', quantity: 1, price: expect.any(Number) }]
              : [],
          );
          const sum = (request.items ?? []).reduce(
            (total, item) => total + (minorUnits(String(item.price), 'USD') ?? NaN) * item.quantity,
            0,
          );
          expect(sum).toBe(recorded.amountMinor);
          expect(request.metadata?.tip).toBe(recorded.tipMinor && String(recorded.tipMinor));
          expect(CreateSessionSchema.safeParse(request).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is refused on a donation, on a full cart, over the API total and on a payment link, with a message', () => {
    expect(problems({ kind: 'donation', currency: 'USD', tip: percent('10') })).toEqual({
      tip: 'A donation takes no tip',
    });
    const item = { productId: 'a', name: 'A', price: '1', quantity: 1 };
    const full = { kind: 'cart', currency: 'USD', items: Array(MAX_CART_ITEMS).fill(item), tip: percent('10') };
    expect(problems(full).tip).toMatch(/at most 100 lines/);
    expect(problems({ kind: 'amount', amount: '999999999', currency: 'USD', tip: percent('1') }).tip).toMatch(
      /above 999,999,999.99/,
    );
    const link = CreateLinkInput.safeParse({
      sale: { kind: 'amount', amount: '5', currency: 'USD', tip: percent('10') },
      title: 'Tea',
      expiresInDays: 7,
      usageLimit: null,
    });
    expect(link.success ? {} : fieldErrors(link.error, translator('en'))).toEqual({
      'sale.tip': 'A payment link takes no tip; tips are chosen at the counter',
    });
  });

  it('keeps a custom amount as the API reads it, so a re-issue charges the same', () => {
    const input = CreateSessionInput.parse({
      kind: 'amount',
      amount: '10',
      currency: 'USD',
      tip: { kind: 'amount', amount: ' 2.5' },
    });
    expect(saleFields(input)).toMatchObject({ amountMinor: 1250, tipMinor: 250, input: { tip: { amount: '2.50' } } });
  });
});

describe('the tipping setting', () => {
  it('is off unless turned on, and checks each preset for its unit', () => {
    expect(TIPPING_OFF.enabled).toBe(false);
    const verdict = TippingSetting.safeParse({ enabled: true, unit: 'percent', presets: ['10', '0', '101'] });
    expect(verdict.success ? {} : fieldErrors(verdict.error, translator('en'))).toEqual({
      'presets.1': 'Each preset must be a percent above 0 and at most 100, such as 15',
      'presets.2': 'Each preset must be a percent above 0 and at most 100, such as 15',
    });
    expect(TippingSetting.safeParse({ enabled: true, unit: 'amount', presets: ['1', '2.50', '5'] }).success).toBe(true);
  });
});
