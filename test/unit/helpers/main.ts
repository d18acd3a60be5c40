import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { FakeCipher } from '../../support/fake-cipher';
import { FakeDialogs } from '../../support/fake-dialogs';
import { confStoreOpener } from '../../support/conf-store';
import { createLinkdeskMain, type LinkdeskMain, type MainOptions } from '../../../src/main/compose';
import { createBridge } from '../../../src/preload/bridge';
import type { LinkdeskApi } from '../../../src/shared/ipc/bridge-types';
import type { IpcResult } from '../../../src/shared/ipc/result';

export const APP_URL = 'http://127.0.0.1:5999/';
const running: { main: LinkdeskMain; dataDir: string }[] = [];

afterEach(async () => {
  for (const { main, dataDir } of running.splice(0)) {
    await main.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

const stores: HistoryStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** A history store in a fresh folder, closed after the test. */
export async function openHistory(): Promise<HistoryStore> {
  const store = await HistoryStore.open(await tempDir());
  stores.push(store);
  return store;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'linkdesk-unit-'));
}

/** The real main-side core with its sandbox, on a fresh data dir, stopped after the test. */
export async function startMain(
  overrides: Partial<MainOptions> = {},
): Promise<
  LinkdeskMain & { api: LinkdeskApi; dataDir: string; copied: string[]; opened: string[]; dialogs: FakeDialogs }
> {
  const dataDir = overrides.dataDir ?? (await tempDir());
  const copied: string[] = [];
  const opened: string[] = [];
  const dialogs = overrides.dialogs ?? new FakeDialogs();
  const main = await createLinkdeskMain({
    dataDir,
    version: '0.0.0-test',
    clipboard: {
      writeText: (text) => {
        copied.push(text);
      },
    },
    isTrustedSender: (url) => url === APP_URL,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    dialogs,
    notify: () => {},
    openCustomerWindow: () => Promise.resolve(),
    printer: { print: () => Promise.resolve(), savePdf: () => Promise.resolve() },
    cipher: new FakeCipher(),
    openStore: confStoreOpener(dataDir),
    ...overrides,
  });
  running.push({ main, dataDir });
  return Object.assign(main, { api: typedClient(main), dataDir, copied, opened, dialogs: dialogs as FakeDialogs });
}

/** Main as the renderer calls it: the real preload bridge over the dispatcher, typed from the contract. */
export function typedClient(main: LinkdeskMain): LinkdeskApi {
  return createBridge({
    invoke: (channel, input) => main.dispatch(channel, input, APP_URL),
    subscribe: (channel, listener) =>
      main.onEvent((heard, payload) => {
        if (heard === channel) listener(payload);
      }),
  });
}

/** The data of a call that must succeed; a failure ends the test with main's own message. */
export async function data<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}
