// The only main-side file that touches ipcMain: it hands every invoke channel to the dispatcher
// with the URL of the frame that sent it.
import { ipcMain, type WebContents } from 'electron';
import { CHANNELS, isInvokeChannel, type EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import type { Dispatch } from '../core/ipc/dispatcher';

export function registerIpc(dispatch: Dispatch): () => void {
  const channels = Object.keys(CHANNELS).filter(isInvokeChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(channel, input, event.senderFrame?.url));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

export function sendEvent<K extends EventChannel>(contents: WebContents, channel: K, payload: EventPayload<K>): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
