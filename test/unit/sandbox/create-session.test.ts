import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/main/sandbox/http-util';
import { KEYS, createSession, getSession, postJson, sessionBody, startSandbox } from '../helpers/sandbox';

describe('sandbox POST /api/sessions/create', () => {
  it('creates a pending session with the documented response shape', async () => {
    const { base } = await startSandbox();
    const { status, json } = await postJson(`${base}/api/sessions/create`, sessionBody());
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.data.sessionId).toMatch(/^session_[a-z0-9]{14}$/);
    expect(json.data.checkoutUrl).toBe(`${base}/checkout/${json.data.sessionId}`);
    expect(json.data.pricing).toEqual({ subtotal: 25, tax: 0, shipping: 0, total: 25, currency: 'USD' });
    expect(typeof json.data.embedCode).toBe('string');
    const created = Date.now();
    expect(Math.abs(Date.parse(json.data.expiresAt) - (created + 30 * 60_000))).toBeLessThan(5000);
    expect((await getSession(base, json.data.sessionId)).data.session.status).toBe('pending');
  });

  it.each([
    ['no keys', {}],
    ['only the vault key', { 'x-api-key': KEYS['x-api-key'] }],
    ['a wrong merchant key', { ...KEYS, 'x-ozura-api-key': 'nope' }],
  ])('answers 401 to %s', async (_name, headers) => {
    const { base } = await startSandbox();
    const { status, json } = await postJson(`${base}/api/sessions/create`, sessionBody(), headers);
    expect(status).toBe(401);
    expect(json).toEqual({ success: false, error: 'Invalid or missing API key' });
  });

  it('answers 401 when the body names another merchant than the keys', async () => {
    const { base } = await startSandbox();
    expect((await postJson(`${base}/api/sessions/create`, sessionBody({ merchantId: 'ozu_other' }))).status).toBe(401);
  });

  it('accepts other keys when configured with them', async () => {
    const account = { merchantId: 'ozu_staging', apiKey: 'v2', merchantKey: 'm2' };
    const { base } = await startSandbox({ accounts: [account] });
    const keys = { 'x-api-key': 'v2', 'x-ozura-api-key': 'm2' };
    expect(
      (await postJson(`${base}/api/sessions/create`, sessionBody({ merchantId: 'ozu_staging' }), keys)).status,
    ).toBe(200);
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(401);
  });

  it('answers 400 to malformed JSON and to a body that is not JSON', async () => {
    const { base } = await startSandbox();
    const broken = await postJson(`${base}/api/sessions/create`, '{"amount": ');
    expect(broken).toMatchObject({ status: 400, json: { success: false, error: 'Invalid JSON body' } });
    const response = await fetch(`${base}/api/sessions/create`, {
      method: 'POST',
      headers: { ...KEYS, 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ success: false, error: 'Content-Type must be application/json' });
    const array = await postJson(`${base}/api/sessions/create`, [1, 2]);
    expect(array.json.details).toEqual(['Request body must be a JSON object']);
  });

  it('answers 413 to a body over MAX_BODY_BYTES, and then serves the next request', async () => {
    const { base } = await startSandbox();
    const huge = JSON.stringify(sessionBody({ metadata: { note: 'x'.repeat(MAX_BODY_BYTES) } }));
    const tooLarge = await postJson(`${base}/api/sessions/create`, huge);
    expect(tooLarge).toMatchObject({ status: 413, json: { success: false, error: 'Request body too large' } });
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
  });

  // Each rule: a body that breaks it gets a 400 whose details name the field; the fixed body passes.
  const rules: [string, Record<string, unknown>, string][] = [
    ['merchantId required', { merchantId: undefined }, 'merchantId is required'],
    ['merchantId at most 30', { merchantId: 'x'.repeat(31) }, 'merchantId must be at most 30 characters'],
    ['merchantName required', { merchantName: '' }, 'merchantName is required'],
    ['merchantName at most 200', { merchantName: 'n'.repeat(201) }, 'merchantName must be at most 200 characters'],
    ['successUrl absolute', { successUrl: '/success' }, 'successUrl must be an absolute http(s) URL'],
    ['cancelUrl required', { cancelUrl: undefined }, 'cancelUrl is required'],
    ['errorUrl http(s)', { errorUrl: 'ftp://x.example/e' }, 'errorUrl must be an absolute http(s) URL'],
    ['amount required', { amount: undefined }, 'amount is required unless items are given or checkoutMode is donation'],
    ['amount > 0', { amount: '0' }, 'amount must be greater than 0'],
    ['amount not negative', { amount: -5 }, 'amount must be greater than 0'],
    ['amount 2 decimals', { amount: '1.234' }, 'amount must have at most 2 decimal places for USD'],
    [
      'amount 0 decimals for JPY',
      { amount: '10.5', currency: 'JPY' },
      'amount must have at most 0 decimal places for JPY',
    ],
    ['amount cap', { amount: '1000000000.00' }, 'amount must be at most 999999999.99'],
    ['amount a number or string', { amount: true }, 'amount must be a number or a decimal string'],
    ['currency code', { currency: 'usd' }, 'currency must be a 3-letter uppercase ISO 4217 code'],
    ['checkoutMode enum', { checkoutMode: 'subscription' }, 'checkoutMode must be one of payment, donation, recurring'],
    ['embedMode enum', { embedMode: 'modal' }, 'embedMode must be one of redirect, popup, iframe, new_tab'],
    ['parentOrigin for iframe', { embedMode: 'iframe' }, 'parentOrigin is required when embedMode is iframe'],
    ['parentOrigin for popup', { embedMode: 'popup' }, 'parentOrigin is required when embedMode is popup'],
    [
      'parentOrigin an origin',
      { embedMode: 'iframe', parentOrigin: 'https://a.example/path' },
      'parentOrigin must be an origin such as https://shop.example.com',
    ],
    [
      'amount with items',
      { items: [{ productId: 'a', name: 'A', price: 1, quantity: 1 }] },
      'amount and items cannot be used together',
    ],
    ['surcharge at most 3', { surchargePercent: '3.01' }, 'surchargePercent must be at most 3.00'],
    [
      'surcharge a number',
      { surchargePercent: 'lots' },
      'surchargePercent must be a number from 0 to 3.00 with at most 2 decimals',
    ],
    ['transactionChannel enum', { transactionChannel: 'pos' }, 'transactionChannel must be one of ecommerce, moto'],
    ['taxExempt boolean', { taxExempt: 'yes' }, 'taxExempt must be a boolean'],
    ['metadata object', { metadata: 'x' }, 'metadata must be an object'],
    [
      'metadata 10KB',
      { metadata: { note: 'x'.repeat(10_240) } },
      'metadata must be at most 10KB (10240 bytes as JSON)',
    ],
    [
      'appearance enum',
      { appearance: { borderRadius: 'huge' } },
      'appearance.borderRadius must be one of none, sm, base, lg, xl, full',
    ],
    [
      'appearance colour',
      { appearance: { primaryColor: 'purple' } },
      'appearance.primaryColor must be a hex colour such as #1a2b3c',
    ],
    [
      'recurringConfig required',
      { checkoutMode: 'recurring' },
      'recurringConfig is required when checkoutMode is recurring',
    ],
  ];
  it.each(rules)('400 for %s', async (_rule, change, detail) => {
    const { base } = await startSandbox();
    const { status, json } = await postJson(`${base}/api/sessions/create`, sessionBody(change));
    expect(status).toBe(400);
    expect(json.success).toBe(false);
    expect(json.error).toBe('Validation failed');
    expect(json.details).toContain(detail);
  });

  it.each([
    ['a numeric amount', { amount: 25 }],
    ['a yen amount', { amount: '2500', currency: 'JPY' }],
    ['the largest amount', { amount: '999999999.99' }],
    ['an iframe with its origin', { embedMode: 'iframe', parentOrigin: 'https://shop.example/' }],
    ['a surcharge of 3%', { surchargePercent: 3 }],
    ['metadata just under 10KB', { metadata: { note: 'x'.repeat(10_200) } }],
    ['unknown appearance keys', { appearance: { primaryColor: '#123456', futureField: 1 } }],
    ['a donation without amount', { amount: undefined, checkoutMode: 'donation' }],
    [
      'a recurring plan',
      {
        checkoutMode: 'recurring',
        recurringConfig: { planName: 'Monthly', interval: 'monthly', startDate: '2026-12-01' },
      },
    ],
  ])('accepts %s', async (_name, change) => {
    const { base } = await startSandbox();
    const { status, json } = await postJson(`${base}/api/sessions/create`, sessionBody(change));
    expect(json.details).toBeUndefined();
    expect(status).toBe(200);
  });

  it('reports every broken rule at once', async () => {
    const { base } = await startSandbox();
    const { json } = await postJson(`${base}/api/sessions/create`, { merchantId: 'ozu_sandbox', amount: 'x' });
    expect(json.details).toEqual(
      expect.arrayContaining([
        'merchantName is required',
        'successUrl is required',
        'cancelUrl is required',
        'errorUrl is required',
        'amount must be a number or a decimal string',
      ]),
    );
  });

  it('replays the same session for a repeated idempotency key, and refuses it with another body', async () => {
    const { base, sandbox } = await startSandbox();
    const body = sessionBody({ idempotencyKey: 'press-1' });
    const first = await postJson(`${base}/api/sessions/create`, body);
    const again = await postJson(`${base}/api/sessions/create`, { ...body });
    expect(again.json).toEqual(first.json);
    expect(sandbox.state.sessions.size).toBe(1);
    const other = await postJson(`${base}/api/sessions/create`, { ...body, amount: '26.00' });
    expect(other).toMatchObject({
      status: 409,
      json: { success: false, error: 'Idempotency key reuse with different parameters' },
    });
  });
});

describe('sandbox GET /api/sessions/{id}', () => {
  it('needs no key and returns the session, and 404 for an unknown id', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base, { metadata: { reference: 'T4' } });
    const found = await getSession(base, sessionId);
    expect(found.data.session).toMatchObject({
      sessionId,
      status: 'pending',
      merchantId: 'ozu_sandbox',
      checkoutMode: 'payment',
      amount: '25.00',
      currency: 'USD',
      metadata: { reference: 'T4' },
    });
    const missing = await fetch(`${base}/api/sessions/session_doesnotexist00`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ success: false, error: 'Session not found' });
  });
});
