import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../src/shared/settings';
import { OzuraSandbox } from '../../../src/main/sandbox/sandbox';
import { SecretVault } from '../../../src/main/core/settings/secret-vault';
import { confStoreOpener } from '../../support/conf-store';
import { FakeCipher } from '../../support/fake-cipher';
import { data, startMain, tempDir } from '../helpers/main';
import { serve } from '../helpers/raw-server';

// #15 attack 1: the renderer is untrusted; re-pointing a profile at another host must not take
// its keys along.

const KEYS = { apiKey: 'vault_real_key_0001', merchantKey: 'merchant_real_key_0001' };

describe('attack 1: a profile re-pointed at another host', () => {
  it('loses its keys, and the new host never hears them (test connection, create)', async () => {
    const main = await startMain();
    const real = new OzuraSandbox({ accounts: [{ merchantId: 'ozu_real', ...KEYS }] });
    const { baseUrl } = await real.start();
    const evil = await serve((res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"success":false,"error":"nope"}');
    });
    const profile: ProfileInput = {
      name: 'Shop',
      environment: { kind: 'custom', baseUrl },
      merchantId: 'ozu_real',
      merchantName: 'Shop',
      successUrl: `${baseUrl}/__sandbox/return/success`,
      cancelUrl: `${baseUrl}/__sandbox/return/cancel`,
      defaultCurrency: 'USD',
      donationPresets: [],
      stationName: '',
      appearance: {},
    };
    const saved = await data(main.api.settings.saveProfile(profile));
    const id = saved.profiles.find((p) => p.name === 'Shop')?.id ?? '';
    await data(main.api.settings.setCredentials({ profileId: id, ...KEYS }));
    await data(main.api.settings.setActiveProfile({ id }));

    const repointed = await data(
      main.api.settings.saveProfile({ ...profile, id, environment: { kind: 'custom', baseUrl: evil.base } }),
    );
    expect(repointed.profiles.find((p) => p.id === id)?.keys.configured).toBe(false);
    await main.api.settings.testConnection({ id });
    await main.api.sessions.create({ kind: 'amount', amount: '5.00', currency: 'USD' });
    const heard = JSON.stringify(evil.seen);
    expect(heard).not.toContain(KEYS.apiKey);
    expect(heard).not.toContain(KEYS.merchantKey);
    await real.stop();
  });

  it('keys saved for one origin are never handed out for another, whatever the settings say', async () => {
    const vault = new SecretVault(confStoreOpener(await tempDir())('vault'), new FakeCipher());
    await vault.set('p1', KEYS, 'https://api.shop.example');
    expect(await vault.read('p1', 'https://api.shop.example')).toEqual(KEYS);
    expect(await vault.read('p1', 'https://evil.example')).toBeUndefined();
    expect(await vault.read('p1', 'http://api.shop.example')).toBeUndefined();
  });
});
