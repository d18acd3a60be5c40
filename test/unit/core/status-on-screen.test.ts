import { text } from '../../../src/shared/i18n/translator';
import { describe, expect, it, vi } from 'vitest';
import { OzuraApiError } from '../../../src/main/core/ozura-client/errors';
import { silentLogger } from '../../../src/main/core/ports';
import { StatusScheduler } from '../../../src/main/core/sessions/status-scheduler';
import { isTerminal } from '../../../src/shared/ozura/status';
import type { RemoteSession } from '../../../src/shared/ozura/responses';
import type { SessionRecord } from '../../../src/shared/session-record';
import { sessionRecord } from '../../support/records';
import { FakeTimers } from '../helpers/fake-timers';
import { openHistory } from '../helpers/main';

type Answer = RemoteSession | Error;

/** A watcher over a real history store; `answers` are what successive GETs return. */
async function setup(answers: Answer[], expiresInMs = 30 * 60_000, status: SessionRecord['status'] = 'pending') {
  const timers = new FakeTimers();
  const history = await openHistory();
  const id = 'session_watched000001';
  await history.append(
    sessionRecord(id, {
      amountMinor: 500,
      createdAt: new Date(timers.now()).toISOString(),
      expiresAt: new Date(timers.now() + expiresInMs).toISOString(),
      status,
    }),
  );
  const calls: number[] = [];
  const changes: SessionRecord[] = [];
  const watcher = new StatusScheduler({
    history,
    timers,
    logger: silentLogger,
    onChange: (record) => changes.push(record),
    getSession: (asked) => {
      expect(asked.id).toBe(id);
      calls.push(timers.now());
      const answer = answers.shift() ?? { status: 'pending' };
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  });
  /** Runs the next check and waits until it has finished: rescheduled, or ended at a terminal status. */
  const step = async (): Promise<void> => {
    const before = calls.length;
    timers.runNext();
    await vi.waitFor(() => {
      expect(calls.length).toBe(before + 1);
      expect(timers.pending > 0 || isTerminal(history.get(id)?.status ?? 'pending')).toBe(true);
    });
  };
  return { timers, history, id, calls, changes, watcher, step, start: timers.now() };
}

const unavailable = (retryAfterMs?: number) =>
  new OzuraApiError('unavailable', text('api.detail', { detail: 'down' }), 503, [], retryAfterMs);

describe('StatusScheduler: the session on screen', () => {
  it('checks the session on screen every 2 seconds while it is pending', async () => {
    const t = await setup([{ status: 'pending' }, { status: 'pending' }]);
    t.watcher.focus(t.id);
    await t.step();
    await t.step();
    expect(t.calls.map((at) => at - t.start)).toEqual([2000, 4000]);
    expect(t.timers.pending).toBe(1);
    expect(t.history.get(t.id)?.statusCheckedAt).toBe(new Date(t.start + 4000).toISOString());
    await t.watcher.stop();
    expect(t.timers.pending).toBe(0);
  });

  it('stops at a terminal status, after writing it to history and pushing it', async () => {
    const t = await setup([
      { status: 'completed', transactionId: '2611230000001ABCD', cardBrand: 'VISA', cardLastFour: '4242' },
    ]);
    t.watcher.focus(t.id);
    await t.step();
    expect(t.timers.pending).toBe(0);
    expect(t.history.get(t.id)).toMatchObject({
      status: 'completed',
      payment: { transactionId: '2611230000001ABCD', cardLastFour: '4242' },
    });
    expect(t.changes.at(-1)?.status).toBe('completed');
  });

  it('backs off while the API fails, and returns to the normal cadence after', async () => {
    const t = await setup([unavailable(), unavailable(), unavailable(), { status: 'pending' }]);
    t.watcher.focus(t.id);
    for (let i = 0; i < 4; i++) await t.step();
    expect(t.timers.delays).toEqual([2000, 4000, 8000, 16000, 2000]);
  });

  it('never waits longer than 30 s between checks while failing', async () => {
    const t = await setup(Array.from({ length: 6 }, () => unavailable()));
    t.watcher.focus(t.id);
    for (let i = 0; i < 6; i++) await t.step();
    expect(t.timers.delays.at(-1)).toBe(30_000);
  });

  it('honours Retry-After from a 429', async () => {
    const t = await setup([
      new OzuraApiError('unavailable', text('api.detail', { detail: 'slow down' }), 429, [], 45_000),
      { status: 'pending' },
    ]);
    t.watcher.focus(t.id);
    await t.step();
    expect(t.timers.delays.at(-1)).toBe(45_000);
  });

  it('keeps backing off through a 5xx whose Retry-After is short (attack 15: no request storm)', async () => {
    const t = await setup(Array.from({ length: 4 }, () => unavailable(1000)));
    t.watcher.focus(t.id);
    for (let i = 0; i < 4; i++) await t.step();
    expect(t.timers.delays).toEqual([2000, 4000, 8000, 16000, 30000]);
  });

  it('makes one final check just after expiresAt and records what the API says', async () => {
    const t = await setup([{ status: 'pending' }, { status: 'pending' }, { status: 'expired' }], 5000);
    t.watcher.focus(t.id);
    await t.step();
    await t.step();
    await t.step();
    expect(t.calls.map((at) => at - t.start)).toEqual([2000, 4000, 6000]);
    expect(t.history.get(t.id)?.status).toBe('expired');
    expect(t.timers.pending).toBe(0);
  });

  it('does not watch a session that has already ended', async () => {
    const t = await setup([], 30 * 60_000, 'cancelled');
    t.watcher.focus(t.id);
    expect(t.timers.pending).toBe(0);
  });
});

describe('StatusScheduler: the session on screen, connection state', () => {
  it('says when checks start failing and when they work again', async () => {
    const timers = new FakeTimers();
    const history = await openHistory();
    await history.append(
      sessionRecord('session_x', {
        createdAt: new Date(timers.now()).toISOString(),
        expiresAt: new Date(timers.now() + 30 * 60_000).toISOString(),
      }),
    );
    const answers: (RemoteSession | Error)[] = [unavailable(), { status: 'pending' }];
    const states: string[] = [];
    let calls = 0;
    const watcher = new StatusScheduler({
      history,
      timers,
      logger: silentLogger,
      onChange: () => {},
      onWatchState: (state) => states.push(state.connection),
      getSession: () => {
        calls += 1;
        const answer = answers.shift() ?? { status: 'pending' };
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
    });
    watcher.focus('session_x');
    for (let i = 1; i <= 2; i++) {
      timers.runNext();
      await vi.waitFor(() => expect(calls).toBe(i));
      await vi.waitFor(() => expect(timers.pending).toBe(1));
    }
    expect(states).toEqual(['retrying', 'ok']);
    await watcher.stop();
  });
});
