// Event mode over a real nats-server on loopback (#21):
//  - 20 stations × 1,000 sessions each published at once: how long until the hub has them all;
//  - an organiser starting from empty: how long until it has folded all 20,000;
//  - paid on a station → the organiser's history shows it paid: p95 over 50 sales;
//  - a station cut off for 2,000 records, then back: records drained per second.
// One run; bench/repeat.ts takes the median of five.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventOrganiser } from '../src/main/core/event/organiser';
import { PublishCursor } from '../src/main/core/event/publish-cursor';
import { EventPublisher, type PublisherState } from '../src/main/core/event/publisher';
import { HistoryStore } from '../src/main/core/history/history-store';
import { realTimers, silentLogger } from '../src/main/core/ports';
import { cuttableLink } from '../test/support/cuttable-link';
import { startHub } from '../test/support/nats-server';
import { sessionRecord } from '../test/support/records';
import { percentile, recordResults } from './results';

const STATIONS = 20;
const SESSIONS_PER_STATION = 1000;
const LATENCY_SALES = 50;
const OFFLINE_RECORDS = 2000;
const EVENT = 'bench';
const ORGANISER = { user: 'organiser', password: 'pw-organiser' };
const names = Array.from({ length: STATIONS }, (_, i) => `s${String(i).padStart(2, '0')}`);

const root = await mkdtemp(join(tmpdir(), 'linkdesk-event-bench-'));
const hub = await startHub({
  eventId: EVENT,
  stations: names.map((name) => ({ name, password: `pw-${name}` })),
  organiser: ORGANISER,
});
const cleanups: (() => Promise<void>)[] = [() => hub.stop(), () => rm(root, { recursive: true, force: true })];

/** Resolves once `check` holds, looking every `everyMs`. */
async function until(check: () => boolean, everyMs = 5): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

interface Station {
  history: HistoryStore;
  publisher: EventPublisher;
  state: PublisherState;
}

async function station(name: string, url: string, sessions: number): Promise<Station> {
  const dir = join(root, name);
  const history = await HistoryStore.open(dir);
  for (let n = 0; n < sessions; n++) {
    const paid = n % 3 === 0;
    await history.append(
      sessionRecord(`session_${name}_${String(n).padStart(6, '0')}`, {
        amountMinor: 100 + n,
        ...(paid && { status: 'completed', payment: { paidMinor: 100 + n, transactionId: `t${n}` } }),
        station: name,
      }),
    );
  }
  const made: Station = { history, state: { connected: false, backlog: 0 } } as Station;
  made.publisher = new EventPublisher({
    history,
    cursor: await PublishCursor.open(join(dir, 'cursor.json'), silentLogger),
    hub: { url, credentials: { user: name, password: `pw-${name}` } },
    eventId: EVENT,
    station: name,
    since: '2000-01-01T00:00:00.000Z',
    version: 'bench',
    timers: realTimers,
    logger: silentLogger,
    onState: (state) => {
      made.state = state;
    },
  });
  cleanups.unshift(async () => {
    await made.publisher.stop();
    await history.close();
  });
  return made;
}

try {
  // The organiser makes the stream first (as "Set up event" does), then steps away.
  const setup = await HistoryStore.open(join(root, 'setup'));
  const setupReader = new EventOrganiser({
    history: setup,
    hub: { url: hub.url, credentials: ORGANISER },
    eventId: EVENT,
    logger: silentLogger,
  });
  await setupReader.start();
  await setupReader.stop();
  await setup.close();

  const stations = await Promise.all(names.map((name) => station(name, hub.url, SESSIONS_PER_STATION)));
  // Each session is one record when made, and a paid one a second.
  const records = STATIONS * (SESSIONS_PER_STATION + Math.ceil(SESSIONS_PER_STATION / 3));
  const publishStart = performance.now();
  for (const s of stations) s.publisher.start();
  await until(() => stations.every((s) => s.state.connected && s.state.backlog === 0), 20);
  const publishMs = performance.now() - publishStart;

  const board = await HistoryStore.open(join(root, 'organiser'));
  const paidSeen = new Map<string, number>();
  const reader = new EventOrganiser({
    history: board,
    hub: { url: hub.url, credentials: ORGANISER },
    eventId: EVENT,
    logger: silentLogger,
    onFolded: (_outcome, record) => {
      if (record.status === 'completed') paidSeen.set(record.id, performance.now());
    },
  });
  cleanups.unshift(async () => {
    await reader.stop();
    await board.close();
  });
  const expected = STATIONS * SESSIONS_PER_STATION;
  const catchUpStart = performance.now();
  await reader.start();
  await until(() => board.size === expected && paidSeen.size === Math.ceil(SESSIONS_PER_STATION / 3) * STATIONS, 10);
  const catchUpMs = performance.now() - catchUpStart;

  // Live: a station's sale is paid; how long until the organiser has it as paid.
  const first = stations[0] as Station;
  const latencies: number[] = [];
  for (let n = 0; n < LATENCY_SALES; n++) {
    const id = `session_live_${String(n).padStart(6, '0')}`;
    await first.history.append(sessionRecord(id, { station: names[0] }));
    await until(() => board.get(id) !== undefined, 1);
    const paidAt = performance.now();
    await first.history.update(id, { status: 'completed', payment: { paidMinor: 1250, transactionId: `live${n}` } });
    await until(() => paidSeen.has(id), 1);
    latencies.push((paidSeen.get(id) as number) - paidAt);
  }
  latencies.sort((a, b) => a - b);

  // A station whose link drops while it records 2,000 sessions, then comes back.
  const link = await cuttableLink(Number(new URL(hub.url).port));
  cleanups.unshift(() => link.close());
  const cut = await station('s19', `nats://127.0.0.1:${link.port}`, 0);
  cut.publisher.start();
  await until(() => cut.state.connected, 10);
  await link.cut();
  await until(() => !cut.state.connected, 10);
  for (let n = 0; n < OFFLINE_RECORDS; n++)
    await cut.history.append(sessionRecord(`session_away_${String(n).padStart(6, '0')}`, { station: 's19' }));
  await until(() => cut.state.backlog === OFFLINE_RECORDS, 10);
  await link.restore();
  await until(() => cut.state.connected, 1); // the reconnect wait is not the drain
  const drainStart = performance.now();
  const waiting = cut.state.backlog;
  await until(() => cut.state.backlog === 0, 5);
  const drainMs = performance.now() - drainStart;

  const figures = {
    eventPublish20kMs: Math.round(publishMs),
    eventPublishRecordsPerSecond: Math.round(records / (publishMs / 1000)),
    eventOrganiserCatchUp20kMs: Math.round(catchUpMs),
    eventPaidToOrganiserP95Ms: Number(percentile(latencies, 95).toFixed(1)),
    eventPaidToOrganiserMedianMs: Number(percentile(latencies, 50).toFixed(1)),
    eventDrainRecordsPerSecond: Math.round(waiting / (drainMs / 1000)),
  };
  console.log(`${STATIONS} stations × ${SESSIONS_PER_STATION} sessions = ${records} records`);
  console.table(figures);
  await recordResults(figures);
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
}
