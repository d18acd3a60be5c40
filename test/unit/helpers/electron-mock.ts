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
  printed: unknown[] = [];
  pdfOptions: unknown[] = [];
  print(options: unknown, callback: (success: boolean, reason: string) => void): void {
    this.printed.push(options);
    callback(printOutcome.success, printOutcome.reason);
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.4 fake'));
  }
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

/** What the next print dialog answers. */
export const printOutcome = { success: true, reason: '' };

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  loadedUrl?: string;
  fullScreen = false;
  destroyed = false;
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  bounds = { x: 0, y: 0, width: 1100, height: 760 };
  maximized = false;
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = bounds;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
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

type Display = { id: number; workArea: { x: number; y: number; width: number; height: number } };

/** Displays the test sets up: the first is primary; windows match the display they start on. */
export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as Display[],
  getAllDisplays(): Display[] {
    return screen.displays;
  },
  getPrimaryDisplay(): Display {
    return screen.displays[0] as Display;
  },
  getDisplayMatching(bounds: { x: number }): Display {
    return (
      screen.displays.find((d) => bounds.x >= d.workArea.x && bounds.x < d.workArea.x + d.workArea.width) ??
      (screen.displays[0] as Display)
    );
  },
};

export const dialog = {
  answers: [] as { canceled: boolean; filePaths?: string[]; filePath?: string }[],
  asked: [] as unknown[],
  errorBoxes: [] as [title: string, content: string][],
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push([title, content]);
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.asked.push(args);
    const answer = dialog.answers.shift() ?? { canceled: true };
    return Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] });
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    dialog.asked.push(args);
    const answer = dialog.answers.shift() ?? { canceled: true };
    return Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' });
  },
};

export class Notification {
  static supported = true;
  static shown: { title: string; body: string }[] = [];
  constructor(private readonly options: { title: string; body: string }) {}
  static isSupported(): boolean {
    return Notification.supported;
  }
  show(): void {
    Notification.shown.push({ title: this.options.title, body: this.options.body });
  }
}

export const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark' };

type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>;

/** Custom schemes as the app registers and serves them. */
export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    protocol.handlers.set(scheme, handler);
  },
};

/** Electron's net.fetch; file URLs are read from disk, as Electron does. */
export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    net.fetched.push(url);
    const { readFile } = await import('node:fs/promises');
    const { fileURLToPath } = await import('node:url');
    return new Response(await readFile(fileURLToPath(url)));
  },
};

/** The app object's events, for adapters that listen on it (web-contents-created, …). */
export const app = Object.assign(new EventEmitter(), { isPackaged: false });
