import { describe, expect, it } from 'vitest';
import { createBridge, type BridgeTransport } from '../../../src/preload/bridge';
import { CHANNELS, type ChannelName } from '../../../src/shared/ipc/channels';

function recordingTransport() {
  const invoked: [ChannelName, unknown][] = [];
  const subscribed: ChannelName[] = [];
  const transport: BridgeTransport = {
    invoke: (channel, input) => {
      invoked.push([channel, input]);
      return Promise.resolve({ ok: true, data: channel });
    },
    subscribe: (channel, listener) => {
      subscribed.push(channel);
      listener({ pushed: channel });
      return () => subscribed.splice(subscribed.indexOf(channel), 1);
    },
  };
  return { transport, invoked, subscribed };
}

describe('createBridge', () => {
  it('has one method per channel, named from the contract, and nothing else', () => {
    const bridge = createBridge(recordingTransport().transport) as unknown as Record<string, Record<string, unknown>>;
    const names = Object.entries(bridge).flatMap(([domain, methods]) =>
      Object.keys(methods).map((m) => `${domain}.${m}`),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'app.getInfo',
        'app.onChanged',
        'sessions.create',
        'sessions.copyLink',
        'sessions.onChanged',
        'builder.getDraft',
        'catalogue.import',
        'settings.setCredentials',
      ]),
    );
    expect(names.every((name) => /^[a-z]+\.[a-z][A-Za-z]*$/.test(name))).toBe(true);
    expect(names).toHaveLength(Object.keys(CHANNELS).length);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.sessions)).toBe(true);
  });

  it('sends invokes on their own channel and subscribes with an unsubscribe function', async () => {
    const { transport, invoked, subscribed } = recordingTransport();
    const bridge = createBridge(transport);
    expect(await bridge.sessions.get({ id: 'session_a' })).toEqual({ ok: true, data: 'sessions:get' });
    expect(invoked).toEqual([['sessions:get', { id: 'session_a' }]]);
    const received: unknown[] = [];
    const unsubscribe = bridge.sessions.onChanged((payload) => received.push(payload));
    expect(received).toEqual([{ pushed: 'sessions:changed' }]);
    expect(subscribed).toEqual(['sessions:changed']);
    unsubscribe();
    expect(subscribed).toEqual([]);
    expect(() => (bridge.sessions.onChanged as (x: unknown) => void)('not a function')).toThrow(TypeError);
  });
});
