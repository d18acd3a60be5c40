import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hubConfig, MAX_EVENT_MESSAGE_BYTES } from '../../../src/main/core/event/hub-config';
import { MAX_CURSOR_BYTES, PublishCursor } from '../../../src/main/core/event/publish-cursor';
import { silentLogger } from '../../../src/main/core/ports';
import { foldRecords } from '../../../src/main/core/event/organiser';
import {
  MAX_HEARTBEAT_BYTES,
  STATION_QUIET_AFTER_MS,
  StationsHeard,
} from '../../../src/main/core/event/stations-heard';
import { exportHistoryCsv } from '../../../src/main/core/history/history-export';
import { CLOCK_IN_STEP_MS, clockReading, EventToken, HubUrl } from '../../../src/shared/event';
import { sessionRecord } from '../../support/records';
import { openHistory, tempDir } from '../helpers/main';

/** One station report folded on its own. */
const foldRecord = async (
  history: Parameters<typeof foldRecords>[0],
  station: string,
  record: ReturnType<typeof sessionRecord>,
) => (await foldRecords(history, [{ station, record }]))[0];

// Event mode's rules without a hub (#21): how records fold, what a hub address may be, and the
// nats-server configuration Linkdesk writes for an organiser.

describe('folding station records', () => {
  it('adds, moves forward by the lifecycle, never back, and is idempotent', async () => {
    const history = await openHistory();
    const pending = sessionRecord('s1');
    const paid = sessionRecord('s1', { status: 'completed', payment: { paidMinor: 1250, transactionId: 't1' } });
    expect(await foldRecord(history, 'bar', pending)).toBe('added');
    expect(history.get('s1')?.station).toBe('bar');
    expect(await foldRecord(history, 'bar', paid)).toBe('updated');
    expect(await foldRecord(history, 'bar', paid)).toBe('unchanged');
    expect(await foldRecord(history, 'bar', pending)).toBe('unchanged');
    expect(history.get('s1')).toMatchObject({ status: 'completed', payment: { transactionId: 't1' } });
  });

  it('keeps the first of two different outcomes and reports the conflict', async () => {
    const history = await openHistory();
    await foldRecord(history, 'bar', sessionRecord('s2', { status: 'completed' }));
    expect(await foldRecord(history, 'bar', sessionRecord('s2', { status: 'failed' }))).toBe('conflict');
    expect(history.get('s2')).toMatchObject({ status: 'completed', conflict: { status: 'failed', station: 'bar' } });
  });
});

describe("a station's clock against the organiser's", () => {
  it(`reads in step within ${CLOCK_IN_STEP_MS / 1000} s, else whole seconds ahead or behind`, () => {
    expect(clockReading(CLOCK_IN_STEP_MS - 1)).toEqual({ reads: 'inStep', seconds: 5 });
    expect(clockReading(-(CLOCK_IN_STEP_MS - 1))).toMatchObject({ reads: 'inStep' });
    expect(clockReading(CLOCK_IN_STEP_MS)).toEqual({ reads: 'ahead', seconds: 5 });
    expect(clockReading(-45_400)).toEqual({ reads: 'behind', seconds: 45 });
  });
});

describe('a hub address', () => {
  it('is nats:// only on this computer, tls:// anywhere', () => {
    expect(HubUrl.safeParse('nats://127.0.0.1:4222').success).toBe(true);
    expect(HubUrl.safeParse('nats://localhost:4222').success).toBe(true);
    expect(HubUrl.safeParse('tls://hub.example.org:4222').success).toBe(true);
    expect(HubUrl.safeParse('nats://192.168.1.20:4222').success).toBe(false);
    expect(HubUrl.safeParse('http://127.0.0.1:4222').success).toBe(false);
    expect(HubUrl.safeParse('not a url').success).toBe(false);
  });

  it('names events and stations with one subject token', () => {
    expect(EventToken.safeParse('summer-fest_26').success).toBe(true);
    for (const bad of ['', 'a.b', 'a b', '>', '*', 'x'.repeat(33)])
      expect(EventToken.safeParse(bad).success, bad).toBe(false);
  });
});

describe('the hub configuration', () => {
  it('lets each station publish to its own subject only, and the organiser read', () => {
    const config = hubConfig({
      eventId: 'fest',
      stations: [{ name: 'bar', password: 'p"1' }],
      organiser: { user: 'org', password: 'p2' },
      host: '127.0.0.1',
      port: 4222,
      storeDir: '/tmp/store',
    });
    expect(config).toContain('user: "bar", password: "p\\"1"');
    expect(config).toContain(
      'publish: ["linkdesk.fest.bar", "linkdesk-health.fest.bar", "$JS.API.STREAM.INFO.LINKDESK_FEST"]',
    );
    expect(config).not.toMatch(/publish: \[[^\]]*"linkdesk\.fest\.>"/);
    expect(config).toContain('"$JS.API.CONSUMER.MSG.NEXT.LINKDESK_FEST.>"');
    expect(config).not.toContain('STREAM.DELETE');
  });
});

describe('the publish cursor', () => {
  it(`moves a damaged or oversized (> ${MAX_CURSOR_BYTES / 1024 / 1024} MiB) cursor aside and offers everything again`, async () => {
    const dir = await tempDir();
    const path = join(dir, 'bar-cursor.json');
    await writeFile(path, JSON.stringify({ version: 1, published: { s1: 'completed' } }));
    expect((await PublishCursor.open(path, silentLogger)).statusOf('s1')).toBe('completed');
    await writeFile(path, Buffer.alloc(MAX_CURSOR_BYTES + 1, 32));
    expect((await PublishCursor.open(path, silentLogger)).statusOf('s1')).toBeUndefined();
    expect((await readdir(dir)).some((name) => name.startsWith('bar-cursor.json.unreadable-'))).toBe(true);
  });
});

describe('the hub configuration limits', () => {
  it(`caps a message at ${MAX_EVENT_MESSAGE_BYTES / 1024} KiB on the hub`, () => {
    const config = hubConfig({
      eventId: 'fest',
      stations: [],
      organiser: { user: 'o', password: 'p' },
      host: '127.0.0.1',
      port: 1,
      storeDir: '/s',
    });
    expect(config).toContain(`max_payload: ${MAX_EVENT_MESSAGE_BYTES}`);
  });
});

describe("an organiser's history", () => {
  it('filters by station, totals per station and exports a station column', async () => {
    const history = await openHistory();
    const paid = (id: string, paidMinor: number, currency = 'USD') =>
      sessionRecord(id, { status: 'completed', currency, payment: { paidMinor, transactionId: `t-${id}` } });
    await foldRecord(history, 'bar', paid('b1', 500));
    await foldRecord(history, 'bar', paid('b2', 250));
    await foldRecord(history, 'gate', paid('g1', 1000));
    await foldRecord(history, 'gate', paid('g2', 700, 'EUR'));
    await foldRecord(history, 'gate', sessionRecord('g3')); // still pending: not taken

    const gate = history.index.run({ sort: 'oldest', station: 'gate' });
    expect(gate.rows.map((r) => r.id)).toEqual(['g1', 'g2', 'g3']);
    expect(history.index.run({ sort: 'oldest', station: 'nowhere' }).count).toBe(0);
    expect(history.index.run({ sort: 'oldest' }).totals.byStation).toEqual([
      { station: 'bar', currency: 'USD', takenMinor: 750, count: 2 },
      { station: 'gate', currency: 'EUR', takenMinor: 700, count: 1 },
      { station: 'gate', currency: 'USD', takenMinor: 1000, count: 1 },
    ]);

    const file = join(await tempDir(), 'event.csv');
    await exportHistoryCsv(file, gate);
    const [header, ...rows] = Papa.parse<string[]>((await readFile(file, 'utf8')).trim()).data;
    const column = header?.indexOf('station') ?? -1;
    expect(column).toBeGreaterThan(-1);
    expect(rows.map((row) => row[column])).toEqual(['gate', 'gate', 'gate']);
  });

  it('flags two different outcomes on the row; Verify now settles it either way, and a replay does not flag it again', async () => {
    const history = await openHistory();
    await foldRecord(history, 'bar', sessionRecord('s3', { status: 'failed' }));
    expect(await foldRecord(history, 'gate', sessionRecord('s3', { status: 'completed' }))).toBe('conflict');
    expect(history.get('s3')).toMatchObject({ status: 'failed', conflict: { status: 'completed', station: 'gate' } });

    // Ozura says it was paid: the other report wins, and the flag is settled.
    await history.update('s3', { status: 'completed', conflict: null });
    expect(history.get('s3')).toMatchObject({ status: 'completed', conflict: null });
    expect(await foldRecord(history, 'bar', sessionRecord('s3', { status: 'failed' }))).toBe('unchanged');
    expect(history.get('s3')?.status).toBe('completed');

    // Without a conflict on record a terminal status still never changes.
    await foldRecord(history, 'bar', sessionRecord('s4', { status: 'completed' }));
    await history.update('s4', { status: 'failed' });
    expect(history.get('s4')?.status).toBe('completed');
  });
});

describe('station heartbeats, as the organiser hears them', () => {
  const beat = (station: string, clock: number, extra: object = {}) =>
    new TextEncoder().encode(JSON.stringify({ station, version: '1.0.0', backlog: 3, clock, ...extra }));

  it(`shows a station online until ${STATION_QUIET_AFTER_MS / 1000} s pass without a heartbeat, with its backlog and clock skew`, () => {
    const heard = new StationsHeard();
    const t0 = Date.parse('2026-12-03T12:00:00.000Z');
    expect(heard.hear('linkdesk-health.fest.bar', beat('bar', t0 + 90_000), t0)).toBe(true);
    const seen = [{ station: 'gate', sessions: 4, newestMs: t0 - 60_000 }];
    expect(heard.list(t0 + STATION_QUIET_AFTER_MS - 1, seen)).toEqual([
      { station: 'bar', online: true, sessions: 0, lastHeardAt: t0, backlog: 3, version: '1.0.0', clockSkewMs: 90_000 },
      { station: 'gate', online: false, sessions: 4, lastRecordAt: '2026-12-03T11:59:00.000Z' },
    ]);
    expect(heard.list(t0 + STATION_QUIET_AFTER_MS, seen)[0]?.online).toBe(false);
    expect(heard.onlineNow(t0)).toBe('bar');
    expect(heard.onlineNow(t0 + STATION_QUIET_AFTER_MS)).toBe('');
  });

  it(`ignores a heartbeat for another station's subject, a malformed one and one over ${MAX_HEARTBEAT_BYTES} bytes`, () => {
    const heard = new StationsHeard();
    expect(heard.hear('linkdesk-health.fest.gate', beat('bar', 0), 0)).toBe(false);
    expect(heard.hear('linkdesk-health.fest.bar', new TextEncoder().encode('{not json'), 0)).toBe(false);
    expect(heard.hear('linkdesk-health.fest.bar', beat('bar', 0, { backlog: -1 }), 0)).toBe(false);
    expect(heard.hear('linkdesk-health.fest.bar', beat('bar', 0, { pad: 'x'.repeat(MAX_HEARTBEAT_BYTES) }), 0)).toBe(
      false,
    );
    expect(heard.list(0, [])).toEqual([]);
  });
});
