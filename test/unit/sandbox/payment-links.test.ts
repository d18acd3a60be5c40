import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_WRITE_DELAY_MS } from '../../../src/main/sandbox/state';
import { tempDir } from '../helpers/main';
import { getSession, postJson, sessionBody, startSandbox, submitCard, visitLink } from '../helpers/sandbox';

async function createLink(base: string, overrides: Record<string, unknown> = {}) {
  return postJson(`${base}/api/payment-links/create`, sessionBody(overrides));
}

describe('sandbox payment links', () => {
  it('creates a link with the documented response and a 7-day default expiry', async () => {
    const { base } = await startSandbox();
    const { status, json } = await createLink(base);
    expect(status).toBe(200);
    expect(json.data.paymentLinkId).toMatch(/^pl_[0-9a-f]{14}$/);
    expect(json.data.url).toBe(`${base}/pay/${json.data.paymentLinkId}`);
    const sevenDays = Date.now() + 7 * 24 * 3600_000;
    expect(Math.abs(Date.parse(json.data.expiresAt) - sevenDays)).toBeLessThan(5000);
  });

  it.each([
    [{ expiresInDays: 0 }, 'expiresInDays must be an integer from 1 to 3650'],
    [{ expiresInDays: 3651 }, 'expiresInDays must be an integer from 1 to 3650'],
    [{ expiresInDays: 1.5 }, 'expiresInDays must be an integer from 1 to 3650'],
    [{ usageLimit: 0 }, 'usageLimit must be a positive integer or null'],
    [{ usageLimit: 'ten' }, 'usageLimit must be a positive integer or null'],
    [{ merchantName: undefined }, 'merchantName is required'],
    [
      { checkoutMode: 'donation', items: [{ productId: 'a', name: 'A', price: 1, quantity: 1 }], amount: undefined },
      'items cannot be used with checkoutMode donation',
    ],
  ])('400 for %j', async (change, detail) => {
    const { base } = await startSandbox();
    const { status, json } = await createLink(base, change);
    expect(status).toBe(400);
    expect(json.details).toContain(detail);
  });

  it('accepts the limits of expiresInDays and an unlimited usageLimit', async () => {
    const { base } = await startSandbox();
    for (const change of [{ expiresInDays: 1 }, { expiresInDays: 3650 }, { usageLimit: null }, { usageLimit: 3 }]) {
      expect((await createLink(base, change)).status).toBe(200);
    }
  });

  it('needs the keys', async () => {
    const { base } = await startSandbox();
    expect((await postJson(`${base}/api/payment-links/create`, sessionBody(), {})).status).toBe(401);
  });

  it('makes a new session per visit, and carries paymentLinkId in metadata to the success redirect', async () => {
    const { base } = await startSandbox();
    const { json } = await createLink(base, { metadata: { poster: 'entrance' } });
    const first = await visitLink(json.data.url);
    const second = await visitLink(json.data.url);
    expect(first.status).toBe(303);
    expect(first.sessionId).toMatch(/^session_/);
    expect(second.sessionId).not.toBe(first.sessionId);
    const paid = new URL((await submitCard(base, first.sessionId ?? '')).location ?? '');
    expect(JSON.parse(paid.searchParams.get('metadata') ?? '')).toEqual({
      poster: 'entrance',
      paymentLinkId: json.data.paymentLinkId,
    });
    expect((await getSession(base, first.sessionId ?? '')).data.session.metadata.paymentLinkId).toBe(
      json.data.paymentLinkId,
    );
  });

  it('counts successful payments against usageLimit, then answers 410', async () => {
    const { base } = await startSandbox();
    const { json } = await createLink(base, { usageLimit: 1 });
    const unpaid = await visitLink(json.data.url);
    const paid = await visitLink(json.data.url);
    expect(unpaid.sessionId).toBeDefined();
    await submitCard(base, paid.sessionId ?? '');
    const spent = await fetch(json.data.url);
    expect(spent.status).toBe(410);
    expect(await spent.text()).toContain('This payment link is no longer available');
  });

  it('answers 410 once expired (test clock), and 404 for an unknown link', async () => {
    const { base } = await startSandbox();
    const { json } = await createLink(base, { expiresInDays: 1 });
    await postJson(`${base}/__sandbox/clock`, { advanceMs: 24 * 3600_000 + 1000 });
    const expired = await fetch(json.data.url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This payment link has expired');
    expect((await fetch(`${base}/pay/pl_00000000000000`)).status).toBe(404);
  });
});

describe('sandbox test controls', () => {
  it('validates the fault plan and the clock request', async () => {
    const { base } = await startSandbox();
    expect((await postJson(`${base}/__sandbox/faults`, { failNext: { count: 1, status: 418 } })).status).toBe(400);
    expect((await postJson(`${base}/__sandbox/faults`, { explode: true })).status).toBe(400);
    expect((await postJson(`${base}/__sandbox/clock`, { advanceMs: -5 })).status).toBe(400);
    expect((await postJson(`${base}/__sandbox/clock`, '{')).status).toBe(400);
  });

  it('answers 429 with Retry-After, then 5xx, then recovers; DELETE clears the plan', async () => {
    const { base } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, {
      rateLimitNext: { count: 1, retryAfterSeconds: 7 },
      failNext: { count: 1, status: 500 },
    });
    const limited = await postJson(`${base}/api/sessions/create`, sessionBody());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json).toEqual({ success: false, error: 'Too many requests' });
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(500);
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
    await postJson(`${base}/__sandbox/faults`, { failNext: { count: 5, status: 503 } });
    await fetch(`${base}/__sandbox/faults`, { method: 'DELETE' });
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
  });
});

describe('sandbox persistence', () => {
  it('keeps sessions in its data file across a restart, and moves an unreadable file aside', async () => {
    const dir = await tempDir();
    const dataFile = join(dir, 'sandbox.json');
    const first = await startSandbox({ dataFile });
    const { json } = await postJson(`${first.base}/api/sessions/create`, sessionBody());
    await submitCard(first.base, json.data.sessionId);
    await first.sandbox.stop();
    const second = await startSandbox({ dataFile });
    expect((await getSession(second.base, json.data.sessionId)).data.session.status).toBe('completed');
    await second.sandbox.stop();

    await writeFile(dataFile, '{"version":1,"sessions":"oops"');
    const third = await startSandbox({ dataFile });
    expect(third.sandbox.state.sessions.size).toBe(0);
    expect((await readdir(dir)).some((name) => name.startsWith('sandbox.json.unreadable-'))).toBe(true);
  });
});

describe('sandbox state file', () => {
  it('is written on its own, STATE_WRITE_DELAY_MS after a burst of changes, with every one of them', async () => {
    const dir = await tempDir();
    const dataFile = join(dir, 'sandbox.json');
    const { base } = await startSandbox({ dataFile });
    const ids: string[] = [];
    for (let n = 0; n < 10; n++)
      ids.push((await postJson(`${base}/api/sessions/create`, sessionBody())).json.data.sessionId);
    const saved = async (): Promise<string[]> => {
      const text = await readFile(dataFile, 'utf8').catch(() => '{"sessions":[]}');
      return (JSON.parse(text) as { sessions: { sessionId: string }[] }).sessions.map((s) => s.sessionId);
    };
    const deadline = Date.now() + STATE_WRITE_DELAY_MS + 2000;
    while ((await saved()).length < ids.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, STATE_WRITE_DELAY_MS / 4));
    }
    expect(await saved()).toEqual(ids);
  });
});

describe('sandbox rate limit', () => {
  it('is off by default, and when configured answers 429 with Retry-After until the minute is over', async () => {
    const { base } = await startSandbox({ rateLimitPerMinute: 2 });
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
    const limited = await postJson(`${base}/api/sessions/create`, sessionBody());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await postJson(`${base}/__sandbox/clock`, { advanceMs: 60_000 });
    expect((await postJson(`${base}/api/sessions/create`, sessionBody())).status).toBe(200);
    const unlimited = await startSandbox();
    for (let i = 0; i < 5; i++)
      expect((await postJson(`${unlimited.base}/api/sessions/create`, sessionBody())).status).toBe(200);
  });
});
