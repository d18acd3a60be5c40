import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc, sendEvent } from '../../../src/main/adapters/ipc';
import type { Dispatch } from '../../../src/main/core/ipc/dispatcher';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { FakeWebContents, ipcMain } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

describe('registerIpc', () => {
  beforeEach(() => ipcMain.handlers.clear());

  it('registers exactly the contract’s invoke channels and passes the sender frame’s URL and audience', async () => {
    const calls: unknown[][] = [];
    const dispatch: Dispatch = (channel, input, sender, audience) => {
      calls.push([channel, input, sender, audience]);
      return Promise.resolve({ ok: true, data: null });
    };
    const customer = new FakeWebContents();
    const unregister = registerIpc(dispatch, (contents) => (contents === (customer as never) ? 'customer' : 'staff'));
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
    await ipcMain.handlers.get('display:get')?.({
      senderFrame: { url: 'app://linkdesk/#customer' },
      sender: customer,
    } as never);
    expect(calls).toEqual([
      ['sessions:create', { amount: '1' }, 'file:///app/index.html', 'staff'],
      ['sessions:get', { id: 'x' }, undefined, 'staff'],
      ['display:get', undefined, 'app://linkdesk/#customer', 'customer'],
    ]);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('sends events only to live windows', () => {
    const contents = new FakeWebContents();
    const record = { id: 'session_x' } as never;
    sendEvent(contents as never, 'staff', 'sessions:changed', record);
    contents.destroyed = true;
    sendEvent(contents as never, 'staff', 'sessions:changed', record);
    expect(contents.sent).toEqual([['sessions:changed', record]]);
  });

  it('sends the customer window what to show and nothing else (#15 attack 5)', () => {
    const contents = new FakeWebContents();
    sendEvent(contents as never, 'customer', 'settings:changed', {} as never);
    sendEvent(contents as never, 'customer', 'sessions:changed', {} as never);
    const shown = { session: null, tipPrompt: null, language: 'en', locale: 'en' } as const;
    sendEvent(contents as never, 'customer', 'display:changed', shown);
    sendEvent(contents as never, 'customer', 'display:tip-chosen', { tip: null });
    expect(contents.sent).toEqual([['display:changed', shown]]);
  });
});
