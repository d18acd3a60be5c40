import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../src/preload/bridge';
import { CHANNELS, CUSTOMER_CHANNELS, isInvokeChannel } from '../../../src/shared/ipc/channels';
import { APP_URL, data, startMain } from '../helpers/main';

// #15 attack 5: the customer window faces the public; it had the whole API, settings and keys
// included. It now gets a bridge of the display channels, and main refuses it everything else.

describe('attack 5: the customer window’s own, smaller contract', () => {
  it('its bridge has the display channels and nothing else', () => {
    const bridge = createBridge(
      { invoke: () => Promise.resolve(undefined), subscribe: () => () => {} },
      CUSTOMER_CHANNELS,
    ) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(bridge)).toEqual(['display']);
    expect(Object.keys(bridge.display ?? {}).sort()).toEqual(['chooseTip', 'get', 'onChanged']);
  });

  it('main refuses the customer window every other channel, and does nothing', async () => {
    const main = await startMain();
    for (const channel of Object.keys(CHANNELS).filter(isInvokeChannel)) {
      const answer = await main.dispatch(channel, undefined, APP_URL, 'customer');
      // Its own channels answer (a tip with no choice in it is bad input, not forbidden).
      if ((CUSTOMER_CHANNELS as readonly string[]).includes(channel))
        expect(answer.ok || answer.error.code === 'invalid-input', channel).toBe(true);
      else expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(main.history.size).toBe(0);
    expect((await data(main.api.settings.get())).profiles).toHaveLength(1);
  });
});
