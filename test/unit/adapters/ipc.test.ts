import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc, sendEvent } from '../../../src/main/adapters/ipc';
import type { Dispatch } from '../../../src/main/core/ipc/dispatcher';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { FakeWebContents, ipcMain } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

describe('registerIpc', () => {
  beforeEach(() => ipcMain.handlers.clear());

  it('registers exactly the contract’s invoke channels and passes the sender frame’s URL', async () => {
    const calls: unknown[][] = [];
    const dispatch: Dispatch = (channel, input, sender) => {
      calls.push([channel, input, sender]);
      return Promise.resolve({ ok: true, data: null });
    };
    const unregister = registerIpc(dispatch);
    const invokes = Object.entries(CHANNELS)
      .filter(([, kind]) => kind === 'invoke')
      .map(([name]) => name);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(invokes.sort());
    expect(ipcMain.handlers.has('sessions:changed')).toBe(false);

    await ipcMain.handlers.get('sessions:create')?.(
      { senderFrame: { url: 'file:///app/index.html' } },
      { amount: '1' },
    );
    await ipcMain.handlers.get('sessions:get')?.({ senderFrame: null }, { id: 'x' });
    expect(calls).toEqual([
      ['sessions:create', { amount: '1' }, 'file:///app/index.html'],
      ['sessions:get', { id: 'x' }, undefined],
    ]);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('sends events only to live windows', () => {
    const contents = new FakeWebContents();
    const record = { id: 'session_x' } as never;
    sendEvent(contents as never, 'sessions:changed', record);
    contents.destroyed = true;
    sendEvent(contents as never, 'sessions:changed', record);
    expect(contents.sent).toEqual([['sessions:changed', record]]);
  });
});
