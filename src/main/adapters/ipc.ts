// The only main-side file that touches ipcMain: it hands every invoke channel to the dispatcher
// with the URL of the frame that sent it and whom its window is for.
import { ipcMain, type WebContents } from 'electron';
import { CHANNELS, isInvokeChannel, isOpenTo, type Audience, type EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import type { Dispatch } from '../core/ipc/dispatcher';

export function registerIpc(dispatch: Dispatch, audienceOf: (contents: WebContents) => Audience): () => void {
  const channels = Object.keys(CHANNELS).filter(isInvokeChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      dispatch(channel, input, event.senderFrame?.url, audienceOf(event.sender)),
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Pushes an event to a window, if the window is still there and its audience may hear it. */
export function sendEvent<K extends EventChannel>(
  contents: WebContents,
  audience: Audience,
  channel: K,
  payload: EventPayload<K>,
): void {
  if (!contents.isDestroyed() && isOpenTo(channel, audience)) contents.send(channel, payload);
}
