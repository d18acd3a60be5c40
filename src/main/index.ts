// Composition root: app lifecycle, the single-instance lock, adapters in, window out. No logic.
import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME, registerAppScheme, serveAppFiles } from './adapters/app-protocol';
import { electronClipboard } from './adapters/clipboard';
import { electronDialogs, showStartupFailure } from './adapters/dialogs';
import { openElectronStore } from './adapters/electron-store';
import { registerIpc, sendEvent } from './adapters/ipc';
import { safeStorageCipher } from './adapters/safe-storage-cipher';
import { openInBrowser } from './adapters/shell';
import { guardEveryWebContents, hardenSession } from './adapters/security';
import { installMenu } from './adapters/menu';
import { applyNativeTheme } from './adapters/theme';
import { notify } from './adapters/notifications';
import { electronPrinter } from './adapters/printer';
import { claimSingleInstance } from './adapters/single-instance';
import { createCustomerWindow, createMainWindow } from './adapters/window';
import { rememberWindowState } from './adapters/window-state';
import { APP_HOST } from './app-files';
import { createAppUrlMatcher } from './app-url';
import { createLinkdeskMain, type LinkdeskMain } from './compose';
import { consoleLogger } from './core/console-logger';
import { createFileLogger } from './core/file-logger';
import { RENDERER_CSP } from './csp';
import type { Audience } from '../shared/ipc/channels';
import type { SettingsView } from '../shared/settings';
import { resolveLanguage } from '../shared/i18n/languages';
import { translator } from '../shared/i18n/translator';

// The dev server while developing; otherwise the built renderer, served from app://linkdesk/.
const appUrl = process.env.ELECTRON_RENDERER_URL ?? `${APP_SCHEME}://${APP_HOST}/index.html`;
const isAppUrl = createAppUrlMatcher(appUrl);
const devTools = !app.isPackaged;
registerAppScheme();
let linkdesk: LinkdeskMain | undefined;
let mainWindow: BrowserWindow | undefined;
let customerWindow: BrowserWindow | undefined;
const windowOptions = {
  preload: join(import.meta.dirname, '../preload/index.cjs'),
  appUrl,
  isAppUrl,
  devTools,
};
/** The customer window faces the public: it may call and hear the display channels only. */
const audienceOf = (contents: Electron.WebContents): Audience =>
  customerWindow && !customerWindow.isDestroyed() && contents.id === customerWindow.webContents.id
    ? 'customer'
    : 'staff';

async function start(): Promise<void> {
  const logger = createFileLogger(join(app.getPath('userData'), 'logs'));
  hardenSession(session.defaultSession, RENDERER_CSP);
  guardEveryWebContents(app, isAppUrl);
  serveAppFiles(join(import.meta.dirname, '../renderer'));
  linkdesk = await createLinkdeskMain({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    clipboard: electronClipboard,
    openExternal: openInBrowser,
    printer: electronPrinter,
    notify,
    openCustomerWindow: () => {
      if (customerWindow && !customerWindow.isDestroyed()) customerWindow.focus();
      else customerWindow = createCustomerWindow(windowOptions, mainWindow?.getBounds());
      return Promise.resolve();
    },
    dialogs: electronDialogs,
    cipher: safeStorageCipher,
    openStore: openElectronStore,
    isTrustedSender: isAppUrl,
    logger,
    systemLanguages: app.getPreferredSystemLanguages(),
  });
  registerIpc(linkdesk.dispatch, audienceOf);
  const main = linkdesk;
  const menu = (): void =>
    installMenu(
      process.platform,
      (command) => main.runCommand(command),
      () => void shell.openPath(logger.dir),
      { devTools, words: main.words(), role: main.staffRole() },
    );
  menu();
  linkdesk.onEvent((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows())
      sendEvent(window.webContents, audienceOf(window.webContents), channel, payload);
    if (channel === 'settings:changed') applyNativeTheme((payload as SettingsView).preferences.theme);
    if (channel === 'app:changed') menu(); // the language, or who is signed in, may have changed
  });
  applyNativeTheme(linkdesk.preferences().theme);
  mainWindow = createMainWindow(windowOptions);
  rememberWindowState(mainWindow, () => openElectronStore('window-state'));
  mainWindow.on('closed', () => customerWindow?.close());
}

const first = claimSingleInstance(app, () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
if (!first) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void linkdesk?.stop());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      consoleLogger.error('Linkdesk could not start', { message: String(error) });
      const system = app.getPreferredSystemLanguages();
      showStartupFailure(
        error,
        join(app.getPath('userData'), 'logs'),
        translator(resolveLanguage('system', system), system),
      );
      app.exit(1);
    });
}
