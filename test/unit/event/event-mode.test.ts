import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHub } from '../../../src/main/core/event/hub-link';
import { ensureEventStream, EventOrganiser, FOLD_BATCH_MAX } from '../../../src/main/core/event/organiser';
import { sessionRecord } from '../../support/records';
import { PublishCursor } from '../../../src/main/core/event/publish-cursor';
import { EventPublisher } from '../../../src/main/core/event/publisher';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { realTimers, silentLogger } from '../../../src/main/core/ports';
import { eventStream, stationSubject } from '../../../src/shared/event';
import type { HistoryTotals } from '../../../src/shared/history-query';
import { postCardForm } from '../../support/checkout-form';
import { startHub, type RunningHub } from '../../support/nats-server';
import { data, startMain, tempDir } from '../helpers/main';

// Event mode over a real nats-server (#21): stations publish their history, an organiser folds
// it, and nothing recorded is lost or counted twice, whatever the hub does meanwhile.

const EVENT = 'fest';
const STATIONS = ['bar', 'gate', 'food'];
const password = (name: string) => `pw-${name}-secret`;
const ORGANISER = { user: 'organiser', password: 'pw-organiser-secret' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hub(): Promise<RunningHub> {
  const running = await startHub({
    eventId: EVENT,
    stations: STATIONS.map((name) => ({ name, password: password(name) })),
    organiser: ORGANISER,
  });
  cleanups.push(() => running.stop());
  return running;
}

type Main = Awaited<ReturnType<typeof startMain>>;

async function station(running: RunningHub, name: string, as = { user: name, password: password(name) }) {
  const main = await startMain();
  const cursorPath = join(main.dataDir, 'event-cursor.json');
  const start = async () => {
    const publisher = new EventPublisher({
      history: main.history,
      cursor: await PublishCursor.open(cursorPath, silentLogger),
      hub: { url: running.url, credentials: as },
      eventId: EVENT,
      station: name,
      since: '2000-01-01T00:00:00.000Z',
      version: 'test',
      timers: realTimers,
      logger: silentLogger,
    });
    publisher.start();
    cleanups.push(() => publisher.stop());
    return publisher;
  };
  return { main, name, cursorPath, start };
}

async function organiser(running: RunningHub) {
  const history = await HistoryStore.open(await tempDir());
  const folded: string[] = [];
  const reader = new EventOrganiser({
    history,
    hub: { url: running.url, credentials: ORGANISER },
    eventId: EVENT,
    logger: silentLogger,
    onFolded: (outcome) => folded.push(outcome),
  });
  await reader.start();
  cleanups.push(async () => {
    await reader.stop();
    await history.close();
  });
  return { history, folded };
}

/** A few sales of a station: some paid (and checked, so its history knows), some left waiting. */
async function sell(main: Main, count: number, currency = 'USD') {
  const made = [];
  for (let n = 0; n < count; n++) {
    const sale = await data(
      main.api.sessions.create({ kind: 'amount', amount: `${n + 1}.${String(n % 100).padStart(2, '0')}`, currency }),
    );
    if (n % 3 !== 2) {
      await postCardForm(sale.checkoutUrl);
      await data(main.api.history.verify({ id: sale.id }));
    }
    made.push(sale.id);
  }
  return made;
}

const everything = { sort: 'oldest' } as const;
const statusesOf = (history: HistoryStore) =>
  Object.fromEntries(history.index.run(everything).rows.map((r) => [r.id, r.status]));

function collected(totals: HistoryTotals): Record<string, number> {
  return Object.fromEntries(totals.byCurrency.map((c) => [c.currency, c.salesMinor + c.tipsMinor + c.surchargesMinor]));
}

function sumOf(all: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const one of all)
    for (const [currency, minor] of Object.entries(one)) sum[currency] = (sum[currency] ?? 0) + minor;
  return sum;
}

async function streamMessages(running: RunningHub): Promise<number> {
  const connection = await connectToHub({ url: running.url, credentials: ORGANISER }, 'count');
  const info = await (await jetstreamManager(connection)).streams.info(eventStream(EVENT));
  await connection.close();
  return info.state.messages;
}

const SLOW = { timeout: 20_000, interval: 50 };

describe('event mode', () => {
  it('folds three stations into one history whose totals are the sum of theirs, to the cent', async () => {
    const running = await hub();
    const board = await organiser(running);
    const stations = await Promise.all(STATIONS.map((name) => station(running, name)));
    await Promise.all(stations.map((s) => s.start()));
    await sell(stations[0]!.main, 6, 'USD');
    await sell(stations[1]!.main, 5, 'EUR');
    await sell(stations[2]!.main, 4, 'USD');

    const expected = Object.assign({}, ...stations.map((s) => statusesOf(s.main.history)));
    await vi.waitFor(() => expect(statusesOf(board.history)).toEqual(expected), SLOW);
    expect(collected(board.history.index.run(everything).totals)).toEqual(
      sumOf(stations.map((s) => collected(s.main.history.index.run(everything).totals))),
    );
    // Each record under its station.
    const bar = stations[0]!.main.history.index.run(everything).rows[0]!;
    expect(board.history.get(bar.id)?.station).toBe('bar');
  });

  it(`catches up on a backlog longer than FOLD_BATCH_MAX (${FOLD_BATCH_MAX}) in batches, each session as last told`, async () => {
    const running = await hub();
    const setUp = await connectToHub({ url: running.url, credentials: ORGANISER }, 'set up');
    await ensureEventStream(setUp, EVENT);
    await setUp.close();
    const bar = await connectToHub(
      { url: running.url, credentials: { user: 'bar', password: password('bar') } },
      'bar',
    );
    const sessions = FOLD_BATCH_MAX + 100;
    const stream = jetstream(bar);
    for (let n = 0; n < sessions; n++) {
      const pending = sessionRecord(`session_${n}`, { amountMinor: 100 + n });
      for (const record of [pending, { ...pending, status: 'completed' as const }])
        await stream.publish(stationSubject(EVENT, 'bar'), JSON.stringify({ v: 1, station: 'bar', record }));
    }
    await bar.close();

    const history = await HistoryStore.open(await tempDir());
    let writes = 0;
    history.onWrite(() => (writes += 1));
    const board = new EventOrganiser({
      history,
      hub: { url: running.url, credentials: ORGANISER },
      eventId: EVENT,
      logger: silentLogger,
    });
    await board.start();
    cleanups.push(async () => {
      await board.stop();
      await history.close();
    });
    await vi.waitFor(
      () => expect(history.index.run({ sort: 'oldest', statuses: ['completed'] }).count).toBe(sessions),
      SLOW,
    );
    expect(history.index.run(everything).count).toBe(sessions);
    expect(history.get('session_7')).toMatchObject({ status: 'completed', station: 'bar', amountMinor: 107 });
    // Folded a batch at a time, not a write (and a flush) per message.
    expect(writes).toBeLessThan(sessions / 10);
  });

  it('keeps every record through a hub killed in the middle of a burst, none twice', async () => {
    const running = await hub();
    const bar = await station(running, 'bar');
    await bar.start();
    const first = await sell(bar.main, 6);
    await running.kill();
    const during = await sell(bar.main, 6);
    await running.restart();
    const board = await organiser(running);
    await vi.waitFor(() => expect(statusesOf(board.history)).toEqual(statusesOf(bar.main.history)), SLOW);
    expect(board.history.index.run(everything).count).toBe(first.length + during.length);
    // One message per (session, status): 12 created, 8 paid.
    expect(await streamMessages(running)).toBe(12 + 8);
  });

  it('holds 200 sessions while the hub is away, counts them as waiting, then drains them in order', async () => {
    const running = await hub();
    await running.kill();
    const bar = await station(running, 'bar');
    const publisher = await bar.start();
    const made = [];
    for (let n = 0; n < 200; n++)
      made.push((await data(bar.main.api.sessions.create({ kind: 'amount', amount: '2.00', currency: 'USD' }))).id);
    await vi.waitFor(() => expect(publisher.current()).toMatchObject({ connected: false, backlog: 200 }), SLOW);
    await running.restart();
    const board = await organiser(running);
    await vi.waitFor(() => expect(publisher.current()).toMatchObject({ connected: true, backlog: 0 }), SLOW);
    await vi.waitFor(() => expect(board.history.index.run(everything).count).toBe(200), SLOW);
    expect(board.history.index.run(everything).rows.map((r) => r.id)).toEqual(made);
  });

  it('replays after a crash between PubAck and cursor write, and the hub drops the repeats', async () => {
    const running = await hub();
    const board = await organiser(running);
    const bar = await station(running, 'bar');
    const early = await bar.start();
    await sell(bar.main, 3);
    await vi.waitFor(() => expect(early.current().backlog).toBe(0), SLOW);
    await early.stop();
    // The crash: the hub has acknowledged everything, the cursor on disk knows nothing of it.
    await writeFile(bar.cursorPath, JSON.stringify({ version: 1, published: {} }));
    const again = await bar.start();
    await sell(bar.main, 3);
    await vi.waitFor(() => expect(again.current().backlog).toBe(0), SLOW);
    await vi.waitFor(() => expect(statusesOf(board.history)).toEqual(statusesOf(bar.main.history)), SLOW);
    expect(await streamMessages(running)).toBe(6 + 4);
  });

  it('says so when the hub refuses the credentials, and sends nothing', async () => {
    const running = await hub();
    const bar = await station(running, 'bar', { user: 'bar', password: 'wrong' });
    const publisher = await bar.start();
    await sell(bar.main, 1);
    await vi.waitFor(() => expect(publisher.current().problem).toMatch(/Authorization Violation/i), SLOW);
    // Its record and its payment wait.
    expect(publisher.current()).toMatchObject({ connected: false, backlog: 2 });
  });

  it('cannot publish as another station: the hub denies the subject', async () => {
    const running = await hub();
    await organiser(running);
    // The bar's credentials, told to publish as the gate.
    const impostor = await station(running, 'gate', { user: 'bar', password: password('bar') });
    const publisher = await impostor.start();
    await sell(impostor.main, 1);
    await vi.waitFor(() => expect(publisher.current().problem).toMatch(/Permissions Violation/i), SLOW);
    expect(publisher.current().backlog).toBeGreaterThan(0);
    expect(await streamMessages(running)).toBe(0);
  });
});
