import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_CHARS, MAX_URL_CHARS } from '../../../src/shared/limits';
import { APP_URL, data, startMain } from '../helpers/main';

// #15 attack 7: long strings that used to be accepted and stored, growing history per call.

const long = (chars: number, start = 'https://shop.example/'): string => start + 'a'.repeat(chars - start.length);
const item = { productId: 'p1', name: 'Tea', price: '3.50', quantity: 1 };

describe('attack 7: every string field has a length cap', () => {
  it.each([
    [
      'an amount of "1." and 1,000 zeros',
      { kind: 'amount', currency: 'USD', amount: `1.${'0'.repeat(1000)}` },
      'amount',
    ],
    [
      'a 100 KB item price',
      { kind: 'cart', currency: 'USD', items: [{ ...item, price: `3.${'0'.repeat(100_000)}` }] },
      'items.0.price',
    ],
    [
      'an image URL over the cap',
      { kind: 'cart', currency: 'USD', items: [{ ...item, imageUrl: long(MAX_URL_CHARS + 1) }] },
      'items.0.imageUrl',
    ],
    [
      'a success URL over the cap',
      { kind: 'amount', currency: 'USD', amount: '5', options: { successUrl: long(MAX_URL_CHARS + 1) } },
      'options.successUrl',
    ],
  ])('refuses %s, naming the field, and stores nothing', async (_name, input, field) => {
    const main = await startMain();
    const result = await main.dispatch('sessions:create', input, APP_URL);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(main.history.size).toBe(0);
  });

  it(`accepts an amount of ${MAX_AMOUNT_CHARS} characters and a URL of exactly ${MAX_URL_CHARS}`, async () => {
    const main = await startMain();
    const amount = `5.${'0'.repeat(MAX_AMOUNT_CHARS - 2)}`;
    const record = await data(
      main.api.sessions.create({
        kind: 'amount',
        currency: 'USD',
        amount,
        options: { successUrl: long(MAX_URL_CHARS) },
      }),
    );
    expect(record.amountMinor).toBe(500);
  });

  it('stores the normalized amount, never the typed text', async () => {
    const main = await startMain();
    const record = await data(main.api.sessions.create({ kind: 'amount', currency: 'USD', amount: ' 0012.5000 ' }));
    expect(record.input).toMatchObject({ amount: '12.50' });
    const cart = await data(
      main.api.sessions.create({ kind: 'cart', currency: 'USD', items: [{ ...item, price: '003.5' }] }),
    );
    expect(cart.input).toMatchObject({ items: [{ price: '3.50' }] });
  });
});
