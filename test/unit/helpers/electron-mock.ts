// A typed stand-in for the parts of `electron` the adapters use. Tests load it with
// vi.mock('electron', () => import('../helpers/electron-mock')).
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: Parameters<Electron.WebContents['setWindowOpenHandler']>[0];
  sent: [string, unknown][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: NonNullable<this['windowOpenHandler']>): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits an event that can be prevented, as Electron does; returns whether it was. */
  attempt(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl?: string;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {}
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created;
  }
}

export const clipboard = {
  text: '',
  writeText(text: string): void {
    clipboard.text = text;
  },
};

export function fakeSession() {
  const state = {
    permissionRequest: undefined as
      undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    headersListener: undefined as
      | undefined
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
        ) => void),
  };
  const session = {
    setPermissionRequestHandler: (handler: NonNullable<typeof state.permissionRequest>) =>
      (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: NonNullable<typeof state.permissionCheck>) =>
      (state.permissionCheck = handler),
    webRequest: {
      onHeadersReceived: (listener: NonNullable<typeof state.headersListener>) => (state.headersListener = listener),
    },
  };
  return { session: session as unknown as Electron.Session, state };
}
