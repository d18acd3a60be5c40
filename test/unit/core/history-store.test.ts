import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE, HistoryStore } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';
import { tempDir } from '../helpers/main';
import { fillDisk, mountTinyDisk } from '../helpers/tiny-disk';

const record = sessionRecord;

describe('HistoryStore', () => {
  it('keeps sessions and status changes across a reopen', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(record('session_a'));
    await store.append(record('session_b'));
    await store.update('session_a', { status: 'completed', payment: { cardBrand: 'VISA', cardLastFour: '4242' } });
    await store.close();
    const reopened = await HistoryStore.open(dir);
    expect(reopened.list().map((r) => [r.id, r.status])).toEqual([
      ['session_b', 'pending'],
      ['session_a', 'completed'],
    ]);
    expect(reopened.get('session_a')?.payment).toEqual({ cardBrand: 'VISA', cardLastFour: '4242' });
    expect(reopened.report).toEqual({ droppedLines: 0 });
    await reopened.close();
  });

  it('appends instead of rewriting, and skips writing when only the check time moved', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(record('session_a'));
    const before = await readFile(join(dir, HISTORY_FILE), 'utf8');
    await store.update('session_a', { status: 'pending', statusCheckedAt: '2026-11-23T10:01:00.000Z' });
    expect(await readFile(join(dir, HISTORY_FILE), 'utf8')).toBe(before);
    expect(store.get('session_a')?.statusCheckedAt).toBe('2026-11-23T10:01:00.000Z');
    await store.update('session_a', { status: 'expired' });
    const after = await readFile(join(dir, HISTORY_FILE), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.split('\n').filter(Boolean)).toHaveLength(2);
    await store.close();
  });

  it('never replaces a terminal status', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(record('session_a', { status: 'completed' }));
    await store.update('session_a', { status: 'pending' });
    await store.update('session_a', { status: 'expired' });
    expect(store.get('session_a')?.status).toBe('completed');
    await store.close();
  });

  it('drops a torn last line, says so, and keeps writing cleanly', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(record('session_a'));
    await store.close();
    await appendFile(join(dir, HISTORY_FILE), '{"op":"put","record":{"id":"session_b","check');
    const reopened = await HistoryStore.open(dir);
    expect(reopened.report).toEqual({ droppedLines: 1 });
    expect(reopened.size).toBe(1);
    await reopened.append(record('session_c'));
    await reopened.close();
    const third = await HistoryStore.open(dir);
    expect(third.list().map((r) => r.id)).toEqual(['session_c', 'session_a']);
    await third.close();
  });

  it('moves an unreadable file aside and starts empty', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, HISTORY_FILE), 'this is not a history file\n\u0000\u0001');
    const store = await HistoryStore.open(dir);
    expect(store.size).toBe(0);
    expect(store.report.movedAside).toMatch(/history\.jsonl\.unreadable-\d+$/);
    expect(await readdir(dir)).toEqual(expect.arrayContaining([HISTORY_FILE, expect.stringMatching(/unreadable/)]));
    expect(await readFile(store.report.movedAside ?? '', 'utf8')).toContain('this is not a history file');
    await store.close();
  });

  it('refuses a record that does not match the schema', async () => {
    const store = await HistoryStore.open(await tempDir());
    await expect(store.append({ ...record('x'), amountMinor: -1 })).rejects.toThrow();
    expect(store.size).toBe(0);
    await store.close();
  });
});

describe('HistoryStore.writeAll (an organiser catching up)', () => {
  it('writes many adds and changes with one flush, in order, by the usual rules, and they survive a reopen', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    await store.append(record('session_paid', { status: 'completed' }));
    const heard: number[] = [];
    store.onWrite(() => heard.push(store.list().length));
    await store.writeAll([
      { op: 'put', record: record('session_a') },
      { op: 'patch', id: 'session_a', update: { status: 'completed' } },
      { op: 'put', record: record('session_b') },
      { op: 'patch', id: 'session_paid', update: { status: 'expired' } }, // a terminal status stays
      { op: 'put', record: record('session_a', { status: 'pending' }) }, // a repeat takes nothing back
    ]);
    const statuses = (s: HistoryStore) => s.list().map((r) => [r.id, r.status]);
    const expected = [
      ['session_b', 'pending'],
      ['session_a', 'completed'],
      ['session_paid', 'completed'],
    ];
    expect(statuses(store)).toEqual(expected);
    expect(heard).toEqual([3]); // told once, when all of it is on disk
    expect((await readFile(join(dir, HISTORY_FILE), 'utf8')).split('\n').filter(Boolean)).toHaveLength(6);
    await store.close();
    const reopened = await HistoryStore.open(dir);
    expect(statuses(reopened)).toEqual(expected);
    await reopened.close();
  });

  it('on a full disk keeps the batch in memory, says disk-full, and writes it all once there is room', async () => {
    const disk = await mountTinyDisk(512 * 1024);
    if (!disk) return;
    try {
      const store = await HistoryStore.open(disk.dir);
      await fillDisk(disk.dir);
      const batch = Array.from({ length: 50 }, (_, n) => ({ op: 'put' as const, record: record(`session_${n}`) }));
      await expect(store.writeAll(batch)).rejects.toMatchObject({ code: 'disk-full' });
      expect(store.list()).toHaveLength(50);
      expect(store.allSaved).toBe(false);
      await rm(join(disk.dir, 'filler'));
      await store.saveUnsaved();
      await store.close();
      const reopened = await HistoryStore.open(disk.dir);
      expect(reopened.list()).toHaveLength(50);
      await reopened.close();
    } finally {
      await disk.unmount();
    }
  });

  it('refuses the whole batch, writing nothing, when one change does not match the schema', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    const bad = { ...record('session_bad'), amountMinor: -1 };
    await expect(
      store.writeAll([
        { op: 'put', record: record('session_ok') },
        { op: 'put', record: bad },
      ]),
    ).rejects.toThrow();
    expect(store.list()).toEqual([]);
    await store.close();
  });
});

describe('HistoryStore with a file that has no line breaks at all', () => {
  it('moves it aside untouched instead of cutting it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, HISTORY_FILE), 'garbage without any newline');
    const store = await HistoryStore.open(dir);
    expect(await readFile(store.report.movedAside ?? '', 'utf8')).toBe('garbage without any newline');
    await store.close();
  });
});

describe('HistoryStore compaction', () => {
  it('rewrites a log full of status changes as one line per session, keeping every state', async () => {
    const dir = await tempDir();
    const store = await HistoryStore.open(dir);
    for (let i = 0; i < 1200; i++) {
      const id = `session_${String(i).padStart(14, '0')}`;
      await store.append(record(id));
      await store.update(id, { status: i % 2 === 0 ? 'completed' : 'expired' });
    }
    expect(await store.compactIfWorthIt()).toBe(true);
    await store.append(record('session_after'));
    await store.close();
    const lines = (await readFile(join(dir, HISTORY_FILE), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(1201);
    const reopened = await HistoryStore.open(dir);
    expect(reopened.size).toBe(1201);
    expect(reopened.get('session_00000000000000')?.status).toBe('completed');
    expect(reopened.get('session_00000000000001')?.status).toBe('expired');
    expect(await reopened.compactIfWorthIt()).toBe(false);
    await reopened.close();
  });
});
