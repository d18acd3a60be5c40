import { describe, expect, it } from 'vitest';
import { createSession, getSession, postJson, startSandbox, submitCard, visitLink } from '../helpers/sandbox';

// #15 attacks 18–20: the sandbox is a test backend, but the tests trust what it says, so it must
// not let another page cancel a checkout, change its clock, put words in its error page, or take
// more payments on a link than its limit.

describe('attack 18: forged requests to the sandbox', () => {
  it('a cross-origin POST without the page’s token cannot cancel or pay another session', async () => {
    const { base } = await startSandbox();
    const { sessionId } = await createSession(base);
    const headers = { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' };
    const cancel = await fetch(`${base}/checkout/${sessionId}/cancel`, { method: 'POST', headers, redirect: 'manual' });
    expect(cancel.status).toBe(403);
    const pay = await fetch(`${base}/checkout/${sessionId}/pay`, {
      method: 'POST',
      headers,
      body: 'cardNumber=4242424242424242&expiry=12%2F30&cvc=123',
      redirect: 'manual',
    });
    expect(pay.status).toBe(403);
    expect((await getSession(base, sessionId)).data.session.status).toBe('pending');
  });

  it('a token for one session does not work for another', async () => {
    const { base } = await startSandbox();
    const first = await createSession(base);
    const second = await createSession(base);
    const page = await (await fetch(`${base}/checkout/${first.sessionId}`)).text();
    const token = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(token).not.toBe('');
    const response = await fetch(`${base}/checkout/${second.sessionId}/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `formToken=${token}`,
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });

  it.each([
    ['text/plain from any origin', { 'content-type': 'text/plain' }],
    ['JSON from a foreign origin', { 'content-type': 'application/json', origin: 'https://evil.example' }],
  ])('/__sandbox/clock and /__sandbox/faults refuse %s', async (_name, headers) => {
    const { base } = await startSandbox();
    for (const [what, body] of [
      ['clock', { advanceMs: 60 * 60_000 }],
      ['faults', { failNext: { count: 5, status: 503 } }],
    ] as const) {
      const response = await fetch(`${base}/__sandbox/${what}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      expect(response.status, what).toBe(403);
    }
    const { sessionId } = await createSession(base);
    expect((await getSession(base, sessionId)).data.session.status).toBe('pending');
  });

  it('the tests’ own JSON from loopback (no Origin) still works', async () => {
    const { base } = await startSandbox();
    expect((await postJson(`${base}/__sandbox/clock`, { advanceMs: 1000 }, {})).status).toBe(200);
  });
});

describe('attack 19: the error page shows only what the sandbox knows', () => {
  it('an unknown code and the attacker’s words and link are not shown', async () => {
    const { base } = await startSandbox();
    const query = new URLSearchParams({
      errorCode: 'CALL_US',
      error: 'Your card is blocked, call +1 555 0100',
      cancelUrl: 'https://evil.example/phish',
    });
    const html = await (await fetch(`${base}/error?${query}`)).text();
    expect(html).not.toContain('call +1 555 0100');
    expect(html).not.toContain('CALL_US');
    expect(html).not.toContain('evil.example');
  });

  it('a known code gets its own words, and a real session’s cancelUrl its button', async () => {
    const { base } = await startSandbox();
    await createSession(base, { cancelUrl: 'https://shop.example/cart' });
    const query = new URLSearchParams({
      errorCode: 'SYSTEM_ERROR',
      error: 'anything at all',
      cancelUrl: 'https://shop.example/cart',
    });
    const html = await (await fetch(`${base}/error?${query}`)).text();
    expect(html).toContain('SYSTEM_ERROR');
    expect(html).toContain('href="https://shop.example/cart"');
    expect(html).not.toContain('anything at all');
  });
});

describe('attack 20: a payment link’s usage limit is counted when paying', () => {
  it('five visitors open five sessions of a link limited to 1; only the first payment goes through', async () => {
    const { base } = await startSandbox();
    const { json } = await postJson(`${base}/api/payment-links/create`, {
      merchantId: 'ozu_sandbox',
      merchantName: 'Gate',
      amount: '5.00',
      currency: 'USD',
      successUrl: 'https://shop.example/ok',
      cancelUrl: 'https://shop.example/cart',
      errorUrl: 'https://shop.example/error',
      usageLimit: 1,
    });
    const url = (json as { data: { url: string } }).data.url;
    const visits = await Promise.all(Array.from({ length: 5 }, () => visitLink(url)));
    const paid: number[] = [];
    for (const visit of visits) paid.push((await submitCard(base, visit.sessionId ?? '')).status);
    expect(paid.filter((status) => status === 303)).toHaveLength(1);
    expect(paid.filter((status) => status === 410)).toHaveLength(4);
    const statuses = await Promise.all(
      visits.map(
        async (v): Promise<string> => (await getSession(base, v.sessionId ?? '')).data.session.status as string,
      ),
    );
    expect(statuses.filter((s) => s === 'completed')).toHaveLength(1);
  });
});
