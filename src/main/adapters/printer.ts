import { BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { Printer } from '../core/ports-printer';

/** A hidden, locked-down window that holds only the slip: no preload, no script, no navigation. */
async function withSlip<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(window);
  } finally {
    window.destroy();
  }
}

export const electronPrinter: Printer = {
  print: (html) =>
    withSlip(
      html,
      (window) =>
        new Promise<void>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
            // A user who cancels the dialog is not an error.
            if (success || reason === 'cancelled') resolve();
            else reject(new Error(`Printing failed: ${reason}`));
          });
        }),
    ),
  savePdf: (html, path, paper = 'a4') =>
    withSlip(html, async (window) => {
      const pageSize = paper === 'letter' ? 'Letter' : 'A4';
      await writeFile(path, await window.webContents.printToPDF({ printBackground: true, pageSize }));
    }),
};
