import { BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { PageSize, Printer } from '../core/ports-printer';

const MM_PER_INCH = 25.4;
const MICRONS_PER_MM = 1000;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

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

/** A strip of receipt roll has no printer margins: the page's own CSS spaces it. */
function pdfPage(page: PageSize): Electron.PrintToPDFOptions {
  if (page === 'a4' || page === 'letter') return { pageSize: page === 'letter' ? 'Letter' : 'A4' };
  return {
    pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH },
    margins: NO_MARGINS,
  };
}

function printPage(page: PageSize | undefined): Electron.WebContentsPrintOptions {
  if (page === undefined || typeof page === 'string') return {};
  return {
    pageSize: { width: page.widthMm * MICRONS_PER_MM, height: page.heightMm * MICRONS_PER_MM },
    margins: { marginType: 'none' },
  };
}

export const electronPrinter: Printer = {
  print: (html, page) =>
    withSlip(
      html,
      (window) =>
        new Promise<void>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, ...printPage(page) }, (success, reason) => {
            // A user who cancels the dialog is not an error.
            if (success || reason === 'cancelled') resolve();
            else reject(new Error(`Printing failed: ${reason}`));
          });
        }),
    ),
  savePdf: (html, path, page = 'a4') =>
    withSlip(html, async (window) => {
      await writeFile(path, await window.webContents.printToPDF({ printBackground: true, ...pdfPage(page) }));
    }),
};
