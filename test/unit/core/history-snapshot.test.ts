import { copyFile, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryFilter } from '../../../src/shared/history-query';
import type { SessionRecord, SessionUpdate } from '../../../src/shared/session-record';
import { isTerminal } from '../../../src/shared/ozura/status';
import { SNAPSHOT_FILE } from '../../../src/main/core/history/history-snapshot';
import {
  COMPACT_AFTER_PATCHES,
  HISTORY_FILE,
  HistoryStore,
  SNAPSHOT_AFTER_LINES,
} from '../../../src/main/core/history/history-store';
import type { Logger } from '../../../src/main/core/ports';
import { sessionRecord } from '../../support/records';
import { tempDir } from '../helpers/main';
import { fillDisk, mountTinyDisk } from '../helpers/tiny-disk';

/** A logger that remembers its warnings, so a test can see what the store said. */
function warningsLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, error: () => {}, warn: (message) => warnings.push(message) };
}

/** A varied session: its currency, kind, amount, time, reference and station depend on `n`. */
function variedRecord(n: number): SessionRecord {
  const currency = ['USD', 'EUR', 'JPY'][n % 3] as string;
  return sessionRecord(`session_${String(n).padStart(14, '0')}`, {
    kind: n % 4 === 0 ? 'donation' : 'amount',
    amountMinor: 100 + ((n * 37) % 5000),
    currency,
    createdAt: new Date(Date.UTC(2026, 10, 23, n % 24, n % 60)).toISOString(),
    reference: n % 5 === 0 ? `Table ${n % 7}` : undefined,
    station: [undefined, 'bar', 'gate', 'bar'][Math.floor(n / 3) % 4],
  });
}

const QUERIES: HistoryFilter[] = [
  { sort: 'newest' },
  { sort: 'amount-desc', statuses: ['completed'] },
  { sort: 'oldest', kinds: ['donation'], search: 'table 3' },
  { sort: 'amount-asc', search: '0000000000001' },
  { sort: 'newest', from: '2026-11-23T06:00:00.000Z', to: '2026-11-23T18:00:00.000Z' },
  { sort: 'oldest', station: 'gate' },
];

/** What the history screen shows for each query (ids in order, totals), and which sessions are watched. */
function screens(store: HistoryStore): unknown[] {
  const shown = QUERIES.map((filter) => {
    const found = store.index.run(filter);
    return { ids: found.rows.map((r) => [r.id, r.status]), totals: found.totals };
  });
  return [...shown, { watched: store.pending().map((r) => r.id) }];
}

type Step =
  { op: 'create'; n: number } | { op: 'status'; n: number; status: SessionRecord['status'] } | { op: 'reopen' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('create' as const), n: fc.nat(40) }), weight: 4 },
  {
    arbitrary: fc.record({
      op: fc.constant('status' as const),
      n: fc.nat(40),
      status: fc.constantFrom('pending', 'completed', 'failed', 'expired', 'cancelled'),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant('reopen' as const) }), weight: 1 },
);

describe('History snapshot', () => {
  it('opens to the same history, queries and totals as reading the whole log, whatever happened', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        async (steps, every) => {
          const dir = await tempDir();
          const options = { snapshotAfterLines: every };
          let store = await HistoryStore.open(dir, options);
          const expected = new Map<string, SessionRecord>();
          for (const s of steps) {
            if (s.op === 'reopen') {
              await store.close();
              store = await HistoryStore.open(dir, options);
            } else if (s.op === 'create') {
              const record = variedRecord(s.n);
              await store.append(record);
              const known = expected.get(record.id);
              if (!known || !isTerminal(known.status)) expected.set(record.id, record);
            } else {
              const id = variedRecord(s.n).id;
              const update: SessionUpdate = { status: s.status };
              await store.update(id, update);
              const known = expected.get(id);
              if (known && !(isTerminal(known.status) && known.status !== s.status))
                expected.set(id, { ...known, ...update });
            }
          }
          await store.snapshotInTurn();
          const live = screens(store);
          expect(new Map(store.list().map((r) => [r.id, r.status]))).toEqual(
            new Map([...expected].map(([id, r]) => [id, r.status])),
          );
          await store.close();

          const logger = warningsLogger();
          const fromSnapshot = await HistoryStore.open(dir, { ...options, logger });
          expect(logger.warnings).toEqual([]); // the snapshot was used
          expect(screens(fromSnapshot)).toEqual(live);
          await fromSnapshot.close();

          await rm(join(dir, SNAPSHOT_FILE));
          const fromLog = await HistoryStore.open(dir, options);
          expect(screens(fromLog)).toEqual(live);
          await fromLog.close();
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('replays the lines written after the snapshot', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir, { snapshotAfterLines: 3 });
    for (let n = 0; n < 5; n++) await store.append(variedRecord(n));
    await store.update(variedRecord(1).id, { status: 'completed' });
    await store.close();
    const snapshot = await readFile(join(dir, SNAPSHOT_FILE));
    expect(snapshot.length).toBeGreaterThan(0);

    const reopened = await HistoryStore.open(dir, { snapshotAfterLines: 100 });
    expect(reopened.list().map((r) => [r.id.slice(-1), r.status])).toEqual([
      ['4', 'pending'],
      ['3', 'pending'],
      ['2', 'pending'],
      ['1', 'completed'],
      ['0', 'pending'],
    ]);
    await reopened.close();
  });

  it('ignores a damaged snapshot, says so, reads the log and writes a good one', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir, { snapshotAfterLines: 2 });
    for (let n = 0; n < 6; n++) await store.append(variedRecord(n));
    await store.update(variedRecord(2).id, { status: 'completed' });
    await store.snapshotInTurn();
    const before = screens(store);
    await store.close();

    const path = join(dir, SNAPSHOT_FILE);
    const bytes = await readFile(path);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0xff; // in the last text block
    await writeFile(path, bytes);

    const logger = warningsLogger();
    const reopened = await HistoryStore.open(dir, { logger });
    expect(screens(reopened)).toEqual(before);
    expect(logger.warnings).toEqual(['History snapshot not used; reading the whole log']);
    await reopened.snapshotInTurn();
    await reopened.close();

    const again = warningsLogger();
    const third = await HistoryStore.open(dir, { logger: again });
    expect(screens(third)).toEqual(before);
    expect(again.warnings).toEqual([]);
    await third.close();
  });

  it('ignores a snapshot cut short (a copy that did not finish), and reads the log', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    for (let n = 0; n < 3; n++) await store.append(variedRecord(n));
    await store.snapshotInTurn();
    const before = screens(store);
    await store.close();
    const path = join(dir, SNAPSHOT_FILE);
    await truncate(path, (await stat(path)).size - 10);

    const logger = warningsLogger();
    const reopened = await HistoryStore.open(dir, { logger });
    expect(logger.warnings).toEqual(['History snapshot not used; reading the whole log']);
    expect(screens(reopened)).toEqual(before);
    await reopened.close();
  });

  it('ignores a snapshot of another log (the log was restored from a backup)', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(variedRecord(1));
    await store.close();
    await copyFile(join(dir, HISTORY_FILE), join(dir, 'backup.jsonl'));

    const later = await HistoryStore.open(dir);
    await later.update(variedRecord(1).id, { status: 'completed' });
    for (let n = 2; n < 5; n++) await later.append(variedRecord(n));
    await later.snapshotInTurn();
    await later.close();

    // The backup is shorter than the log the snapshot covers.
    await copyFile(join(dir, 'backup.jsonl'), join(dir, HISTORY_FILE));
    const logger = warningsLogger();
    const restored = await HistoryStore.open(dir, { logger });
    expect(restored.list().map((r) => [r.id, r.status])).toEqual([[variedRecord(1).id, 'pending']]);
    expect(logger.warnings).toHaveLength(1);
    await restored.close();
  });

  it('ignores a snapshot when the log was replaced by one of the same length', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(variedRecord(1));
    await store.snapshotInTurn();
    await store.close();
    const log = await readFile(join(dir, HISTORY_FILE), 'utf8');
    await writeFile(join(dir, HISTORY_FILE), log.replace('"amountMinor":137', '"amountMinor":138'));

    const reopened = await HistoryStore.open(dir);
    expect(reopened.get(variedRecord(1).id)?.amountMinor).toBe(138);
    expect(reopened.index.run({ sort: 'newest' }).totals.counts.pending).toBe(1);
    await reopened.close();
  });

  it('keeps the same history across a compaction and the snapshot written after it', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    for (let n = 0; n < 1100; n++) {
      await store.append(variedRecord(n));
      await store.update(variedRecord(n).id, { status: n % 3 === 0 ? 'failed' : 'completed' });
    }
    await store.append(variedRecord(5000));
    const before = screens(store);
    expect(await store.compactIfWorthIt()).toBe(true);
    expect(screens(store)).toEqual(before);
    await store.append(variedRecord(5001));
    await store.close();

    const reopened = await HistoryStore.open(dir);
    expect(reopened.size).toBe(1102);
    expect(reopened.get(variedRecord(5001).id)?.status).toBe('pending');
    expect(reopened.get(variedRecord(3).id)?.status).toBe('failed');
    await reopened.close();
  });

  it('keeps working when the snapshot cannot be written (a full disk), and opens from the log', async () => {
    const disk = await mountTinyDisk(256 * 1024);
    if (!disk) return;
    try {
      const logger = warningsLogger();
      const store = await HistoryStore.open(disk.dir, { logger, snapshotAfterLines: 100 });
      for (let n = 0; n < 4; n++) await store.append(variedRecord(n));
      await fillDisk(disk.dir);
      await store.snapshotInTurn();
      expect(logger.warnings).toContain('History snapshot not written');
      await rm(join(disk.dir, 'filler'));
      await store.update(variedRecord(0).id, { status: 'completed' });
      expect(store.get(variedRecord(0).id)?.status).toBe('completed');
      await store.close();
      await expect(stat(join(disk.dir, `${SNAPSHOT_FILE}.writing`))).rejects.toThrow();

      const reopened = await HistoryStore.open(disk.dir);
      expect(reopened.list().map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'completed']);
      await reopened.close();
    } finally {
      await disk.unmount();
    }
  });

  it('writes a snapshot once SNAPSHOT_AFTER_LINES lines follow the last one, not before', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    for (let n = 0; n < SNAPSHOT_AFTER_LINES - 1; n++) await store.append(variedRecord(n));
    await expect(stat(join(dir, SNAPSHOT_FILE))).rejects.toThrow();
    await store.append(variedRecord(SNAPSHOT_AFTER_LINES));
    await store.close(); // waits for the snapshot under way
    await expect(stat(join(dir, SNAPSHOT_FILE))).resolves.toBeTruthy();
  });
});

describe('History compaction threshold', () => {
  it('rewrites the log at COMPACT_AFTER_PATCHES status lines (when they outnumber a quarter of the sessions), not one before', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    for (let n = 0; n < COMPACT_AFTER_PATCHES; n++) await store.append(variedRecord(n));
    for (let n = 0; n < COMPACT_AFTER_PATCHES - 1; n++) await store.update(variedRecord(n).id, { status: 'expired' });
    expect(await store.compactIfWorthIt()).toBe(false);
    await store.update(variedRecord(COMPACT_AFTER_PATCHES - 1).id, { status: 'expired' });
    expect(await store.compactIfWorthIt()).toBe(true);
    const lines = (await readFile(join(dir, HISTORY_FILE), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(COMPACT_AFTER_PATCHES);
    await store.close();
  });
});
