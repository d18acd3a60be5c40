import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { data, startMain } from '../helpers/main';
import { submitCard } from '../helpers/sandbox';
import { mountTinyDisk } from '../helpers/tiny-disk';

// #15 attack 10: the disk fills up while selling. The clerk is told what to do, a session the
// API already made is still watched and saved once there is room, settings that could not be
// saved are not kept, and nothing ends in an unhandled rejection.

/** Writes to `dir` until the disk says it is full. */
async function fill(dir: string): Promise<string> {
  const filler = join(dir, 'filler');
  const block = Buffer.alloc(4096);
  for (;;) {
    try {
      await appendFile(filler, block);
    } catch {
      return filler;
    }
  }
}

const sale = { kind: 'amount', amount: '9.00', currency: 'USD' } as const;

describe('attack 10: the disk fills up while selling', () => {
  it('says the disk is full, keeps watching the session the API made, and saves it once there is room', async () => {
    const disk = await mountTinyDisk(2 * 1024 * 1024);
    if (!disk) return;
    try {
      const main = await startMain({ dataDir: join(disk.dir, 'data') });
      await data(main.api.sessions.create(sale)); // one sale while there is room
      const filler = await fill(disk.dir);
      // The log's last page may still have room for a line or two: sell until the disk says no.
      let requestId = '';
      let failed = await main.api.sessions.create(sale);
      for (let i = 0; i < 50 && failed.ok; i++) {
        requestId = crypto.randomUUID();
        failed = await main.api.sessions.create({ ...sale, requestId });
      }
      const saved = main.history.size - 1; // every sale but the failed one is on disk
      expect(failed).toMatchObject({
        ok: false,
        error: {
          code: 'disk-full',
          message: 'The disk is full — Linkdesk cannot save. Free some space, then try again.',
        },
      });
      const made = [...(main.sandbox?.state.sessions.values() ?? [])].at(-1);
      expect(made).toBeDefined();
      const id = made?.sessionId ?? '';
      expect(main.history.get(id)?.status).toBe('pending'); // kept in memory, so it is watched

      expect((await submitCard(main.sandbox?.baseUrl ?? '', id)).status).toBe(303);
      await expect.poll(() => main.history.get(id)?.status, { timeout: 20_000, interval: 100 }).toBe('completed');

      await rm(filler);
      const retried = await data(main.api.sessions.create({ ...sale, requestId }));
      expect(retried.id).toBe(id);
      await main.stop();
      const reopened = await HistoryStore.open(join(disk.dir, 'data'));
      expect(reopened.get(id)?.status).toBe('completed');
      expect(reopened.size).toBe(saved + 1);
      await reopened.close();
    } finally {
      await disk.unmount();
    }
  }, 40_000);

  it('a settings change that cannot be saved is not kept, and the clerk is told', async () => {
    const disk = await mountTinyDisk(2 * 1024 * 1024);
    if (!disk) return;
    try {
      const main = await startMain({ dataDir: join(disk.dir, 'data') });
      const before = (await data(main.api.settings.get())).preferences;
      await fill(disk.dir);
      const changed = await main.api.settings.setPreferences({ ...before, sound: !before.sound });
      expect(changed).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect((await data(main.api.settings.get())).preferences).toEqual(before);
    } finally {
      await disk.unmount();
    }
  });
});
