import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort, runHubConfig } from '../../support/nats-server';
import { HUB_PASSWORD_BYTES } from '../../../src/main/core/event/hub-setup';
import { MAX_EVENT_STATIONS } from '../../../src/shared/event';
import { data, startMain } from '../helpers/main';

// "Set up event" (#21): the configuration Linkdesk saves runs as it is in nats-server, the
// organiser profile is joined to it, and a station signs in with the password from the file.

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('setting up an event', () => {
  it('saves a hub configuration that runs, with a fresh password per station, and joins as organiser', async () => {
    const organiser = await startMain();
    const file = join(organiser.dataDir, 'fest-hub.conf');
    const port = await freePort();
    organiser.dialogs.savePaths.push(file);
    const done = await data(organiser.api.event.setUp({ eventId: 'fest', stations: ['bar', 'gate'], port }));
    expect(done).toMatchObject({
      cancelled: false,
      file,
      status: { membership: { role: 'organiser', eventId: 'fest' } },
    });
    const config = await readFile(file, 'utf8');
    const passwords = [...config.matchAll(/user: "(\w+)", password: "([\w-]+)"/g)].map((m) => [m[1], m[2]]);
    expect(passwords.map(([user]) => user)).toEqual(['bar', 'gate', 'organiser']);
    expect(new Set(passwords.map(([, password]) => password)).size).toBe(3);
    for (const [, password] of passwords) expect(password).toHaveLength(Math.ceil((HUB_PASSWORD_BYTES * 4) / 3));

    const hub = await runHubConfig(file);
    stops.push(async () => {
      await hub.stop();
      await rm(`${file}.store`, { recursive: true, force: true });
    });
    await vi.waitFor(async () => expect(await data(organiser.api.event.get())).toMatchObject({ connected: true }), {
      timeout: 10_000,
    });

    const bar = await startMain();
    const { activeProfileId } = await data(bar.api.settings.get());
    const barPassword = passwords.find(([user]) => user === 'bar')?.[1] ?? '';
    await data(
      bar.api.event.join({
        profileId: activeProfileId,
        role: 'station',
        hubUrl: `nats://127.0.0.1:${port}`,
        eventId: 'fest',
        station: 'bar',
        credentials: { user: 'bar', password: barPassword },
      }),
    );
    expect((await data(bar.api.event.test({ id: activeProfileId }))).ok).toBe(true);
    await data(bar.api.sessions.create({ kind: 'amount', amount: '6.00', currency: 'USD' }));
    await vi.waitFor(async () => expect(await data(organiser.api.event.get())).toMatchObject({ folded: 1 }), {
      timeout: 10_000,
    });
  });

  it(`refuses two stations of one name, none, and more than ${MAX_EVENT_STATIONS}`, async () => {
    const main = await startMain();
    const tooMany = Array.from({ length: MAX_EVENT_STATIONS + 1 }, (_, n) => `s${n}`);
    for (const stations of [['bar', 'bar'], [], tooMany]) {
      const answer = await main.api.event.setUp({ eventId: 'fest', stations, port: 4222 });
      expect(answer.ok, JSON.stringify(stations)).toBe(false);
    }
    expect(main.dialogs.savePaths).toEqual([]);
  });
});
