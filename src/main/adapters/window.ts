import { BrowserWindow } from 'electron';
import { guardWebContents, secureWebPreferences } from './security';

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
    webPreferences: secureWebPreferences(options.preload),
  });
  guardWebContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.appUrl);
  return window;
}
