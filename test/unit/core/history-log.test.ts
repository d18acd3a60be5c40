import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE, HistoryStore, MAX_LOG_LINE_BYTES } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';
import { tempDir } from '../helpers/main';

/** Writes the log the app would have written for `ids`, each with a multi-byte reference. */
async function writeLog(path: string, ids: string[], damage?: { after: number; bytes: number }): Promise<void> {
  const file = await open(path, 'w');
  for (const [n, id] of ids.entries()) {
    // Completed, so they are read back from the log itself (pending ones are held in memory).
    const record = sessionRecord(id, { status: 'completed', reference: `Café ☕ n°${n} ${'é'.repeat(n % 300)}` });
    await file.write(`${JSON.stringify({ op: 'put', record })}\n`);
    if (damage?.after === n) await file.write(Buffer.alloc(damage.bytes, 0x41)); // no line break in it
  }
  await file.close();
}

const idsOf = (count: number): string[] =>
  Array.from({ length: count }, (_, n) => `session_${String(n).padStart(14, '0')}`);

describe('History log read in chunks', () => {
  it('reads every session of a log many read chunks long, lines cut at any byte', async () => {
    const dir = await tempDir();
    const ids = idsOf(20_000); // ~16 MB: four 4 MiB chunks, multi-byte characters across their edges
    await writeLog(join(dir, HISTORY_FILE), ids);
    const store = await HistoryStore.open(dir);
    expect(store.size).toBe(ids.length);
    expect(store.report.droppedLines).toBe(0);
    for (const n of [0, 4_999, 5_000, 9_999, 15_001, 19_999]) {
      const record = store.get(ids[n] as string);
      expect(record?.reference).toBe(`Café ☕ n°${n} ${'é'.repeat(n % 300)}`);
    }
    expect(store.index.run({ sort: 'newest', search: 'n°12345 ' }).rows.map((r) => r.id)).toEqual([ids[12_345]]);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('skips a stretch longer than MAX_LOG_LINE_BYTES without a line break, as one dropped line, and reads on', async () => {
    const dir = await tempDir();
    const ids = idsOf(10);
    await writeLog(join(dir, HISTORY_FILE), ids, { after: 4, bytes: MAX_LOG_LINE_BYTES * 6 });
    const store = await HistoryStore.open(dir);
    // Line 5 is glued to the damage and goes with it; the rest are read.
    expect(store.report.droppedLines).toBe(1);
    expect(store.list().map((r) => r.id)).toEqual([...ids.slice(0, 5), ...ids.slice(6)].reverse());
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
});
