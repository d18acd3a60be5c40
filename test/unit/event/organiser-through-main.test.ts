import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHub } from '../../../src/main/core/event/hub-link';
import { jetstream } from '@nats-io/jetstream';
import { OzuraSandbox } from '../../../src/main/sandbox/sandbox';
import { stationSubject } from '../../../src/shared/event';
import type { SessionRecord } from '../../../src/shared/session-record';
import { postCardForm } from '../../support/checkout-form';
import { startHub, type RunningHub } from '../../support/nats-server';
import { data, startMain, tempDir } from '../helpers/main';
import { join } from 'node:path';
import { EVENT_PUSH_INTERVAL_MS } from '../../../src/main/core/event/event-runtime';
import { PublishCursor } from '../../../src/main/core/event/publish-cursor';
import { EventPublisher } from '../../../src/main/core/event/publisher';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { realTimers, silentLogger } from '../../../src/main/core/ports';
import { sessionRecord } from '../../support/records';

// An organiser profile through main's IPC (#21): its History is every station's, its Event
// overview has each station and the totals, it never sells, and Verify now settles two
// stations' conflicting reports by asking Ozura.

const EVENT = 'fest';
const ORGANISER = { user: 'organiser', password: 'pw-organiser-secret' };
const password = (name: string) => `pw-${name}-secret`;
const VENUE_ACCOUNT = { merchantId: 'ozu_venue', apiKey: 'vault_venue_key_1', merchantKey: 'merchant_venue_key_1' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function venue(): Promise<{ hub: RunningHub; ozura: string }> {
  const hub = await startHub({
    eventId: EVENT,
    stations: ['bar', 'gate'].map((name) => ({ name, password: password(name) })),
    organiser: ORGANISER,
  });
  cleanups.push(() => hub.stop());
  // One Ozura account all stations sell on, as at a real event (a sandbox over HTTP here).
  const sandbox = new OzuraSandbox({ accounts: [VENUE_ACCOUNT] });
  const { baseUrl } = await sandbox.start();
  cleanups.push(() => sandbox.stop());
  return { hub, ozura: baseUrl };
}

type Main = Awaited<ReturnType<typeof startMain>>;

/** A Linkdesk selling on the venue's account, joined to the event as `name`. */
async function sellingStation(hub: RunningHub, ozura: string, name: string): Promise<Main> {
  const main = await startMain();
  const saved = await data(
    main.api.settings.saveProfile({
      name: `Venue ${name}`,
      environment: { kind: 'custom', baseUrl: ozura },
      merchantId: VENUE_ACCOUNT.merchantId,
      merchantName: 'Summer Fest',
      successUrl: `${ozura}/__sandbox/return/success`,
      cancelUrl: `${ozura}/__sandbox/return/cancel`,
      defaultCurrency: 'USD',
      donationPresets: [],
      stationName: name,
      appearance: {},
    }),
  );
  const profileId = saved.profiles.find((p) => p.name === `Venue ${name}`)?.id ?? '';
  const { apiKey, merchantKey } = VENUE_ACCOUNT;
  await data(main.api.settings.setCredentials({ profileId, apiKey, merchantKey }));
  await data(main.api.settings.setActiveProfile({ id: profileId }));
  await data(
    main.api.event.join({
      profileId,
      role: 'station',
      hubUrl: hub.url,
      eventId: EVENT,
      station: name,
      credentials: { user: name, password: password(name) },
    }),
  );
  return main;
}

async function organiserMain(hub: RunningHub): Promise<Main> {
  const main = await startMain();
  const { activeProfileId } = await data(main.api.settings.get());
  await data(
    main.api.event.join({
      profileId: activeProfileId,
      role: 'organiser',
      hubUrl: hub.url,
      eventId: EVENT,
      credentials: ORGANISER,
    }),
  );
  return main;
}

async function paid(main: Main, amount: string, currency = 'USD'): Promise<SessionRecord> {
  const sale = await data(main.api.sessions.create({ kind: 'amount', amount, currency }));
  expect((await postCardForm(sale.checkoutUrl)).status).toBe(303);
  return (await data(main.api.history.verify({ id: sale.id }))).record;
}

describe('an organiser profile', () => {
  it(`tells the window of a catch-up at most every ${EVENT_PUSH_INTERVAL_MS} ms, not once per record`, async () => {
    const { hub } = await venue();
    const board = await organiserMain(hub);
    const pushes: number[] = [];
    board.onEvent((channel) => {
      if (channel === 'event:changed') pushes.push(performance.now());
    });
    const history = await HistoryStore.open(await tempDir());
    for (let n = 0; n < 300; n++) await history.append(sessionRecord(`session_burst_${String(n).padStart(4, '0')}`));
    const publisher = new EventPublisher({
      history,
      cursor: await PublishCursor.open(join(await tempDir(), 'cursor.json'), silentLogger),
      hub: { url: hub.url, credentials: { user: 'bar', password: password('bar') } },
      eventId: EVENT,
      station: 'bar',
      since: '2000-01-01T00:00:00.000Z',
      version: 'test',
      timers: realTimers,
      logger: silentLogger,
    });
    const started = performance.now();
    publisher.start();
    cleanups.push(async () => {
      await publisher.stop();
      await history.close();
    });
    await vi.waitFor(async () => expect((await data(board.api.event.get()))?.folded).toBe(300), {
      timeout: 20_000,
      interval: 50,
    });
    // Folded in batches, a catch-up can end inside one interval: the window hears of it then.
    await vi.waitFor(() => expect(pushes.length).toBeGreaterThan(0), { timeout: 2 * EVENT_PUSH_INTERVAL_MS });
    const elapsed = performance.now() - started;
    expect(pushes.length).toBeLessThanOrEqual(Math.ceil(elapsed / EVENT_PUSH_INTERVAL_MS) + 1);
  });

  it('says when its link to the hub drops and when it is back', async () => {
    const { hub } = await venue();
    const board = await organiserMain(hub);
    const connected = async () => (await data(board.api.event.get()))?.connected;
    await vi.waitFor(async () => expect(await connected()).toBe(true), { timeout: 10_000 });
    await hub.kill();
    await vi.waitFor(async () => expect(await connected()).toBe(false), { timeout: 10_000 });
    await hub.restart();
    await vi.waitFor(async () => expect(await connected()).toBe(true), { timeout: 15_000 });
  });

  it("shows every station's sessions, health and totals, and never sells", async () => {
    const { hub, ozura } = await venue();
    const board = await organiserMain(hub);
    const bar = await sellingStation(hub, ozura, 'bar');
    const gate = await sellingStation(hub, ozura, 'gate');
    await paid(bar, '4.50');
    await paid(bar, '10.00');
    await paid(gate, '7.25', 'EUR');
    await data(gate.api.sessions.create({ kind: 'amount', amount: '3.00', currency: 'USD' })); // still waiting

    await vi.waitFor(
      async () => {
        const overview = await data(board.api.event.overview());
        expect(
          overview?.stations.map(({ station, online, sessions, backlog }) => ({ station, online, sessions, backlog })),
        ).toEqual([
          { station: 'bar', online: true, sessions: 2, backlog: 0 },
          { station: 'gate', online: true, sessions: 2, backlog: 0 },
        ]);
        expect(overview?.totals.counts.completed).toBe(3);
      },
      { timeout: 20_000, interval: 200 },
    );
    const overview = await data(board.api.event.overview());
    expect(overview?.totals.byStation).toEqual([
      { station: 'bar', currency: 'USD', takenMinor: 1450, count: 2 },
      { station: 'gate', currency: 'EUR', takenMinor: 725, count: 1 },
    ]);
    // The organiser's totals are the stations' own, to the cent.
    const own = [
      ...(await data(bar.api.history.totals({ sort: 'oldest' }))).byCurrency,
      ...(await data(gate.api.history.totals({ sort: 'oldest' }))).byCurrency,
    ];
    const sum = (rows: typeof own, currency: string) =>
      rows.filter((c) => c.currency === currency).reduce((total, c) => total + c.salesMinor, 0);
    for (const currency of ['USD', 'EUR'])
      expect(sum(overview?.totals.byCurrency ?? [], currency)).toBe(sum(own, currency));
    expect(overview?.stations[0]?.clockSkewMs).toBeLessThan(5000);

    const atGate = await data(board.api.history.query({ sort: 'oldest', station: 'gate', offset: 0, limit: 10 }));
    expect(atGate.rows.map((r) => [r.station, r.status])).toEqual([
      ['gate', 'completed'],
      ['gate', 'pending'],
    ]);

    expect(await board.api.sessions.create({ kind: 'amount', amount: '1.00', currency: 'USD' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('does not sell') },
    });
    expect(board.history.size).toBe(0); // its own history stays empty
    expect(await data(bar.api.event.overview())).toBeNull(); // a station has no Event screen
  });

  it('flags two stations reporting different outcomes, and Verify now settles it with Ozura', async () => {
    const { hub, ozura } = await venue();
    const board = await organiserMain(hub);
    const bar = await sellingStation(hub, ozura, 'bar');
    const sale = await data(bar.api.sessions.create({ kind: 'amount', amount: '6.00', currency: 'USD' }));
    const folded = async () => (await data(board.api.history.query({ sort: 'oldest', offset: 0, limit: 5 }))).rows[0];
    await vi.waitFor(async () => expect((await folded())?.id).toBe(sale.id), { timeout: 20_000 });

    // The gate's laptop, mistaken, tells the hub the bar's sale failed.
    const connection = await connectToHub(
      { url: hub.url, credentials: { user: 'gate', password: password('gate') } },
      'gate',
    );
    const wrong = { v: 1, station: 'gate', record: { ...sale, status: 'failed' } };
    await jetstream(connection).publish(stationSubject(EVENT, 'gate'), JSON.stringify(wrong), {
      msgID: `${sale.id}:failed`,
    });
    await connection.close();
    await vi.waitFor(async () => expect((await folded())?.status).toBe('failed'), { timeout: 20_000 });

    // The customer pays; the bar learns it and says so.
    expect((await postCardForm(sale.checkoutUrl)).status).toBe(303);
    await data(bar.api.history.verify({ id: sale.id }));
    await vi.waitFor(async () => expect((await folded())?.conflict).toEqual({ status: 'completed', station: 'bar' }), {
      timeout: 20_000,
    });
    expect((await folded())?.status).toBe('failed'); // kept as first told until someone asks Ozura

    const settled = await data(board.api.history.verify({ id: sale.id }));
    expect(settled.record).toMatchObject({ status: 'completed', conflict: null, payment: { paidMinor: 600 } });
    expect(await folded()).toMatchObject({ status: 'completed', conflict: null });
  });
});
