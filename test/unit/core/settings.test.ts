import { translator } from '../../../src/shared/i18n/translator';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/core/app-error';
import { SecretVault } from '../../../src/main/core/settings/secret-vault';
import { SettingsStore } from '../../../src/main/core/settings/settings-store';
import { testConnection } from '../../../src/main/core/settings/test-connection';
import { confStoreOpener } from '../../support/conf-store';
import { FakeCipher } from '../../support/fake-cipher';
import { APP_URL, startMain, tempDir } from '../helpers/main';
import { KEYS, startSandbox } from '../helpers/sandbox';

const KEY_A = 'vault_live_key_AAAA1111';
const KEY_B = 'merchant_live_key_BBBB2222';
const ORIGIN = 'https://api.ozura.example';

describe('SecretVault', () => {
  it('round-trips keys through the cipher, stores only ciphertext, and shows masked hints', async () => {
    const dir = await tempDir();
    const store = confStoreOpener(dir)('vault');
    const vault = new SecretVault(store, new FakeCipher());
    const status = await vault.set('p1', { apiKey: KEY_A, merchantKey: KEY_B }, ORIGIN);
    expect(status).toEqual({ configured: true, apiKeyHint: '••••1111', merchantKeyHint: '••••2222' });
    expect(await vault.read('p1', ORIGIN)).toEqual({ apiKey: KEY_A, merchantKey: KEY_B });
    const onDisk = await readFile(join(dir, 'vault.json'), 'utf8');
    expect(onDisk).not.toContain(KEY_A);
    expect(onDisk).not.toContain(KEY_B);
    expect(vault.clear('p1')).toEqual({ configured: false });
    expect(await vault.read('p1', ORIGIN)).toBeUndefined();
  });

  it('refuses basic_text storage without consent, and marks it when consented', async () => {
    const vault = new SecretVault(confStoreOpener(await tempDir())('vault'), new FakeCipher(true));
    const refused = await vault.set('p1', { apiKey: KEY_A, merchantKey: KEY_B }, ORIGIN).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'needs-consent' });
    expect(vault.status('p1')).toEqual({ configured: false });
    expect(await vault.set('p1', { apiKey: KEY_A, merchantKey: KEY_B }, ORIGIN, true)).toMatchObject({
      configured: true,
      weaklyProtected: true,
    });
  });

  it('refuses to store keys where no encryption exists', async () => {
    const vault = new SecretVault(confStoreOpener(await tempDir())('vault'), new FakeCipher(false, false));
    await expect(vault.set('p1', { apiKey: KEY_A, merchantKey: KEY_B }, ORIGIN)).rejects.toMatchObject({
      code: 'not-configured',
    });
  });
});

describe('SettingsStore', () => {
  it('starts on the built-in sandbox with one active profile', async () => {
    const settings = await SettingsStore.open(confStoreOpener(await tempDir())('settings'));
    expect(settings.current.profiles).toHaveLength(1);
    expect(settings.activeProfile).toMatchObject({
      name: 'Built-in sandbox',
      environment: { kind: 'sandbox' },
      merchantId: 'ozu_sandbox',
    });
    expect(settings.movedAside).toBeUndefined();
  });

  it('keeps invalid settings aside, starts with defaults, and says where the old ones are', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ settings: { version: 1, profiles: 'nope' } }));
    const settings = await SettingsStore.open(confStoreOpener(dir)('settings'));
    expect(settings.activeProfile.environment.kind).toBe('sandbox');
    expect(settings.movedAside).toMatch(/settings\.json\.unreadable-\d+$/);
    const aside = (await readdir(dir)).find((name) => name.includes('.unreadable-')) ?? '';
    expect(await readFile(join(dir, aside), 'utf8')).toContain('nope');
  });

  it('validates a profile before saving it, and forces the sandbox merchant on sandbox profiles', async () => {
    const settings = await SettingsStore.open(confStoreOpener(await tempDir())('settings'));
    const base = { ...settings.activeProfile, id: undefined };
    expect(() =>
      settings.saveProfile({ ...base, environment: { kind: 'custom', baseUrl: 'http://staging.example.com' } }),
    ).toThrow();
    expect(settings.saveProfile({ ...base, merchantId: 'ozu_other' }).merchantId).toBe('ozu_sandbox');
    const custom = settings.saveProfile({
      ...base,
      name: 'Staging',
      environment: { kind: 'custom', baseUrl: 'https://stag.example.com/some/path' },
      merchantId: 'ozu_x',
    });
    expect(custom.environment).toEqual({ kind: 'custom', baseUrl: 'https://stag.example.com' });
    expect(settings.current.profiles).toHaveLength(3);
  });
});

describe('a corrupt settings file at start', () => {
  it('settings that do not validate are moved aside and the user is told where', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ settings: { version: 1, profiles: 'nope' } }));
    const main = await startMain({ dataDir: dir });
    expect(main.notices.map(main.words().say).join(' ')).toMatch(
      /started with its defaults.*settings\.json\.unreadable-\d+/,
    );
  });

  it('is moved aside; the app starts on defaults and tells the user', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"settings": {"version": 1,');
    const main = await startMain({ dataDir: dir });
    expect(main.notices.map(main.words().say).join(' ')).toMatch(
      /settings file could not be read.*settings\.json\.unreadable-\d+/,
    );
    const info = await main.dispatch('app:get-info', undefined, APP_URL);
    expect(info).toMatchObject({ ok: true, data: { active: { environment: { kind: 'sandbox' } } } });
  });
});

describe('testConnection', () => {
  it('says keys accepted, keys rejected (401), or no keys, without creating a session', async () => {
    const { base, sandbox } = await startSandbox();
    const good = { apiKey: KEYS['x-api-key'], merchantKey: KEYS['x-ozura-api-key'] };
    expect(await testConnection(base, good)).toMatchObject({ outcome: 'accepted' });
    const rejected = await testConnection(base, { apiKey: 'x', merchantKey: 'y' });
    expect(rejected.outcome).toBe('rejected');
    expect(translator('en').say(rejected.text)).toContain('401');
    expect(await testConnection(base, undefined)).toMatchObject({ outcome: 'no-keys' });
    expect(sandbox.state.sessions.size).toBe(0);
  });

  it('says it cannot reach a host that is down', async () => {
    const { base, sandbox } = await startSandbox();
    await sandbox.stop();
    const down = await testConnection(base, undefined);
    expect({ outcome: down.outcome, message: translator('en').say(down.text) }).toMatchObject({
      outcome: 'unreachable',
      message: expect.stringMatching(/^Cannot reach 127\.0\.0\.1:\d+/),
    });
  });

  it('says when a host answers but is not the Ozura API', async () => {
    const server = createServer((_req, res) => res.end('<html>hello</html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await testConnection(`http://127.0.0.1:${port}`, undefined)).toMatchObject({ outcome: 'unexpected' });
    } finally {
      server.close();
    }
  });
});
