import { text } from '../../../src/shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { OzuraApiError } from '../../../src/main/core/ozura-client/errors';
import { silentLogger } from '../../../src/main/core/ports';
import { StatusScheduler } from '../../../src/main/core/sessions/status-scheduler';
import type { RemoteSession } from '../../../src/shared/ozura/responses';
import type { SessionRecord } from '../../../src/shared/session-record';
import { sessionRecord } from '../../support/records';
import { FakeTimers } from '../helpers/fake-timers';
import { openHistory } from '../helpers/main';

const MINUTE = 60_000;

/** A sync engine over a real history, a fake clock, and a scripted API. */
async function setup(
  count: number,
  answer: (record: SessionRecord) => Promise<RemoteSession> = () => Promise.resolve({ status: 'pending' }),
) {
  const timers = new FakeTimers();
  const history = await openHistory();
  for (let i = 0; i < count; i++) {
    await history.append(
      sessionRecord(`session_${String(i).padStart(14, '0')}`, {
        createdAt: new Date(timers.now() - i * 1000).toISOString(),
        expiresAt: new Date(timers.now() + 30 * MINUTE - i * 1000).toISOString(),
      }),
    );
  }
  let inFlight = 0;
  let maxInFlight = 0;
  const asked: string[] = [];
  const pushed: SessionRecord[] = [];
  const sync = new StatusScheduler({
    history,
    timers,
    logger: silentLogger,
    onChange: (record) => pushed.push(record),
    getSession: async (record) => {
      asked.push(record.id);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return answer(record);
    },
  });
  /** Moves the clock forward by `ms`, letting every check that falls due run to its end. */
  const advance = async (ms: number): Promise<void> => {
    const until = timers.now() + ms;
    for (;;) {
      await sync.drain();
      const next = timers.nextAt();
      if (next === undefined || next > until) break;
      timers.runNext();
    }
    timers.setNow(until);
  };
  return { timers, history, sync, asked, pushed, advance, maxInFlight: () => maxInFlight };
}

describe('StatusScheduler: sessions in the background', () => {
  it('does nothing at all when nothing is pending', async () => {
    const t = await setup(0);
    t.sync.start();
    await t.advance(10 * MINUTE);
    expect(t.asked).toEqual([]);
    expect(t.timers.pending).toBe(0);
  });

  it('resumes every pending session at start, checks young ones every 5 s, and skips finished ones', async () => {
    const t = await setup(3);
    await t.history.update('session_00000000000002', { status: 'completed' });
    t.sync.start();
    expect(t.sync.pendingCount).toBe(2);
    await t.advance(10_000);
    expect(t.asked.filter((id) => id === 'session_00000000000000')).toHaveLength(2);
    expect(t.asked).not.toContain('session_00000000000002');
  });

  it('keeps at most 4 requests in flight and within its per-minute budget with 1,000 pending', async () => {
    const t = await setup(1000);
    t.sync.start();
    await t.advance(5 * MINUTE);
    expect(t.maxInFlight()).toBe(4);
    // 240 a minute, plus the first minute's full bucket.
    expect(t.asked.length).toBeLessThanOrEqual(240 * 6);
    expect(t.asked.length).toBeGreaterThan(240 * 4);
  });

  it('stops checking a session once it reaches a terminal status', async () => {
    const t = await setup(1, () => Promise.resolve({ status: 'completed', transactionId: '2611230000001ABCD' }));
    t.sync.start();
    await t.advance(MINUTE);
    expect(t.asked).toHaveLength(1);
    expect(t.history.get('session_00000000000000')?.status).toBe('completed');
    expect(t.sync.pendingCount).toBe(0);
  });

  it('pauses everything for Retry-After on a 429', async () => {
    let first = true;
    const t = await setup(2, () => {
      if (first) {
        first = false;
        return Promise.reject(
          new OzuraApiError('unavailable', text('api.detail', { detail: 'slow down' }), 429, [], 2 * MINUTE),
        );
      }
      return Promise.resolve({ status: 'pending' });
    });
    t.sync.start();
    await t.advance(6000);
    const during = t.asked.length;
    await t.advance(MINUTE);
    expect(t.asked.length).toBe(during);
    await t.advance(2 * MINUTE);
    expect(t.asked.length).toBeGreaterThan(during);
  });

  it('makes one final check just after expiry and records what the API says', async () => {
    const t = await setup(1, (record) =>
      Promise.resolve({ status: Date.parse(record.expiresAt) < t.timers.now() ? 'expired' : 'pending' }),
    );
    t.sync.start();
    await t.advance(31 * MINUTE);
    expect(t.history.get('session_00000000000000')?.status).toBe('expired');
    expect(t.sync.pendingCount).toBe(0);
    const checksAfterExpiry = t.asked.length;
    await t.advance(30 * MINUTE);
    expect(t.asked.length).toBe(checksAfterExpiry);
  });

  it('checks the session on screen every 2 s even when the background budget is spent, and returns it to the background after', async () => {
    const t = await setup(1000);
    t.sync.start();
    await t.advance(MINUTE); // the first minute's bucket is spent
    const onScreen = 'session_00000000000999';
    t.sync.focus(onScreen);
    const before = t.asked.filter((id) => id === onScreen).length;
    await t.advance(10_000);
    expect(t.asked.filter((id) => id === onScreen).length - before).toBe(5);
    t.sync.unfocus();
    expect(t.sync.focused).toBeUndefined();
    expect(t.sync.pendingCount).toBe(1000);
  });

  it('tells the window only of changes a user can see, not of every check (#16)', async () => {
    let paid = false;
    const t = await setup(1, () =>
      Promise.resolve(paid ? { status: 'completed', transactionId: '2611230000001ABCD' } : { status: 'pending' }),
    );
    t.sync.start();
    await t.advance(MINUTE);
    expect(t.asked.length).toBeGreaterThan(5);
    expect(t.pushed).toEqual([]);
    paid = true;
    await t.advance(MINUTE);
    expect(t.pushed.map((r) => r.status)).toEqual(['completed']);
  });
});
