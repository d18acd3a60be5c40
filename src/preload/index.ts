// The sandboxed preload: exposes `window.linkdesk`, generated from the IPC contract. The
// customer window is started with `--linkdesk-audience=customer` and gets the display channels
// only (main refuses that window everything else whatever its bridge says).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelsFor, CUSTOMER_AUDIENCE_ARG } from '../shared/ipc/channels';
import { createBridge } from './bridge';

const audience = process.argv.includes(CUSTOMER_AUDIENCE_ARG) ? 'customer' : 'staff';
const bridge = createBridge(
  {
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe: (channel, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  },
  channelsFor(audience),
);

contextBridge.exposeInMainWorld('linkdesk', bridge);
