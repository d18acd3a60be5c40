import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE } from '../../../src/main/core/history/history-store';
import { OzuraSandbox } from '../../../src/main/sandbox/sandbox';
import { APP_URL, data, startMain } from '../helpers/main';

const valid = { kind: 'amount', amount: '12.50', currency: 'USD' } as const;

async function historyText(dataDir: string): Promise<string> {
  return readFile(join(dataDir, HISTORY_FILE), 'utf8').catch(() => '');
}

describe('IPC dispatcher over the real core and sandbox', () => {
  it('creates a session, writes it to history before answering, and returns only contract fields', async () => {
    const main = await startMain();
    const record = await data(main.api.sessions.create({ ...valid, reference: 'T4' }));
    expect(record).toMatchObject({
      kind: 'amount',
      amountMinor: 1250,
      currency: 'USD',
      status: 'pending',
      reference: 'T4',
      merchantName: 'Sandbox Store',
    });
    expect(Object.keys(record).sort()).toEqual([
      'amountMinor',
      'apiBaseUrl',
      'checkoutUrl',
      'createdAt',
      'currency',
      'environment',
      'environmentKind',
      'expiresAt',
      'id',
      'input',
      'kind',
      'merchantName',
      'reference',
      'status',
    ]);
    expect(await historyText(main.dataDir)).toContain(record.id);
    expect(main.sandbox?.session(record.id)?.request.metadata).toEqual({ reference: 'T4' });
  });

  it.each([
    ['missing amount', { kind: 'amount', currency: 'USD' }, 'amount'],
    ['"abc"', { ...valid, amount: 'abc' }, 'amount'],
    ['negative', { ...valid, amount: '-1.00' }, 'amount'],
    ['more than 2 decimals', { ...valid, amount: '1.999' }, 'amount'],
    ['unknown currency', { ...valid, currency: 'ABC' }, 'currency'],
    ['extra fields', { ...valid, merchantId: 'ozu_evil' }, 'merchantId'],
    ['wrong types', { ...valid, amount: 12.5 }, 'amount'],
    ['no object', 'twelve fifty', '(input)'],
  ])('refuses %s with a typed error naming the field, and writes nothing', async (_name, input, field) => {
    const main = await startMain();
    const result = await main.dispatch('sessions:create', input, APP_URL);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(result.error.message).toContain(field);
    expect(main.history.size).toBe(0);
    expect(await historyText(main.dataDir)).toBe('');
    expect(main.sandbox?.state.sessions.size).toBe(0);
  });

  it('refuses unknown channels and foreign senders', async () => {
    const main = await startMain();
    expect(await main.dispatch('sessions:delete-all', {}, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await main.dispatch('sessions:changed', {}, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await main.dispatch('__proto__', {}, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await main.dispatch('sessions:create', valid, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await main.dispatch('sessions:create', valid, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(main.history.size).toBe(0);
  });

  it('makes one session for one request id, however often it is sent', async () => {
    const main = await startMain();
    const input = { ...valid, requestId: crypto.randomUUID() };
    const results = await Promise.all([1, 2, 3].map(() => data(main.api.sessions.create(input))));
    const again = await data(main.api.sessions.create(input));
    const ids = new Set([...results, again].map((record) => record.id));
    expect(ids.size).toBe(1);
    expect(main.sandbox?.state.sessions.size).toBe(1);
    expect(main.history.size).toBe(1);
  });

  it('copies a session link through the clipboard port, and says when the session is unknown', async () => {
    const main = await startMain();
    const { id } = await data(main.api.sessions.create(valid));
    await data(main.api.sessions.copyLink({ id }));
    expect(main.copied).toEqual([main.history.get(id)?.checkoutUrl]);
    expect(await main.api.sessions.copyLink({ id: 'session_unknown' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('opens a session in the system browser only on its own checkout host', async () => {
    const main = await startMain();
    const record = await data(main.api.sessions.create(valid));
    expect(await main.api.sessions.openInBrowser({ id: record.id })).toMatchObject({ ok: true });
    expect(main.opened).toEqual([record.checkoutUrl]);
    expect(await main.api.sessions.openInBrowser({ id: 'session_nope' })).toMatchObject({
      ok: false,
    });
    expect(await main.dispatch('sessions:open-in-browser', { url: 'https://evil.example' }, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(main.opened).toHaveLength(1);
  });

  it('tells the renderer the environment without any key', async () => {
    const main = await startMain();
    const info = await data(main.api.app.getInfo());
    expect(info).toMatchObject({
      active: {
        profileName: 'Built-in sandbox',
        environment: { kind: 'sandbox', label: 'Built-in sandbox' },
        merchantName: 'Sandbox Store',
      },
    });
    expect(JSON.stringify(info)).not.toMatch(/vault_sandbox_key|merchant_sandbox_key/);
    expect(await main.dispatch('app:get-info', { sneaky: true }, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('the embedded sandbox across restarts', () => {
  it('comes back on the same port with its sessions, so old checkout links still work', async () => {
    const first = await startMain();
    const { checkoutUrl } = await data(first.api.sessions.create(valid));
    await first.stop();
    const second = await startMain({ dataDir: first.dataDir });
    expect(second.sandbox?.baseUrl).toBe(new URL(checkoutUrl).origin);
    expect((await fetch(checkoutUrl)).status).toBe(200);
    expect(second.history.size).toBe(1);
  });
});

describe('connectivity belongs to the active environment', () => {
  it('an unreachable old host does not mark the active one offline; the active one going down does', async () => {
    const main = await startMain();
    const staging = new OzuraSandbox({
      accounts: [{ merchantId: 'ozu_stage', apiKey: 'vault_stage_key_1', merchantKey: 'merchant_stage_key_1' }],
    });
    const { baseUrl } = await staging.start();
    const sandboxProfile = (await data(main.api.settings.get())).activeProfileId;
    const saved = await data(
      main.api.settings.saveProfile({
        name: 'Staging',
        environment: { kind: 'custom', baseUrl },
        merchantId: 'ozu_stage',
        merchantName: 'Stage',
        successUrl: `${baseUrl}/__sandbox/return/success`,
        cancelUrl: `${baseUrl}/__sandbox/return/cancel`,
        defaultCurrency: 'USD',
        donationPresets: [],
        stationName: '',
        appearance: {},
      }),
    );
    const stagingId = saved.profiles.find((p) => p.name === 'Staging')?.id ?? '';
    await data(
      main.api.settings.setCredentials({
        profileId: stagingId,
        apiKey: 'vault_stage_key_1',
        merchantKey: 'merchant_stage_key_1',
      }),
    );
    await data(main.api.settings.setActiveProfile({ id: stagingId }));
    const { id } = await data(main.api.sessions.create(valid));
    await staging.stop();
    await data(main.api.settings.setActiveProfile({ id: sandboxProfile }));

    expect(await main.api.history.verify({ id })).toMatchObject({ ok: false, error: { code: 'api-unavailable' } });
    expect((await data(main.api.app.getInfo())).active.offline).toBeFalsy();

    await data(main.api.settings.setActiveProfile({ id: stagingId }));
    await main.api.history.verify({ id });
    // The banner names the profile, never a raw host and port (#18).
    expect((await data(main.api.app.getInfo())).active.offline).toBe('The host of “Staging” is not answering.');
  });
});

describe('every API call speaks for the connection', () => {
  it('a re-issue that cannot reach the API raises the offline banner', async () => {
    const main = await startMain();
    const { id } = await data(main.api.sessions.create(valid));
    await main.sandbox?.stop();

    expect(await main.api.sessions.reissue({ id })).toMatchObject({ ok: false, error: { code: 'api-unavailable' } });
    expect((await data(main.api.app.getInfo())).active.offline).toBe('The built-in sandbox is not answering.');
  });
});

describe('after stop', () => {
  it('a late call from a closing window is refused and writes nothing', async () => {
    const main = await startMain();
    await main.stop();
    const late = await main.dispatch('builder:save-draft', null, APP_URL);
    expect(late).toMatchObject({ ok: false, error: { code: 'closing' } });
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(main.dataDir)).not.toContain('drafts.json.tmp');
  });
});
