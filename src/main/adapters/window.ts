import { BrowserWindow, screen, type Rectangle } from 'electron';
import { CUSTOMER_AUDIENCE_ARG } from '../../shared/ipc/channels';
import { guardWebContents } from './security';

export interface MainWindowOptions {
  preload: string;
  appUrl: string;
  isAppUrl: (url: string) => boolean;
  /** Developer tools: in development only, never in a packaged build. */
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  return createWindow(
    options,
    // eslint-disable-next-line formatjs/no-literal-string-in-object -- the product's name, the same in every language
    { width: 1100, height: 760, minWidth: 800, minHeight: 600, title: 'Linkdesk' },
    options.appUrl,
  );
}

/**
 * The customer-facing window: the same page in its customer view, on a second display when
 * there is one (full screen there), else beside the staff window.
 */
export function createCustomerWindow(options: MainWindowOptions, staffBounds: Rectangle | undefined): BrowserWindow {
  const displays = screen.getAllDisplays();
  const staffDisplay = staffBounds ? screen.getDisplayMatching(staffBounds) : screen.getPrimaryDisplay();
  const other = displays.find((d) => d.id !== staffDisplay.id);
  const area = (other ?? staffDisplay).workArea;
  const window = createWindow(
    options,
    {
      x: area.x + 40,
      y: area.y + 40,
      width: Math.min(900, area.width - 80),
      height: Math.min(800, area.height - 80),
    },
    `${options.appUrl}#customer`,
    // Its preload then builds a bridge of the display channels only.
    [CUSTOMER_AUDIENCE_ARG],
  );
  if (other) window.setFullScreen(true);
  return window;
}

function createWindow(
  options: MainWindowOptions,
  frame: Electron.BrowserWindowConstructorOptions,
  url: string,
  additionalArguments: string[] = [],
): BrowserWindow {
  const window = new BrowserWindow({
    ...frame,
    show: false,
    backgroundColor: '#f6f5fb',
    // Written out here (not built by a helper) so static checkers such as electronegativity see them.
    webPreferences: {
      preload: options.preload,
      additionalArguments,
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
      devTools: options.devTools,
    },
  });
  guardWebContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
