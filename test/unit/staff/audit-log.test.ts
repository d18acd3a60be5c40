import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, MAX_AUDIT_ENTRIES_SHOWN, MAX_AUDIT_READ_BYTES } from '../../../src/main/core/staff/audit-log';
import { MAX_AUDIT_SUBJECT_CHARS } from '../../../src/shared/audit';
import { MAX_STAFF_PER_PROFILE } from '../../../src/shared/staff';
import type { Logger } from '../../../src/main/core/ports';
import { FakeTimers } from '../helpers/fake-timers';
import { randomUUID } from 'node:crypto';
import { StaffStore } from '../../../src/main/core/staff/staff-store';
import { confStoreOpener } from '../../support/conf-store';
import { data, startMain, tempDir } from '../helpers/main';
import { mountTinyDisk } from '../helpers/tiny-disk';
import { MANAGER_PIN, counterWithStaff } from './helpers';

const manager = {
  id: '6f2d0c4e-58a1-4b7e-9a53-0c4f7a1d2e3b',
  name: 'Mina Patel',
  initials: 'MP',
  role: 'manager',
} as const;

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { info: () => {}, warn: () => {}, error: (message) => errors.push(message), errors };
}

describe('the audit log', () => {
  it('lists the newest entries first, skips lines that do not read, and clips a long subject', async () => {
    const dir = await tempDir();
    const log = new AuditLog(dir, new FakeTimers(), recordingLogger());
    await log.record('keys-set', manager, 'Market stall');
    await appendFile(log.path, '{"torn":\n');
    await log.record('history-exported', undefined, `/exports/${'x'.repeat(2 * MAX_AUDIT_SUBJECT_CHARS)}`);
    const entries = await log.recent();
    expect(entries.map((e) => e.action)).toEqual(['history-exported', 'keys-set']);
    expect(entries[1]).toEqual({
      at: '2026-11-23T10:00:00.000Z',
      by: { id: manager.id, name: 'Mina Patel', initials: 'MP' },
      action: 'keys-set',
      subject: 'Market stall',
    });
    expect(entries[0]?.subject).toHaveLength(MAX_AUDIT_SUBJECT_CHARS);
    expect(entries[0]).not.toHaveProperty('by');
  });

  it(`reads only the last ${MAX_AUDIT_READ_BYTES} bytes and shows at most ${MAX_AUDIT_ENTRIES_SHOWN} entries`, async () => {
    const dir = await tempDir();
    const log = new AuditLog(dir, new FakeTimers(), recordingLogger());
    const line = (n: number) =>
      `${JSON.stringify({ at: '2026-11-23T10:00:00.000Z', action: 'preferences-changed', subject: String(n) })}\n`;
    const lines = Array.from({ length: 30_000 }, (_, n) => line(n)).join('');
    expect(lines.length).toBeGreaterThan(MAX_AUDIT_READ_BYTES);
    await writeFile(log.path, lines);
    const entries = await log.recent();
    expect(entries).toHaveLength(MAX_AUDIT_ENTRIES_SHOWN);
    expect(entries[0]?.subject).toBe('29999');
    expect(await new AuditLog(await tempDir(), new FakeTimers(), recordingLogger()).recent()).toEqual([]);
  });

  it('on a full disk logs the failure, leaves no half line, and the next entry after room is made is whole', async () => {
    const disk = await mountTinyDisk(256 * 1024);
    if (!disk) return;
    try {
      const logger = recordingLogger();
      const log = new AuditLog(disk.dir, new FakeTimers(), logger);
      await log.record('keys-set', manager, 'first');
      const filler = join(disk.dir, 'filler');
      const block = Buffer.alloc(4096);
      for (;;) {
        try {
          await appendFile(filler, block);
        } catch {
          break;
        }
      }
      for (let i = 0; i < 20 && logger.errors.length === 0; i++) await log.record('keys-set', manager, 'x'.repeat(290));
      expect(logger.errors).toContain('Could not write to the audit log');
      await rm(filler);
      await log.record('keys-removed', manager, 'after');
      const text = await readFile(log.path, 'utf8');
      for (const entry of text.trim().split('\n')) expect(() => JSON.parse(entry) as unknown).not.toThrow();
      expect((await log.recent())[0]?.subject).toBe('after');
    } finally {
      await disk.unmount();
    }
  });
});

describe('the staff list', () => {
  it('loses no one when several are added at once', async () => {
    const { main } = await counterWithStaff();
    await Promise.all(
      ['A', 'B', 'C', 'D'].map((letter) =>
        data(
          main.api.staff.save({ name: `Volunteer ${letter}`, initials: `V${letter}`, role: 'clerk', secret: '4321' }),
        ),
      ),
    );
    expect((await data(main.api.app.getInfo())).staff.members.map((m) => m.initials)).toEqual([
      'MP',
      'CR',
      'VA',
      'VB',
      'VC',
      'VD',
    ]);
  });

  it(`holds at most ${MAX_STAFF_PER_PROFILE} people per profile`, async () => {
    const { main, manager: first } = await counterWithStaff();
    const dataDir = main.dataDir;
    const profileId = (await data(main.api.settings.get())).activeProfileId;
    await main.stop();
    // A full list, written as the store writes it (one hash for all: hashing 200 PINs is slow).
    const store = await StaffStore.open(confStoreOpener(dataDir)('staff'));
    const [stored] = store.members(profileId);
    if (!stored) throw new Error('no staff stored');
    const volunteers = Array.from({ length: MAX_STAFF_PER_PROFILE - 1 }, (_, n) => ({
      ...stored,
      id: randomUUID(),
      name: `Volunteer ${n}`,
      initials: `V${n}`,
      role: 'clerk' as const,
    }));
    store.setMembers(profileId, [stored, ...volunteers]);
    const again = await startMain({ dataDir });
    await data(again.api.staff.signIn({ memberId: first.id, secret: MANAGER_PIN }));
    expect((await data(again.api.app.getInfo())).staff.members).toHaveLength(MAX_STAFF_PER_PROFILE);
    expect(
      await again.api.staff.save({ name: 'One more', initials: 'OM', role: 'clerk', secret: '4321' }),
    ).toMatchObject({
      ok: false,
      error: {
        message: `A profile holds at most ${MAX_STAFF_PER_PROFILE} members of staff. Remove someone who has left first.`,
      },
    });
  });
});
