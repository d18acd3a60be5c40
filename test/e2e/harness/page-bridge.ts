// Runs in the page before the app: the REAL createBridge from the preload, over a transport
// that reaches the real main-side dispatcher through a Playwright binding instead of ipcRenderer.
import { createBridge } from '../../../src/preload/bridge';
import { channelsFor, type Audience } from '../../../src/shared/ipc/channels';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  /** Set by the harness before this script, as the app picks a window's preload. */
  __linkdeskAudience?: Audience;
  __linkdeskInvoke(channel: string, input: unknown): Promise<unknown>;
  __linkdeskDeliver?: (channel: string, payload: unknown) => void;
  linkdesk?: unknown;
}

const page = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

// Main pushes events by calling this (the harness's stand-in for webContents.send).
page.__linkdeskDeliver = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

const bridge = createBridge(
  {
    // Structured clone, like Electron's IPC, so nothing but data crosses.
    invoke: (channel, input) =>
      page.__linkdeskInvoke(channel, input === undefined ? undefined : structuredClone(input)),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  },
  channelsFor(page.__linkdeskAudience ?? 'staff'),
);

Object.defineProperty(window, 'linkdesk', { value: bridge, enumerable: true });
