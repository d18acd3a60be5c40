import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventOrganiser } from '../../../src/main/core/event/organiser';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { silentLogger } from '../../../src/main/core/ports';
import { freePort, runHubConfig, startHub, type RunningHub } from '../../support/nats-server';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_HUB_TOKEN_CHARS, type HubCredentials } from '../../../src/shared/event';
import { data, startMain, tempDir } from '../helpers/main';

// Joining an event through main's IPC (#21): the credentials stay in main, "Test event
// connection" answers in words, and the station's sales reach the organiser.

const ORGANISER = { user: 'organiser', password: 'pw-organiser' };
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function hub(): Promise<RunningHub> {
  const running = await startHub({
    eventId: 'fest',
    stations: [{ name: 'bar', password: 'pw-bar' }],
    organiser: ORGANISER,
  });
  stops.push(() => running.stop());
  return running;
}

async function joined(url: string, password = 'pw-bar') {
  const main = await startMain();
  const { activeProfileId } = await data(main.api.settings.get());
  const status = await data(
    main.api.event.join({
      profileId: activeProfileId,
      role: 'station',
      hubUrl: url,
      eventId: 'fest',
      station: 'bar',
      credentials: { user: 'bar', password },
    }),
  );
  return { main, profileId: activeProfileId, status };
}

async function organiserOf(url: string, credentials: HubCredentials = ORGANISER) {
  const history = await HistoryStore.open(await tempDir());
  const reader = new EventOrganiser({
    history,
    hub: { url, credentials },
    eventId: 'fest',
    logger: silentLogger,
  });
  await reader.start();
  stops.push(async () => {
    await reader.stop();
    await history.close();
  });
  return history;
}

describe('an event joined through main', () => {
  it('publishes the sales made after joining, and never shows the credentials', async () => {
    const running = await hub();
    const board = await organiserOf(running.url);
    const { main, profileId, status } = await joined(running.url);
    expect(status).toMatchObject({
      membership: { role: 'station', eventId: 'fest', station: 'bar' },
      signsInAs: 'bar',
    });
    expect(JSON.stringify(await data(main.api.settings.get()))).not.toContain('pw-bar');
    expect(JSON.stringify(status)).not.toContain('pw-bar');

    const sale = await data(main.api.sessions.create({ kind: 'amount', amount: '4.50', currency: 'USD' }));
    await vi.waitFor(() => expect(board.get(sale.id)).toMatchObject({ station: 'bar', amountMinor: 450 }), {
      timeout: 10_000,
    });
    await vi.waitFor(async () =>
      expect(await data(main.api.event.get())).toMatchObject({ connected: true, backlog: 0 }),
    );
    expect(await data(main.api.event.test({ id: profileId }))).toEqual({
      ok: true,
      message:
        'The hub answered, took the credentials, and event fest is set up. This station’s sales go to it as “bar”.',
    });
  });

  it('tells a wrong password, an event not set up, and a hub that is not there apart', async () => {
    const running = await hub();
    const wrong = await joined(running.url, 'nope');
    expect(await data(wrong.main.api.event.test({ id: wrong.profileId }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('refused the credentials'),
    });
    const early = await joined(running.url);
    expect(await data(early.main.api.event.test({ id: early.profileId }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('event fest is not set up on it yet'),
    });
    await running.kill();
    expect(await data(early.main.api.event.test({ id: early.profileId }))).toMatchObject({
      ok: false,
      message: expect.stringContaining(`The hub at ${running.url} did not answer`),
    });
  });

  it('refuses a plain nats:// hub that is not on this computer', async () => {
    const main = await startMain();
    const { activeProfileId } = await data(main.api.settings.get());
    const answer = await main.api.event.join({
      profileId: activeProfileId,
      role: 'station',
      hubUrl: 'nats://10.0.0.5:4222',
      eventId: 'fest',
      station: 'bar',
      credentials: { user: 'bar', password: 'x' },
    });
    expect(answer).toMatchObject({ ok: false, error: { fields: { hubUrl: expect.stringContaining('tls://') } } });
  });
});

describe('a hub that takes a token', () => {
  it('lets a station join with the token, publishes through it, and tells a wrong token apart', async () => {
    const dir = await tempDir();
    const port = await freePort();
    const configFile = join(dir, 'hub.conf');
    // A hub set up by hand: one shared token, no users (what "Set up event" writes is per user).
    await writeFile(
      configFile,
      `host: "127.0.0.1"\nport: ${port}\njetstream { store_dir: ${JSON.stringify(join(dir, 'store'))} }\nauthorization { token: "s3cret-hub-token" }\n`,
    );
    const running = await runHubConfig(configFile);
    stops.push(() => running.stop());
    const url = `nats://127.0.0.1:${port}`;
    const history = await organiserOf(url, { token: 's3cret-hub-token' });

    const main = await startMain();
    const { activeProfileId } = await data(main.api.settings.get());
    const join_ = (token: string) =>
      data(
        main.api.event.join({
          profileId: activeProfileId,
          role: 'station',
          hubUrl: url,
          eventId: 'fest',
          station: 'bar',
          credentials: { token },
        }),
      );
    expect(await join_('wrong-token')).toMatchObject({ signsInAs: '' });
    expect(await data(main.api.event.test({ id: activeProfileId }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('refused the credentials'),
    });
    await join_('s3cret-hub-token');
    expect(await data(main.api.event.test({ id: activeProfileId }))).toMatchObject({ ok: true });
    expect(JSON.stringify(await data(main.api.event.get()))).not.toContain('s3cret');
    const sale = await data(main.api.sessions.create({ kind: 'amount', amount: '2.00', currency: 'USD' }));
    await vi.waitFor(() => expect(history.get(sale.id)).toMatchObject({ station: 'bar' }), { timeout: 10_000 });
  });

  it('asks for the token, or the user and password, at their fields', async () => {
    const main = await startMain();
    const { activeProfileId } = await data(main.api.settings.get());
    const base = {
      profileId: activeProfileId,
      role: 'station' as const,
      hubUrl: 'nats://127.0.0.1:4222',
      eventId: 'fest',
      station: 'bar',
    };
    expect(await main.api.event.join({ ...base, credentials: { token: ' ' } })).toMatchObject({
      ok: false,
      error: { fields: { 'credentials.token': expect.any(String) } },
    });
    expect(await main.api.event.join({ ...base, credentials: { user: 'bar' } })).toMatchObject({
      ok: false,
      error: { fields: { 'credentials.password': expect.any(String) } },
    });
    expect(
      await main.api.event.join({ ...base, credentials: { token: 'x'.repeat(MAX_HUB_TOKEN_CHARS + 1) } }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'credentials.token': `At most ${MAX_HUB_TOKEN_CHARS} characters` } },
    });
  });
});
