import { apiFailure } from '../helpers/api-error';
import { describe, expect, it } from 'vitest';
import { OzuraClient } from '../../../src/main/core/ozura-client/client';
import type { CreateSessionRequest } from '../../../src/shared/ozura/create-request';
import { KEYS, postJson, sessionBody, startSandbox } from '../helpers/sandbox';

const credentials = { apiKey: KEYS['x-api-key'], merchantKey: KEYS['x-ozura-api-key'] };
const noWait = (): Promise<void> => Promise.resolve();

function request(overrides: Partial<CreateSessionRequest> = {}): CreateSessionRequest {
  return { ...(sessionBody() as unknown as CreateSessionRequest), idempotencyKey: crypto.randomUUID(), ...overrides };
}

describe('OzuraClient against the sandbox', () => {
  it('creates and reads a session', async () => {
    const { base } = await startSandbox();
    const client = new OzuraClient({ baseUrl: base, credentials });
    const created = await client.createSession(request());
    expect(created.checkoutUrl).toBe(`${base}/checkout/${created.sessionId}`);
    expect((await client.getSession(created.sessionId)).status).toBe('pending');
  });

  it('says the keys were refused on a 401 and does not retry', async () => {
    const { base, sandbox } = await startSandbox();
    const client = new OzuraClient({
      baseUrl: base,
      credentials: { apiKey: 'wrong', merchantKey: 'wrong' },
      sleep: noWait,
    });
    const error = await apiFailure(client.createSession(request()));
    expect(error).toMatchObject({ kind: 'rejected', status: 401 });
    expect(error.message).toContain('Check the keys in Settings');
    expect(sandbox.state.sessions.size).toBe(0);
  });

  it('passes on the API’s validation details', async () => {
    const { base } = await startSandbox();
    const client = new OzuraClient({ baseUrl: base, credentials });
    const error = await apiFailure(client.createSession(request({ successUrl: '/relative' })));
    expect(error.details).toEqual(['successUrl must be an absolute http(s) URL']);
    expect(error.message).toContain('successUrl must be an absolute http(s) URL');
  });

  it('retries a burst of 503s and a reset connection, making exactly one session', async () => {
    const { base, sandbox } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, { resetNext: 1, failNext: { count: 2, status: 503 } });
    const waits: number[] = [];
    const client = new OzuraClient({ baseUrl: base, credentials, sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    const created = await client.createSession(request());
    expect(waits).toEqual([250, 500, 1000]);
    expect([...sandbox.state.sessions.keys()]).toEqual([created.sessionId]);
  });

  it('recovers the original session when the first answer was lost', async () => {
    const { base, sandbox } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, { dropResponseNext: 1 });
    const client = new OzuraClient({ baseUrl: base, credentials, sleep: noWait });
    const created = await client.createSession(request());
    expect(sandbox.state.sessions.size).toBe(1);
    expect(sandbox.session(created.sessionId)).toBeDefined();
  });

  it('waits out a short Retry-After on 429', async () => {
    const { base } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, { rateLimitNext: { count: 1, retryAfterSeconds: 2 } });
    const waits: number[] = [];
    const client = new OzuraClient({ baseUrl: base, credentials, sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    await client.createSession(request());
    expect(waits).toEqual([2000]);
  });

  it('gives up with a clear message when the API stays down', async () => {
    const { base, sandbox } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, { failNext: { count: 10, status: 502 } });
    const client = new OzuraClient({ baseUrl: base, credentials, sleep: noWait });
    const error = await apiFailure(client.createSession(request()));
    expect(error).toMatchObject({ kind: 'unavailable', status: 502 });
    expect(error.message).toBe('Ozura is having trouble (502). Try again in a moment.');
    expect(sandbox.state.sessions.size).toBe(0);
  });

  it('times out a request that takes too long', async () => {
    const { base } = await startSandbox();
    await postJson(`${base}/__sandbox/faults`, { latencyMs: 500 });
    const client = new OzuraClient({ baseUrl: base, credentials, timeoutMs: 100 });
    const error = await apiFailure(client.getSession('session_whatever00000'));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/did not answer within/);
  });

  it('says it cannot reach a host that is not there', async () => {
    const { base, sandbox } = await startSandbox();
    await sandbox.stop();
    const client = new OzuraClient({ baseUrl: base, credentials, sleep: noWait });
    const error = await apiFailure(client.getSession('session_x'));
    expect(error.message).toMatch(/^Cannot reach 127\.0\.0\.1:\d+\. Check the connection\.$/);
  });

  it('names a host staff know by the name they know it by, never its address (#18)', async () => {
    const { base, sandbox } = await startSandbox();
    await sandbox.stop();
    const said = async (known: { kind: 'sandbox' | 'ozura' | 'custom'; name: string }) =>
      (await apiFailure(new OzuraClient({ baseUrl: base, credentials, sleep: noWait, known }).getSession('session_x')))
        .message;
    expect(await said({ kind: 'ozura', name: 'Market stall' })).toBe(
      "Ozura is not answering. Check this computer's internet connection, then try again.",
    );
    expect(await said({ kind: 'custom', name: 'Staging' })).toBe(
      'The host of “Staging” is not answering. Check the connection and its address in Settings, then try again.',
    );
    expect(await said({ kind: 'sandbox', name: 'Built-in sandbox' })).not.toContain('127.0.0.1');
  });

  it('refuses an answer that is not what the API documents', async () => {
    const fakeFetch = (() =>
      Promise.resolve(
        new Response(JSON.stringify({ success: true, data: { session: { status: 'paid' } } }), { status: 200 }),
      )) as typeof fetch;
    const client = new OzuraClient({ baseUrl: 'https://checkout.ozura.com', credentials, fetch: fakeFetch });
    const error = await apiFailure(client.getSession('session_x'));
    expect(error.message).toBe('checkout.ozura.com sent an answer Linkdesk does not understand.');
  });
});
