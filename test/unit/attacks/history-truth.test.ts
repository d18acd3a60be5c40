import { appendFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE, HistoryStore } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';
import { tempDir } from '../helpers/main';
import { mountTinyDisk } from '../helpers/tiny-disk';

// #15 "Status truth" and "Disk and files": each case is an attack that broke history before.

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

describe('attack 12: replay never lets a later line replace a terminal status', () => {
  it('a pending status line after a completed one leaves the session paid', async () => {
    const dir = await tempDir();
    const paid = sessionRecord('session_paid');
    await writeFile(
      join(dir, HISTORY_FILE),
      line({ op: 'put', record: paid }) +
        line({ op: 'patch', id: paid.id, update: { status: 'completed' } }) +
        line({ op: 'patch', id: paid.id, update: { status: 'pending' } }),
    );
    const store = await HistoryStore.open(dir);
    expect(store.get(paid.id)?.status).toBe('completed');
    await store.close();
  });

  it('a duplicate record after a completed line leaves the session paid', async () => {
    const dir = await tempDir();
    const paid = sessionRecord('session_dup');
    await writeFile(
      join(dir, HISTORY_FILE),
      line({ op: 'put', record: paid }) +
        line({ op: 'patch', id: paid.id, update: { status: 'completed' } }) +
        line({ op: 'put', record: paid }),
    );
    const store = await HistoryStore.open(dir);
    expect(store.get(paid.id)?.status).toBe('completed');
    await store.close();
  });
});

describe('attack 13: two status checks in flight', () => {
  it('answering completed then expired ends as completed, in memory and after a reopen', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(sessionRecord('session_race'));
    const [first, second] = await Promise.all([
      store.update('session_race', { status: 'completed' }),
      store.update('session_race', { status: 'expired' }),
    ]);
    expect(first?.status).toBe('completed');
    expect(second?.status).toBe('completed');
    expect(store.get('session_race')?.status).toBe('completed');
    await store.close();
    const reopened = await HistoryStore.open(dir);
    expect(reopened.get('session_race')?.status).toBe('completed');
    await reopened.close();
  });
});

describe('attack 9: the disk fills up in the middle of an append', () => {
  it('the failed write is reported as failed, and the next acknowledged record survives a reopen', async () => {
    const disk = await mountTinyDisk(64 * 1024);
    if (!disk) return;
    try {
      const store = await HistoryStore.open(disk.dir);
      await store.append(sessionRecord('session_before'));
      // Fill the disk, leaving less room than one record needs.
      const filler = join(disk.dir, 'filler');
      const room = 64 * 1024 - 4096 * 3;
      await writeFile(filler, Buffer.alloc(room));
      let failed = 0;
      for (let i = 0; i < 40; i++) {
        await appendFile(filler, Buffer.alloc(256)).catch(() => undefined);
      }
      for (let i = 0; i < 20; i++) {
        await store
          .append(sessionRecord(`session_lost_${i}`, { reference: 'x'.repeat(200) }))
          .catch(() => (failed += 1));
      }
      expect(failed).toBeGreaterThan(0);
      await writeFile(filler, ''); // room again
      await store.append(sessionRecord('session_after'));
      await store.close();
      const reopened = await HistoryStore.open(disk.dir);
      expect(reopened.get('session_before')).toBeDefined();
      expect(reopened.get('session_after')).toBeDefined();
      expect(reopened.report.droppedLines).toBe(0);
      await reopened.close();
    } finally {
      await disk.unmount();
    }
  });
});

describe('attack 8: a history log over 512 MB', () => {
  it('opens, line by line: a 600 MB damaged stretch is skipped and the records after it are kept', async () => {
    const dir = await tempDir();
    const path = join(dir, HISTORY_FILE);
    const kept = sessionRecord('session_after_the_damage');
    await writeFile(path, line({ op: 'put', record: sessionRecord('session_before_the_damage') }));
    // 600 MB of zeros with no line break (a sparse file: no disk is used), then a good line.
    await truncate(path, 600 * 1024 * 1024);
    await appendFile(path, `\n${line({ op: 'put', record: kept })}`);
    const store = await HistoryStore.open(dir);
    expect(store.get('session_before_the_damage')?.status).toBe('pending');
    expect(store.get(kept.id)?.status).toBe('pending');
    expect(store.report.droppedLines).toBe(1);
    await store.close();
  }, 60_000);
});
