import { describe, expect, it } from 'vitest';
import { postCancelForm } from '../../support/checkout-form';
import { createSession, getSession, postJson, sessionBody, startSandbox, submitCard } from '../helpers/sandbox';

describe('sandbox hosted checkout', () => {
  it('shows merchant, amount and the labelled card form', async () => {
    const { base } = await startSandbox();
    const { checkoutUrl } = await createSession(base);
    const response = await fetch(checkoutUrl);
    const html = await response.text();
    expect(response.status).toBe(200);
    for (const text of [
      'Corner Cafe',
      '$25.00',
      'Card number',
      'Expiry (MM/YY)',
      'CVC',
      'Name on card',
      'Email',
      '>Pay<',
      '>Cancel<',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('completes an approved payment and redirects with the documented parameters and no billing PII', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base, {
      metadata: {
        reference: 'T4',
        apiKey: 'secret',
        idempotencyKey: 'k',
        merchantName: 'x',
        waxKey: 'w',
        ozuraApiKey: 'o',
      },
    });
    const paid = await submitCard(base, sessionId, { cardNumber: '4111 1111 1111 1111', expiry: '12/30' });
    expect(paid.status).toBe(303);
    const url = new URL(paid.location ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.example/success');
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      ref: 'abc', // the merchant's own query is kept, ours come after it
      success: 'true',
      sessionId,
      checkoutMode: 'payment',
      transactionType: 'sale',
      amount: '25.00',
      currency: 'USD',
      ozuraMerchantId: 'ozu_sandbox',
      cardLastFour: '1111',
      cardBrand: 'VISA',
      cardExpMonth: '12',
      cardExpYear: '30',
    });
    expect([...url.searchParams.keys()][0]).toBe('ref');
    expect(params.transactionId).toMatch(/^\d{6}\d{7}[0-9A-F]{4}$/);
    expect(Date.parse(params.transDate ?? '')).not.toBeNaN();
    expect(JSON.parse(params.metadata ?? '')).toEqual({ reference: 'T4' });
    expect(paid.location).not.toMatch(/Ada|ada%40example|surchargeAmount/);
    const { session } = (await getSession(base, sessionId)).data;
    expect(session).toMatchObject({
      status: 'completed',
      transactionId: params.transactionId,
      cardLastFour: '1111',
      billing: { name: 'Ada Lovelace', email: 'ada@example.com' },
    });
  });

  it('adds the surcharge to the charged amount and reports it', async () => {
    const { base } = await startSandbox();
    const { sessionId, pricing } = await createSession(base, { amount: '10.00', surchargePercent: '3.00' });
    expect(pricing?.total).toBe(10);
    const params = new URL((await submitCard(base, sessionId)).location ?? '').searchParams;
    expect(params.get('amount')).toBe('10.30');
    expect(params.get('surchargeAmount')).toBe('0.30');
  });

  it('declines 4000 0000 0000 0002 inline and lets the customer retry', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    const declined = await submitCard(base, sessionId, { cardNumber: '4000 0000 0000 0002' });
    expect(declined.status).toBe(402);
    expect(declined.html).toContain('Your card was declined');
    expect((await getSession(base, sessionId)).data.session.status).toBe('pending');
    expect((await submitCard(base, sessionId)).status).toBe(303);
    expect((await getSession(base, sessionId)).data.session.status).toBe('completed');
  });

  it.each([
    ['4000 0000 0000 0119', 'SYSTEM_ERROR'],
    ['4000 0000 0000 0101', 'MANUAL_REVIEW'],
  ])('fails %s with %s and redirects to errorUrl', async (card, code) => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    const failed = await submitCard(base, sessionId, { cardNumber: card });
    const url = new URL(failed.location ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.example/error');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      success: 'false',
      errorCode: code,
      cancelUrl: 'https://shop.example/cart',
    });
    expect(url.searchParams.get('error')).toBeTruthy();
    expect((await getSession(base, sessionId)).data.session).toMatchObject({ status: 'failed', errorCode: code });
  });

  it('ends in FORBIDDEN after 5 declined attempts', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await submitCard(base, sessionId, { cardNumber: '4000000000000002' })).status).toBe(402);
    }
    const fifth = await submitCard(base, sessionId, { cardNumber: '4000000000000002' });
    expect(new URL(fifth.location ?? '').searchParams.get('errorCode')).toBe('FORBIDDEN');
    expect((await getSession(base, sessionId)).data.session.status).toBe('failed');
  });

  it.each([
    ['a Luhn-invalid number', { cardNumber: '4242 4242 4242 4241' }, 'This card number is not valid'],
    ['a short number', { cardNumber: '4242' }, 'Enter a card number of 13 to 19 digits'],
    ['a past expiry', { expiry: '01/20' }, 'This card has expired'],
    ['a bad month', { expiry: '13/30' }, 'Enter a month from 01 to 12'],
    ['a bad CVC', { cvc: '12' }, 'Enter the 3-digit security code'],
  ])('shows an inline error for %s and keeps the session pending', async (_name, fields, message) => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    const result = await submitCard(base, sessionId, fields);
    expect(result.status).toBe(400);
    expect(result.html).toContain(message);
    expect((await getSession(base, sessionId)).data.session).toMatchObject({ status: 'pending' });
  });

  it('cancels with a plain redirect to cancelUrl', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    const response = await postCancelForm(`${base}/checkout/${sessionId}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://shop.example/cart');
    expect((await getSession(base, sessionId)).data.session.status).toBe('cancelled');
  });

  it('expires 30 minutes after creation (test clock) and shows the expiry page', async () => {
    const { base } = await startSandbox();
    const { sessionId, checkoutUrl } = await createSession(base);
    await postJson(`${base}/__sandbox/clock`, { advanceMs: 29 * 60_000 });
    expect((await getSession(base, sessionId)).data.session.status).toBe('pending');
    await postJson(`${base}/__sandbox/clock`, { advanceMs: 2 * 60_000 });
    expect((await getSession(base, sessionId)).data.session.status).toBe('expired');
    const page = await fetch(checkoutUrl);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('This checkout has expired');
    expect(html).toContain('href="https://shop.example/cart"');
  });

  it('sends a finished session’s page to cancelUrl, and a failed one to errorUrl with SESSION_FAILED', async () => {
    const { base } = await startSandbox();
    const paid = await createSession(base);
    await submitCard(base, paid.sessionId);
    const again = await fetch(paid.checkoutUrl, { redirect: 'manual' });
    expect(again.headers.get('location')).toBe('https://shop.example/cart');
    const failed = await createSession(base);
    await submitCard(base, failed.sessionId, { cardNumber: '4000000000000119' });
    const reopened = await fetch(failed.checkoutUrl, { redirect: 'manual' });
    expect(new URL(reopened.headers.get('location') ?? '').searchParams.get('errorCode')).toBe('SESSION_FAILED');
  });

  it('lets a donor choose the amount and charges that', async () => {
    const { base } = await startSandbox();
    const { sessionId, checkoutUrl } = await createSession(base, { checkoutMode: 'donation', amount: '10.00' });
    expect(await (await fetch(checkoutUrl)).text()).toContain('value="10.00"');
    const params = new URL((await submitCard(base, sessionId, { donationAmount: '15.50' })).location ?? '')
      .searchParams;
    expect(params.get('checkoutMode')).toBe('donation');
    expect(params.get('amount')).toBe('15.50');
    expect((await getSession(base, sessionId)).data.session.amount).toBe('15.50');
  });

  it('lists the items of a cart with quantities and the total', async () => {
    const { base } = await startSandbox();
    const { checkoutUrl, pricing } = await createSession(
      base,
      sessionBody({
        amount: undefined,
        items: [
          { productId: 'tea', name: 'Green tea', price: 3.5, quantity: 2 },
          { productId: 'cake', name: 'Cake', price: 4.25, quantity: 1 },
        ],
      }),
    );
    expect(pricing?.subtotal).toBe(11.25);
    const html = await (await fetch(checkoutUrl)).text();
    expect(html).toContain('Green tea × 2');
    expect(html).toContain('$7.00');
    expect(html).toContain('$11.25');
  });
});
