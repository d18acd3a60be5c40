import { text, translator } from '../../../src/shared/i18n/translator';
import { describe, expect, it, vi } from 'vitest';
import { Connectivity } from '../../../src/main/core/connectivity';
import { OzuraApiError } from '../../../src/main/core/ozura-client/errors';
import { FakeTimers } from '../helpers/fake-timers';

describe('Connectivity', () => {
  it('goes offline only on "no answer", probes after 3 s and then every 10 s while offline, and stops once the host answers', async () => {
    const timers = new FakeTimers();
    const answers = [false, true];
    const probe = vi.fn(() => Promise.resolve(answers.shift() ?? true));
    const changes: (string | undefined)[] = [];
    const connectivity = new Connectivity(
      probe,
      timers,
      () => changes.push(connectivity.offline && translator('en').say(connectivity.offline)),
      10_000,
      3_000,
    );

    connectivity.report(
      new OzuraApiError('unavailable', text('api.detail', { detail: 'Ozura is having trouble (503).' }), 503),
    );
    connectivity.report(new OzuraApiError('rejected', text('api.detail', { detail: 'Keys refused' }), 401));
    expect(connectivity.offline).toBeUndefined();
    expect(timers.pending).toBe(0);

    connectivity.report(new OzuraApiError('unavailable', text('ozura.unreachable', { host: '127.0.0.1:9' })));
    expect(connectivity.offline && translator('en').say(connectivity.offline)).toBe(
      'Cannot reach 127.0.0.1:9. Check the connection.',
    );
    expect(timers.delays).toEqual([3_000]);
    timers.runNext();
    await vi.waitFor(() => expect(timers.pending).toBe(1)); // still down: probe again
    timers.runNext();
    await vi.waitFor(() => expect(connectivity.offline).toBeUndefined());
    expect(timers.delays).toEqual([3_000, 10_000]);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(timers.pending).toBe(0);
    expect(changes).toEqual(['Cannot reach 127.0.0.1:9. Check the connection.', undefined]);
  });
});
