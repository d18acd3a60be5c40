import type { LinkdeskApi } from '../shared/ipc/bridge-types';
import { CHANNELS, bridgePath, type ChannelName } from '../shared/ipc/channels';

/** How the bridge reaches main: `ipcRenderer` in Electron, a Playwright binding in the harness. */
export interface BridgeTransport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(channel: ChannelName, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.linkdesk` by walking the channel list: one method per invoke channel
 * (`sessions.create(input)`) and one subscription per event (`sessions.onChanged(fn)` returns
 * an unsubscribe function). Nothing here is written per channel, and no generic `invoke`
 * escapes to the page. A window gets only `channels` (the customer window: the display ones).
 */
export function createBridge(
  transport: BridgeTransport,
  channels: readonly ChannelName[] = Object.keys(CHANNELS) as ChannelName[],
): LinkdeskApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [domain, method] = bridgePath(channel);
    const target = (api[domain] ??= {});
    target[method] =
      CHANNELS[channel] === 'invoke'
        ? (input?: unknown) => transport.invoke(channel, input)
        : (listener: unknown) => {
            if (typeof listener !== 'function') throw new TypeError(`${method} needs a function`);
            return transport.subscribe(channel, (payload) => (listener as (p: unknown) => void)(payload));
          };
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze(api) as unknown as LinkdeskApi;
}
