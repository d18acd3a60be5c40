import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOCKOUT_MS, MAX_LOCKOUT_MS, MAX_WRONG_SECRETS, lockoutMs } from '../../../src/main/core/staff/lockout';
import { SCRYPT_PARAMS, hashSecret, secretMatches } from '../../../src/main/core/staff/secret-hash';
import { IDLE_LOCK_MINUTES } from '../../../src/shared/settings';
import { MAX_INITIALS_CHARS, MAX_STAFF_NAME_CHARS } from '../../../src/shared/staff';
import { FakeTimers } from '../helpers/fake-timers';
import { data, startMain } from '../helpers/main';
import { submitCard } from '../helpers/sandbox';
import { CLERK_PIN, MANAGER_PIN, counterWithStaff, signInAs, type Main } from './helpers';

async function counterManager(main: Awaited<ReturnType<typeof startMain>>) {
  const manager = (await data(main.api.app.getInfo())).staff.members.find((m) => m.role === 'manager');
  if (!manager) throw new Error('no manager');
  return { manager };
}

describe('staff secrets', () => {
  it('are scrypt-hashed with a salt of their own and the parameters stored beside them', async () => {
    const one = await hashSecret('1357');
    const two = await hashSecret('1357');
    expect(one).toMatchObject({ algorithm: 'scrypt', N: SCRYPT_PARAMS.N, r: SCRYPT_PARAMS.r, p: SCRYPT_PARAMS.p });
    expect(Buffer.from(one.salt, 'base64')).toHaveLength(SCRYPT_PARAMS.saltBytes);
    expect(Buffer.from(one.hash, 'base64')).toHaveLength(SCRYPT_PARAMS.keyLength);
    expect(one.salt).not.toBe(two.salt);
    expect(one.hash).not.toBe(two.hash);
    expect(await secretMatches('1357', one)).toBe(true);
    expect(await secretMatches('1358', one)).toBe(false);
    expect(await secretMatches('', one)).toBe(false);
  });

  it('made with other parameters still verify, so the cost can be raised later', async () => {
    const cheap = { ...(await hashSecret('x')), N: 1024 };
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from(cheap.salt, 'base64');
    cheap.hash = scryptSync('passphrase', salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64');
    expect(await secretMatches('passphrase', cheap)).toBe(true);
  });

  it('never reach the staff file, the audit log or the window as themselves', async () => {
    const { main } = await counterWithStaff();
    const texts = [
      await readFile(join(main.dataDir, 'staff.json'), 'utf8'),
      ...(await readFile(join(main.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n'),
      JSON.stringify(await data(main.api.app.getInfo())),
    ];
    // Every value written, by its key. Random ids, salts and hashes may hold four digits in a
    // row by chance (a substring check of the whole file was flaky); no value may be a PIN, and
    // no other value may contain one.
    const values: [key: string, value: string][] = [];
    const walk = (key: string, value: unknown): void => {
      if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(/^[0-9a-f-]{36}$/.test(k) ? 'id' : k, v);
      else values.push([key, String(value)]);
    };
    for (const text of texts) walk('', JSON.parse(text));
    expect(values.length).toBeGreaterThan(20);
    for (const pin of [MANAGER_PIN, CLERK_PIN]) {
      for (const [key, value] of values) {
        expect(value, key).not.toBe(pin);
        if (!['id', 'salt', 'hash', 'memberId', 'lastMemberId', 'profileId', 'activeProfileId'].includes(key))
          expect(value, key).not.toContain(pin);
      }
    }
    expect(texts.at(-1)).not.toMatch(/salt|hash|scrypt/);
  });
});

describe('wrong PINs', () => {
  it('lock the name for 30 s after 5 in a row, doubling to 15 min, and a right PIN after the wait clears it', () => {
    expect(MAX_WRONG_SECRETS).toBe(5);
    expect([4, 5, 6, 7, 10, 11, 40].map(lockoutMs)).toEqual([
      0,
      FIRST_LOCKOUT_MS,
      2 * FIRST_LOCKOUT_MS,
      4 * FIRST_LOCKOUT_MS,
      MAX_LOCKOUT_MS,
      MAX_LOCKOUT_MS,
      MAX_LOCKOUT_MS,
    ]);
    expect(FIRST_LOCKOUT_MS).toBe(30_000);
    expect(MAX_LOCKOUT_MS).toBe(15 * 60_000);
  });

  it('are counted through a restart, and the lock holds even against the right PIN', async () => {
    const timers = new FakeTimers();
    const first = await counterWithStaff({ timers });
    const { main, clerk } = first;
    await data(main.api.staff.lock());
    const attempt = () => main.api.staff.signIn({ memberId: clerk.id, secret: '0000' });
    const told: string[] = [];
    for (let i = 0; i < 3; i++) {
      const wrong = await attempt();
      if (wrong.ok) throw new Error('a wrong PIN was accepted');
      expect(wrong.error.code).toBe('wrong-secret');
      told.push(wrong.error.message);
    }
    expect(told.at(-1)).toBe('Wrong PIN. 2 more tries before this name is locked.');
    await main.stop();

    const again = await startMain({ dataDir: main.dataDir, timers });
    const fourth = await again.api.staff.signIn({ memberId: clerk.id, secret: '0000' });
    expect(fourth).toMatchObject({
      ok: false,
      error: { message: 'Wrong PIN. 1 more try before this name is locked.' },
    });
    const fifth = await again.api.staff.signIn({ memberId: clerk.id, secret: '0000' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'locked-out', message: 'Too many wrong PINs: Cal Reyes is locked. Try again in 30 seconds.' },
    });
    const right = await again.api.staff.signIn({ memberId: clerk.id, secret: CLERK_PIN });
    expect(right).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    timers.setNow(timers.now() + 30_000);
    const sixth = await again.api.staff.signIn({ memberId: clerk.id, secret: '0000' });
    expect(sixth).toMatchObject({ ok: false, error: { message: /Try again in 1 minute\./ } });
    timers.setNow(timers.now() + 60_000);
    expect(await again.api.staff.signIn({ memberId: clerk.id, secret: CLERK_PIN })).toMatchObject({ ok: true });
    // The count starts again after a right PIN.
    await data(again.api.staff.lock());
    expect(await again.api.staff.signIn({ memberId: clerk.id, secret: '0000' })).toMatchObject({
      error: { message: /4 more tries/ },
    });
    // The lock is an event in the audit log, without the PIN.
    const log = await readFile(join(main.dataDir, 'audit.jsonl'), 'utf8');
    expect(log).toContain('"action":"name-locked","subject":"Cal Reyes"');
    expect(log).not.toContain('0000');
  });
});

describe('the lock', () => {
  it('comes on after the idle minutes without a touch, and a touch starts them again', async () => {
    const timers = new FakeTimers();
    const { main, clerk } = await counterWithStaff({ timers });
    await signInAs(main, clerk, CLERK_PIN);
    const minute = 60_000;
    timers.advance((IDLE_LOCK_MINUTES.default - 1) * minute);
    await data(main.api.staff.activity());
    timers.advance((IDLE_LOCK_MINUTES.default - 1) * minute);
    expect((await data(main.api.app.getInfo())).staff.signedIn?.initials).toBe('CR');
    timers.advance(minute + 1);
    const info = await data(main.api.app.getInfo());
    expect(info.staff.signedIn).toBeNull();
    expect(info.staff.lastMemberId).toBe(clerk.id);
    expect(await main.api.history.query({ sort: 'newest', offset: 0, limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('follows the preference, between 1 and 120 minutes', async () => {
    const timers = new FakeTimers();
    const { main } = await counterWithStaff({ timers });
    const { preferences } = await data(main.api.settings.get());
    for (const bad of [0, 121, 2.5])
      expect(await main.api.settings.setPreferences({ ...preferences, idleLockMinutes: bad })).toMatchObject({
        ok: false,
        error: { fields: { idleLockMinutes: expect.any(String) } },
      });
    await data(main.api.settings.setPreferences({ ...preferences, idleLockMinutes: 1 }));
    timers.advance(60_001);
    expect((await data(main.api.app.getInfo())).staff.signedIn).toBeNull();
  });

  it('keeps watching a sale: paid while locked shows as paid once signed in again', async () => {
    const { main, clerk } = await counterWithStaff();
    await signInAs(main, clerk, CLERK_PIN);
    const sale = await data(main.api.sessions.create({ kind: 'amount', amount: '7.00', currency: 'USD' }));
    await data(main.api.sessions.focus({ id: sale.id }));
    await data(main.api.staff.lock());
    expect((await submitCard(main.sandbox?.baseUrl ?? '', sale.id)).status).toBe(303);
    await expect.poll(() => main.history.get(sale.id)?.status, { timeout: 10_000 }).toBe('completed');
    await signInAs(main, clerk, CLERK_PIN);
    expect(await data(main.api.sessions.get({ id: sale.id }))).toMatchObject({ status: 'completed' });
  });
});

describe('the staff list', () => {
  it('starts with a manager, who is signed in at once, and never loses its last manager', async () => {
    const main = await startMain();
    const clerkFirst = await main.api.staff.save({ name: 'Al', initials: 'AL', role: 'clerk', secret: '1111' });
    expect(clerkFirst).toMatchObject({
      ok: false,
      error: { fields: { role: /first person added must be a manager/ } },
    });
    const [manager] = await data(main.api.staff.save({ name: 'Bo', initials: 'BO', role: 'manager', secret: '2222' }));
    if (!manager) throw new Error('no manager');
    expect((await data(main.api.app.getInfo())).staff).toMatchObject({ enabled: true, signedIn: { id: manager.id } });
    expect(await main.api.staff.remove({ id: manager.id })).toMatchObject({
      ok: false,
      error: { message: 'This is the last manager. Make someone else a manager first.' },
    });
    expect(await main.api.staff.save({ ...manager, role: 'clerk' })).toMatchObject({ ok: false });
    expect(await main.api.staff.save({ name: 'Bob', initials: 'bo', role: 'clerk', secret: '3333' })).toMatchObject({
      ok: false,
      error: { fields: { initials: /already someone else's initials/ } },
    });
    const tooLong = await main.api.staff.save({
      name: 'N'.repeat(MAX_STAFF_NAME_CHARS + 1),
      initials: 'I'.repeat(MAX_INITIALS_CHARS + 1),
      role: 'clerk',
      secret: '5555',
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { fields: { name: expect.any(String), initials: expect.any(String) } },
    });
    expect(
      await main.api.staff.save({
        name: 'N'.repeat(MAX_STAFF_NAME_CHARS),
        initials: 'I'.repeat(MAX_INITIALS_CHARS),
        role: 'clerk',
        secret: '5555',
      }),
    ).toMatchObject({ ok: true });
    expect(await main.api.staff.save({ name: 'Cy', initials: 'CY', role: 'clerk', secret: 'letters1' })).toMatchObject({
      ok: false,
      error: { fields: { secret: 'A PIN is 4 to 8 digits.' } },
    });
    // A manager may use a passphrase; a reset PIN is the only one that works afterwards.
    await data(main.api.staff.save({ name: 'Di', initials: 'DI', role: 'manager', secret: 'long passphrase' }));
    await data(main.api.staff.save({ ...manager, secret: '4444' }));
    await data(main.api.staff.lock());
    expect(await main.api.staff.signIn({ memberId: manager.id, secret: '2222' })).toMatchObject({ ok: false });
    expect(await main.api.staff.signIn({ memberId: manager.id, secret: '4444' })).toMatchObject({ ok: true });
    const log = await readFile(join(main.dataDir, 'audit.jsonl'), 'utf8');
    expect(
      log
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { action: string }).action),
    ).toEqual(['staff-added', 'staff-added', 'staff-added', 'staff-changed', 'staff-secret-reset']);
  });

  it('puts who signed in on each sale, and a clerk sees the shift since the last close without billing details', async () => {
    const timers = new FakeTimers(Date.now());
    const { main, clerk } = await counterWithStaff({ timers });
    const old = await data(main.api.sessions.create({ kind: 'amount', amount: '1.00', currency: 'USD' }));
    // The manager closes the shift: the clerk's shift starts empty (#20). The sale's time is the
    // sandbox's clock, so this one catches up with it first.
    timers.setNow(Date.now());
    await data(main.api.shifts.close());
    await signInAs(main, clerk, CLERK_PIN);
    const sale = await data(
      main.api.sessions.create({ kind: 'amount', amount: '2.00', currency: 'USD', staffInitials: 'ZZ' }),
    );
    expect(main.sandbox?.state.sessions.get(sale.id)?.request.metadata).toMatchObject({
      staff: 'CR',
      staffId: clerk.id,
    });
    const page = await data(main.api.history.query({ sort: 'newest', offset: 0, limit: 50 }));
    expect(page.rows.map((r) => r.id)).toEqual([sale.id]);
    expect(page.rows.map((r) => r.id)).not.toContain(old.id);
    expect((await submitCard(main.sandbox?.baseUrl ?? '', sale.id, { name: 'Ana Customer' })).status).toBe(303);
    const checked = await data(main.api.history.verify({ id: sale.id }));
    expect(checked.record.status).toBe('completed');
    expect(checked).not.toHaveProperty('billing');
    // A manager sees them, and that is in the audit log.
    await data(main.api.staff.lock());
    const { manager } = await counterManager(main);
    await signInAs(main, manager, MANAGER_PIN);
    expect((await data(main.api.history.verify({ id: sale.id }))).billing).toMatchObject({ name: 'Ana Customer' });
    expect(await readFile(join(main.dataDir, 'audit.jsonl'), 'utf8')).toContain(
      `"action":"billing-viewed","subject":"${sale.id}"`,
    );
  });
});

describe('the activity log', () => {
  it('names the manager who switched profile, although the switch signs them out', async () => {
    const { main } = await counterWithStaff();
    const settings = await data(main.api.settings.get());
    const first = settings.profiles[0];
    if (!first) throw new Error('no profile');
    const { keys: _keys, id: _id, ...profile } = first;
    const saved = await data(main.api.settings.saveProfile({ ...profile, name: 'Second stall' }));
    const second = saved.profiles.find((p) => p.name === 'Second stall');
    if (!second) throw new Error('no second profile');
    await data(main.api.settings.setActiveProfile({ id: second.id }));
    // The second profile has no staff: it is one person's stall again.
    expect((await data(main.api.app.getInfo())).staff).toMatchObject({ enabled: false });
    const last = (await readFile(join(main.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({
      action: 'profile-switched',
      subject: 'Second stall',
      by: { initials: 'MP', name: 'Mina Patel' },
    });
  });
});

describe('history by staff', () => {
  it('filters by who made the sale and splits the totals per staff, also after a restart from the snapshot', async () => {
    const { main, manager, clerk } = await counterWithStaff();
    const sell = async (amount: string) => {
      const sale = await data(main.api.sessions.create({ kind: 'amount', amount, currency: 'USD' }));
      expect((await submitCard(main.sandbox?.baseUrl ?? '', sale.id)).status).toBe(303);
      await data(main.api.history.verify({ id: sale.id }));
      return sale.id;
    };
    const byMina = [await sell('10.00'), await sell('2.50')];
    await data(main.api.staff.lock());
    await signInAs(main, clerk, CLERK_PIN);
    const byCal = [await sell('4.00')];
    await data(main.api.sessions.create({ kind: 'amount', amount: '9.00', currency: 'USD' })); // still pending
    await data(main.api.staff.lock());
    await signInAs(main, manager, MANAGER_PIN);

    const check = async (on: Main) => {
      const of = async (staffId: string) =>
        (await data(on.api.history.query({ sort: 'oldest', offset: 0, limit: 50, staffId }))).rows.map((r) => r.id);
      expect(await of(manager.id)).toEqual(byMina);
      expect((await of(clerk.id)).slice(0, 1)).toEqual(byCal);
      expect(await of(clerk.id)).toHaveLength(2);
      const totals = await data(on.api.history.totals({ sort: 'newest' }));
      expect(totals.byStaff).toEqual([
        { staffId: clerk.id, initials: 'CR', currency: 'USD', takenMinor: 400, count: 1 },
        { staffId: manager.id, initials: 'MP', currency: 'USD', takenMinor: 1250, count: 2 },
      ]);
    };
    await check(main);
    await main.history.snapshotInTurn();
    await main.stop();
    const again = await startMain({ dataDir: main.dataDir });
    await signInAs(again, manager, MANAGER_PIN);
    await check(again);
  });
});
