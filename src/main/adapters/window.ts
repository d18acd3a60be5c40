import { BrowserWindow } from 'electron';
import { guardWebContents } from './security';

export interface MainWindowOptions {
  preload: string;
  appUrl: string;
  isAppUrl: (url: string) => boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Linkdesk',
    backgroundColor: '#f6f5fb',
    // Written out here (not built by a helper) so static checkers such as electronegativity see them.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Middle-click must not open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardWebContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.appUrl);
  return window;
}
