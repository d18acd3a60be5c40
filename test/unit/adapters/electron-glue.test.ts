import { text, translator } from '../../../src/shared/i18n/translator';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronDialogs, showStartupFailure } from '../../../src/main/adapters/dialogs';
import { StartupError } from '../../../src/main/core/startup-error';
import { notify } from '../../../src/main/adapters/notifications';
import { electronPrinter } from '../../../src/main/adapters/printer';
import { createCustomerWindow } from '../../../src/main/adapters/window';
import { BrowserWindow, dialog, Notification, printOutcome, screen } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

const options = {
  preload: '/p/index.cjs',
  customerPreload: '/p/customer.cjs',
  appUrl: 'file:///app/index.html',
  isAppUrl: () => true,
  devTools: false,
};

beforeEach(() => {
  BrowserWindow.created = [];
  dialog.answers = [];
  Notification.shown = [];
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
});

describe('customer window', () => {
  it('goes full screen on a second display when there is one, showing the customer view', () => {
    screen.displays.push({ id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1024 } });
    const window = createCustomerWindow(options, {
      x: 100,
      y: 100,
      width: 1100,
      height: 760,
    }) as unknown as BrowserWindow;
    expect(window.loadedUrl).toBe('file:///app/index.html#customer');
    expect(window.options).toMatchObject({
      x: 1960,
      y: 40,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        preload: '/p/index.cjs',
        additionalArguments: ['--linkdesk-audience=customer'],
      },
    });
    expect(window.fullScreen).toBe(true);
  });

  it('opens as a normal window beside the staff one when there is a single display', () => {
    const window = createCustomerWindow(options, {
      x: 100,
      y: 100,
      width: 1100,
      height: 760,
    }) as unknown as BrowserWindow;
    expect(window.fullScreen).toBe(false);
    expect(window.options).toMatchObject({ x: 40, y: 40 });
  });
});

describe('dialogs', () => {
  it('returns the chosen path, or undefined when the user cancels', async () => {
    dialog.answers.push(
      { canceled: false, filePath: '/home/ada/qr.png' },
      { canceled: true },
      { canceled: false, filePaths: ['/home/ada/products.csv'] },
    );
    expect(await electronDialogs.chooseSaveFile({ title: 'Save', defaultName: 'qr.png', extensions: ['png'] })).toBe(
      '/home/ada/qr.png',
    );
    expect(
      await electronDialogs.chooseSaveFile({ title: 'Save', defaultName: 'qr.png', extensions: ['png'] }),
    ).toBeUndefined();
    expect(await electronDialogs.chooseOpenFile({ title: 'Open', extensions: ['csv'] })).toBe('/home/ada/products.csv');
  });
});

describe('notifications', () => {
  it('shows one where the OS supports them, and stays quiet where it does not', () => {
    notify('Paid', 'Corner Cafe · Table 4');
    Notification.supported = false;
    notify('Paid', 'again');
    Notification.supported = true;
    expect(Notification.shown).toEqual([{ title: 'Paid', body: 'Corner Cafe · Table 4' }]);
  });
});

describe('printer', () => {
  it('prints from a hidden window that runs no script, and destroys it after', async () => {
    await electronPrinter.print('<p>slip</p>');
    const [window] = BrowserWindow.created;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true },
    });
    expect(window?.loadedUrl).toBe(`data:text/html;charset=utf-8,${encodeURIComponent('<p>slip</p>')}`);
    expect(window?.destroyed).toBe(true);
  });

  it('treats a cancelled print dialog as no error, and a failure as one', async () => {
    printOutcome.success = false;
    printOutcome.reason = 'cancelled';
    await expect(electronPrinter.print('<p>x</p>')).resolves.toBeUndefined();
    printOutcome.reason = 'no printer';
    await expect(electronPrinter.print('<p>x</p>')).rejects.toThrow('Printing failed: no printer');
    printOutcome.success = true;
  });

  it('writes the PDF to the chosen path, on A4 unless US Letter is asked for', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'pdf-')), 'slip.pdf');
    await electronPrinter.savePdf('<p>slip</p>', path);
    expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
    await electronPrinter.savePdf('<p>poster</p>', path, 'letter');
    const sizes = BrowserWindow.created.map(
      (window) => (window.webContents.pdfOptions[0] as { pageSize: string }).pageSize,
    );
    expect(sizes).toEqual(['A4', 'Letter']);
  });

  it('lays a receipt roll out at its own size with no printer margins, for the PDF and the print dialog', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'pdf-')), 'receipt.pdf');
    const roll = { widthMm: 80, heightMm: 127 };
    await electronPrinter.savePdf('<p>receipt</p>', path, roll);
    await electronPrinter.print('<p>receipt</p>', roll);
    const [saved, printed] = BrowserWindow.created.slice(-2).map((window) => window.webContents);
    expect(saved?.pdfOptions[0]).toMatchObject({
      pageSize: { width: 80 / 25.4, height: 127 / 25.4 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(printed?.printed[0]).toMatchObject({
      pageSize: { width: 80_000, height: 127_000 },
      margins: { marginType: 'none' },
    });
  });
});

describe('a start that fails', () => {
  it('shows a native error box naming the file and what to do (#15 attack 11)', () => {
    const folder = new StartupError('/data/history.jsonl', text('startup.isFolder', { file: '/data/history.jsonl' }));
    showStartupFailure(folder, '/data/logs', translator('en'));
    showStartupFailure(new Error('boom'), '/data/logs', translator('en'));
    showStartupFailure(folder, '/data/logs', translator('de'));
    const [english, unknown, german] = dialog.errorBoxes.slice(-3);
    expect(english).toEqual([
      'Linkdesk cannot start',
      '/data/history.jsonl is a folder, not a file Linkdesk can use. Move or rename it, then start Linkdesk again.',
    ]);
    expect(unknown).toEqual([
      'Linkdesk cannot start',
      'Something went wrong while starting. The details are in the log files in /data/logs.',
    ]);
    // Before any window, in the system's language.
    expect(german?.[0]).toBe(translator('de').t('startup.title'));
    expect(german?.[1]).toContain('/data/history.jsonl');
    expect(german?.[1]).not.toBe(english?.[1]);
  });
});
