import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreateSessionSchema } from '../../../src/shared/ozura/create-session-schema';
import { postJson, startSandbox } from '../helpers/sandbox';

// Generated create-session bodies: a valid body of each mode, then up to two mutations that
// may break a rule. The app's shared schema and the sandbox (which implements the documented
// rules on its own) must reach the same verdict for every one.

type Body = Record<string, unknown>;

const currencyAndAmount = fc.oneof(
  fc.record({
    currency: fc.constantFrom('USD', 'EUR', 'KWD'),
    amount: fc.integer({ min: 1, max: 9_999_999 }).map((c) => (c / 100).toFixed(2)),
  }),
  fc.record({ currency: fc.constant('USD'), amount: fc.integer({ min: 1, max: 99_999 }).map((c) => c / 100) }),
  fc.record({ currency: fc.constant('JPY'), amount: fc.integer({ min: 1, max: 999_999 }).map(String) }),
);

const validItem = fc.record({
  productId: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.string({ minLength: 1, maxLength: 20 }),
  price: fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
  quantity: fc.integer({ min: 1, max: 20 }),
});

const common = {
  merchantId: 'ozu_sandbox',
  merchantName: 'Corner Cafe',
  successUrl: 'https://shop.example/ok',
  cancelUrl: 'https://shop.example/cart',
  errorUrl: 'https://shop.example/error',
};

const validBody: fc.Arbitrary<Body> = fc.oneof(
  currencyAndAmount.map((money) => ({ ...common, ...money })),
  fc.array(validItem, { minLength: 1, maxLength: 4 }).map((items) => ({ ...common, currency: 'USD', items })),
  fc.option(currencyAndAmount, { nil: undefined }).map((money) => ({ ...common, checkoutMode: 'donation', ...money })),
  currencyAndAmount.map((money) => ({
    ...common,
    ...money,
    checkoutMode: 'recurring',
    recurringConfig: { planName: 'Monthly', interval: 'monthly', startDate: '2026-12-01' },
  })),
);

/** Single changes, each of which may or may not break one documented rule. */
const mutations: [string, (b: Body) => Body][] = [
  ['amount 0', (b) => ({ ...b, amount: '0' })],
  ['amount negative', (b) => ({ ...b, amount: -1 })],
  ['amount 3 decimals', (b) => ({ ...b, amount: '1.234' })],
  ['amount trailing zeros', (b) => ({ ...b, amount: '5.000' })],
  ['amount text', (b) => ({ ...b, amount: 'abc' })],
  ['amount exponent', (b) => ({ ...b, amount: 1e21 })],
  ['amount over cap', (b) => ({ ...b, amount: '1000000000' })],
  ['amount at cap', (b) => ({ ...b, amount: '999999999.99' })],
  ['amount float noise', (b) => ({ ...b, amount: 0.1 + 0.2 })],
  ['no amount', (b) => ({ ...b, amount: undefined })],
  ['currency lower', (b) => ({ ...b, currency: 'usd' })],
  ['currency unknown', (b) => ({ ...b, currency: 'XYZ' })],
  ['currency JPY', (b) => ({ ...b, currency: 'JPY' })],
  ['no merchantName', (b) => ({ ...b, merchantName: undefined })],
  ['merchantId too long', (b) => ({ ...b, merchantId: 'x'.repeat(31) })],
  ['relative successUrl', (b) => ({ ...b, successUrl: '/ok' })],
  ['localhost successUrl', (b) => ({ ...b, successUrl: 'http://localhost:8080/ok' })],
  ['ftp errorUrl', (b) => ({ ...b, errorUrl: 'ftp://x.example/e' })],
  ['items added', (b) => ({ ...b, items: [{ productId: 'a', name: 'A', price: 1, quantity: 1 }] })],
  ['donation mode', (b) => ({ ...b, checkoutMode: 'donation' })],
  ['recurring without config', (b) => ({ ...b, checkoutMode: 'recurring', recurringConfig: undefined })],
  [
    'bad interval',
    (b) => ({ ...b, recurringConfig: { planName: 'P', interval: 'fortnightly', startDate: '2026-12-01' } }),
  ],
  ['unknown mode', (b) => ({ ...b, checkoutMode: 'subscription' })],
  ['iframe without origin', (b) => ({ ...b, embedMode: 'iframe' })],
  ['iframe with origin', (b) => ({ ...b, embedMode: 'iframe', parentOrigin: 'https://shop.example/' })],
  ['origin with path', (b) => ({ ...b, embedMode: 'popup', parentOrigin: 'https://shop.example/path' })],
  ['surcharge 3', (b) => ({ ...b, surchargePercent: '3.00' })],
  ['surcharge over 3', (b) => ({ ...b, surchargePercent: 3.01 })],
  ['surcharge text', (b) => ({ ...b, surchargePercent: 'x' })],
  ['taxExempt text', (b) => ({ ...b, taxExempt: 'yes' })],
  ['metadata over 10KB', (b) => ({ ...b, metadata: { note: 'x'.repeat(10_240) } })],
  ['metadata under 10KB', (b) => ({ ...b, metadata: { note: 'x'.repeat(10_200) } })],
  ['metadata not object', (b) => ({ ...b, metadata: 'text' })],
  ['channel pos', (b) => ({ ...b, transactionChannel: 'pos' })],
  ['appearance radius', (b) => ({ ...b, appearance: { borderRadius: 'huge' } })],
  ['appearance colour', (b) => ({ ...b, appearance: { primaryColor: 'purple', futureKey: 1 } })],
  ['appearance fine', (b) => ({ ...b, appearance: { primaryColor: '#123abc', borderRadius: 'lg' } })],
  ['quantity 0', (b) => withItem(b, { quantity: 0 })],
  ['quantity over', (b) => withItem(b, { quantity: 10_001 })],
  ['quantity fraction', (b) => withItem(b, { quantity: 1.5 })],
  ['price negative', (b) => withItem(b, { price: -1 })],
  ['price 3 decimals', (b) => withItem(b, { price: 1.005 })],
  ['price as text', (b) => withItem(b, { price: '9.99' })],
  ['productId too long', (b) => withItem(b, { productId: 'p'.repeat(101) })],
  ['name too long', (b) => withItem(b, { name: 'n'.repeat(201) })],
  ['description too long', (b) => withItem(b, { description: 'd'.repeat(501) })],
  ['cart over cap', (b) => withItem(b, { price: 999_999_999, quantity: 2 })],
  [
    '101 items',
    (b) => ({
      ...b,
      amount: undefined,
      items: Array.from({ length: 101 }, (_, i) => ({ productId: `p${i}`, name: 'x', price: 1, quantity: 1 })),
    }),
  ],
  ['empty items', (b) => ({ ...b, amount: undefined, items: [] })],
];

function withItem(body: Body, change: Record<string, unknown>): Body {
  const items =
    Array.isArray(body.items) && body.items.length > 0
      ? (body.items as Body[])
      : [{ productId: 'a', name: 'A', price: 1, quantity: 1 }];
  return { ...body, amount: undefined, items: [{ ...items[0], ...change }, ...items.slice(1)] };
}

const generated = fc
  .tuple(validBody, fc.array(fc.constantFrom(...mutations), { maxLength: 2 }))
  .map(([base, changes]) => ({
    body: changes.reduce((b, [, change]) => change(b), base),
    changes: changes.map(([name]) => name),
  }));

describe('shared create-session schema vs the sandbox', () => {
  it('agree on every generated body, valid or not', async () => {
    const { base } = await startSandbox();
    const verdicts = { accepted: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(generated, async ({ body, changes }) => {
        const sent = JSON.parse(JSON.stringify(body)) as Body;
        const schemaAccepts = CreateSessionSchema.safeParse(sent).success;
        const { status, json } = await postJson(`${base}/api/sessions/create`, sent);
        verdicts[status === 200 ? 'accepted' : 'rejected'] += 1;
        expect({ changes, schemaAccepts, details: json?.details }).toEqual({
          changes,
          schemaAccepts: status === 200,
          details: json?.details,
        });
      }),
      { numRuns: 500 },
    );
    // Both kinds must really be exercised, or the agreement says nothing.
    expect(verdicts.accepted).toBeGreaterThan(100);
    expect(verdicts.rejected).toBeGreaterThan(100);
  });
});
