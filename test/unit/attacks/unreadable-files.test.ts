import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../../src/main/core/startup-error';
import { data, startMain, tempDir } from '../helpers/main';
import { submitCard } from '../helpers/sandbox';
import { mountTinyDisk } from '../helpers/tiny-disk';

// #15 attack 11: files Linkdesk cannot read. Where it can, it starts read-only and says so; where
// it cannot, the start fails with an error that names the file and says what to do (the app
// shows it in a native error box).

async function startFailure(dataDir: string): Promise<StartupError> {
  const error = await startMain({ dataDir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  return error as StartupError;
}

describe('attack 11: files Linkdesk cannot read at start', () => {
  it.each(['history.jsonl', 'settings.json'])(
    '%s is a folder: the error names it and says what to do',
    async (name) => {
      const dataDir = await tempDir();
      await mkdir(join(dataDir, name));
      const error = await startFailure(dataDir);
      expect(error.file).toBe(join(dataDir, name));
      expect(error.message).toContain(join(dataDir, name));
      expect(error.message).toMatch(/is a folder.*Move or rename it, then start Linkdesk again/);
    },
  );

  it('a read-only data folder starts read-only: history is there, selling is refused with the reason', async () => {
    const disk = await mountTinyDisk(4 * 1024 * 1024);
    if (!disk) return;
    try {
      const dataDir = join(disk.dir, 'data');
      const first = await startMain({ dataDir });
      const sold = await data(first.api.sessions.create({ kind: 'amount', amount: '4.00', currency: 'USD' }));
      await first.stop();
      execFileSync('mount', ['-o', 'remount,ro', disk.dir]);

      const main = await startMain({ dataDir });
      expect(main.history.get(sold.id)?.amountMinor).toBe(400);
      const info = await data(main.api.app.getInfo());
      expect(info.active.blocker).toMatch(/read-only/);
      expect(info.active.blocker).toContain(dataDir);
      const refused = await main.api.sessions.create({ kind: 'amount', amount: '1.00', currency: 'USD' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(main.sandbox?.state.sessions.size).toBe(1); // nothing new was made at the API
      const draft = await main.api.builder.saveDraft(null);
      expect(draft).toMatchObject({
        ok: false,
        error: { code: 'read-only', message: expect.stringMatching(/read-only/) },
      });
      // What a status check learns still shows, although it cannot be written down.
      expect((await submitCard(main.sandbox?.baseUrl ?? '', sold.id)).status).toBe(303);
      const checked = await data(main.api.history.verify({ id: sold.id }));
      expect(checked.record.status).toBe('completed');
      expect(main.history.get(sold.id)?.status).toBe('completed');
      await main.stop();
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk.dir]);
      await disk.unmount();
    }
  });
});
