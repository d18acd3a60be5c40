import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_ACCESS } from '../../../src/shared/ipc/access';
import { CHANNELS, type InvokeChannel } from '../../../src/shared/ipc/channels';
import { APP_URL, data } from '../helpers/main';
import { CLERK_PIN, counterWithStaff, signInAs, type Main } from './helpers';

const invokeChannels = (Object.keys(CHANNELS) as (keyof typeof CHANNELS)[]).filter(
  (c): c is InvokeChannel => CHANNELS[c] === 'invoke',
);

/** Every file in the data folder, by path, with a hash of its bytes. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

/** What a call could change: the data folder and the sandbox's own records. */
async function everything(main: Main) {
  await main.sandbox?.state.flush(); // its file is written a moment after a change
  return {
    files: await filesOf(main.dataDir),
    sessions: main.sandbox?.state.sessions.size,
    links: main.sandbox?.state.links.size,
    copied: main.copied.length,
    opened: main.opened.length,
  };
}

/** A valid payload for every invoke channel, on a counter with one sale, one link and one product. */
async function validPayloads(main: Main): Promise<Record<InvokeChannel, unknown>> {
  const sale = { kind: 'amount', amount: '4.00', currency: 'USD' } as const;
  const session = await data(main.api.sessions.create(sale));
  const link = await data(main.api.links.create({ sale, title: 'Poster', expiresInDays: 7, usageLimit: null }));
  const [product] = await data(main.api.catalogue.save({ productId: 'tea', name: 'Tea', price: '2.50' }));
  const settings = await data(main.api.settings.get());
  const profileId = settings.activeProfileId;
  const info = await data(main.api.app.getInfo());
  const clerk = info.staff.members.find((m) => m.role === 'clerk');
  const profile = settings.profiles.find((p) => p.id === profileId);
  if (!product || !clerk || !profile) throw new Error('setup failed');
  const { keys: _keys, ...profileInput } = profile;
  const filter = { sort: 'newest' } as const;
  return {
    'app:get-info': undefined,
    'staff:sign-in': { memberId: clerk.id, secret: CLERK_PIN },
    'staff:lock': undefined,
    'staff:activity': undefined,
    'staff:save': { name: 'New Person', initials: 'NP', role: 'clerk', secret: '9999' },
    'staff:remove': { id: clerk.id },
    'audit:list': undefined,
    'display:get': undefined,
    'display:open-customer-window': undefined,
    'display:ask-tip': { currency: 'USD', saleMinor: 400 },
    'display:choose-tip': { tip: null },
    'sessions:create': sale,
    'sessions:get': { id: session.id },
    'sessions:copy-link': { id: session.id },
    'sessions:open-in-browser': { id: session.id },
    'sessions:similar-recent': { currency: 'USD', amountMinor: 400 },
    'sessions:focus': { id: session.id },
    'sessions:reissue': { id: session.id },
    'sessions:save-qr': { id: session.id, format: 'png' },
    'sessions:print-slip': { id: session.id },
    'sessions:save-slip-pdf': { id: session.id },
    'receipts:print': { id: session.id },
    'receipts:save-pdf': { id: session.id },
    'builder:get-draft': undefined,
    'builder:save-draft': null,
    'catalogue:list': undefined,
    'images:get': { of: 'profile', id: profileId },
    'catalogue:save': { productId: 'cake', name: 'Cake', price: '3.00' },
    'catalogue:delete': { id: product.id },
    'catalogue:import': { format: 'csv' },
    'catalogue:export': { format: 'csv' },
    'links:create': { sale, title: 'Another', expiresInDays: 3, usageLimit: null },
    'links:list': undefined,
    'links:copy': { id: link.id },
    'links:save-qr': { id: link.id, format: 'svg' },
    'links:save-poster': { id: link.id, paper: 'a4' },
    'links:print-poster': { id: link.id, paper: 'a4' },
    'history:query': { ...filter, offset: 0, limit: 50 },
    'history:totals': filter,
    'history:products': filter,
    'history:verify': { id: session.id },
    'history:lookup': { text: session.id },
    'history:export': { filter, includeBilling: true },
    'event:get': undefined,
    'event:overview': undefined,
    'event:join': {
      profileId,
      role: 'station',
      hubUrl: 'nats://127.0.0.1:1',
      eventId: 'fest',
      station: 'bar',
      credentials: { user: 'bar', password: 'secret' },
    },
    'event:leave': { id: profileId },
    'event:test': { id: profileId },
    'event:set-up': { eventId: 'fest', stations: ['bar'], port: 4222 },
    'shifts:list': undefined,
    'shifts:close': undefined,
    'shifts:get': { id: NO_SUCH_SHIFT },
    'shifts:print': { id: NO_SUCH_SHIFT },
    'shifts:save-pdf': { id: NO_SUCH_SHIFT },
    'settings:get': undefined,
    'settings:save-profile': { ...profileInput, name: 'Renamed' },
    'settings:delete-profile': { id: profileId },
    'settings:set-active-profile': { id: profileId },
    'settings:set-credentials': { profileId, apiKey: 'vault_other_key', merchantKey: 'merchant_other_key' },
    'settings:clear-credentials': { id: profileId },
    'settings:set-preferences': { ...settings.preferences, sound: !settings.preferences.sound },
    'settings:test-connection': { id: profileId },
  };
}

const NO_SUCH_SHIFT = '00000000-0000-4000-8000-000000000000';

/** The list of what only a manager may do: settings, profiles, keys, staff, catalogue edits, payment links, export, the audit log; and (#20) closing the shift and its reports. */
const MANAGER_ONLY = [
  'staff:save',
  'staff:remove',
  'audit:list',
  'links:create',
  'history:export',
  'event:join',
  'event:leave',
  'event:test',
  'event:set-up',
  'shifts:list',
  'shifts:close',
  'shifts:get',
  'shifts:print',
  'shifts:save-pdf',
  'catalogue:save',
  'catalogue:delete',
  'catalogue:import',
  'catalogue:export',
  'settings:save-profile',
  'settings:delete-profile',
  'settings:set-active-profile',
  'settings:set-credentials',
  'settings:clear-credentials',
  'settings:set-preferences',
  'settings:test-connection',
];

describe('roles, enforced in main at the dispatcher (#19)', () => {
  it('names the role every invoke channel needs: a new channel without one fails here', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...invokeChannels].sort());
    expect(invokeChannels.filter((c) => CHANNEL_ACCESS[c] === 'manager').sort()).toEqual([...MANAGER_ONLY].sort());
    expect(invokeChannels.filter((c) => CHANNEL_ACCESS[c] === 'anyone').sort()).toEqual(
      ['app:get-info', 'display:get', 'staff:lock', 'staff:sign-in'].sort(),
    );
  });

  it('refuses every manager-only call from a clerk, with `forbidden`, and changes nothing', async () => {
    const { main, clerk } = await counterWithStaff();
    const payloads = await validPayloads(main);
    await signInAs(main, clerk, CLERK_PIN);
    for (const channel of MANAGER_ONLY as InvokeChannel[]) {
      // A dialog that would say yes: if the call were let through, a file would appear.
      main.dialogs.savePaths.push(join(main.dataDir, `out-${channel.replace(':', '-')}.csv`));
      main.dialogs.openPaths.push(join(main.dataDir, 'settings.json'));
      const before = await everything(main);
      const answer = await main.dispatch(channel, payloads[channel], APP_URL);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: /manager/ } });
      expect(await everything(main), channel).toEqual(before);
      main.dialogs.savePaths.length = 0;
      main.dialogs.openPaths.length = 0;
    }
    // ...and lets the clerk's own calls through.
    for (const channel of invokeChannels.filter((c) => CHANNEL_ACCESS[c] === 'clerk')) {
      const answer = await main.dispatch(channel, payloads[channel], APP_URL);
      if (!answer.ok) expect(answer.error.code, channel).not.toBe('forbidden');
    }
  });

  it('refuses everything but signing in while nobody is signed in, and changes nothing', async () => {
    const { main } = await counterWithStaff();
    const payloads = await validPayloads(main);
    await data(main.api.staff.lock());
    for (const channel of invokeChannels.filter((c) => CHANNEL_ACCESS[c] !== 'anyone')) {
      main.dialogs.savePaths.push(join(main.dataDir, `out-${channel.replace(':', '-')}.csv`));
      const before = await everything(main);
      const answer = await main.dispatch(channel, payloads[channel], APP_URL);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: /Sign in first/ } });
      expect(await everything(main), channel).toEqual(before);
      main.dialogs.savePaths.length = 0;
    }
    const info = await data(main.api.app.getInfo());
    expect(info.staff).toMatchObject({ enabled: true, signedIn: null });
    expect(info.staff.members.map((m) => m.initials)).toEqual(['MP', 'CR']);
  });

  it('lets a profile without staff do everything, as before', async () => {
    const { startMain } = await import('../helpers/main');
    const main = await startMain();
    expect((await data(main.api.app.getInfo())).staff).toMatchObject({ enabled: false, signedIn: null });
    const settings = await data(main.api.settings.get());
    await data(main.api.settings.setPreferences({ ...settings.preferences, sound: false }));
    await data(main.api.catalogue.save({ productId: 'tea', name: 'Tea', price: '2.50' }));
  });
});
