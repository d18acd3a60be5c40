import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../core/ports-dialogs';
import { StartupError } from '../core/startup-error';
import type { Translator } from '../../shared/i18n/translator';

const filters = (extensions: string[]) => [{ name: extensions.map((e) => e.toUpperCase()).join(', '), extensions }];

/** Electron's native dialogs, attached to the focused window. */
export const electronDialogs: Dialogs = {
  async chooseOpenFile({ title, extensions }) {
    const options = { title, filters: filters(extensions), properties: ['openFile' as const] };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  async chooseSaveFile({ title, defaultName, extensions }) {
    const options = { title, defaultPath: defaultName, filters: filters(extensions) };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  },
};

/** Tells the user, in a native box, why Linkdesk could not start and what to do (before any window exists). */
export function showStartupFailure(error: unknown, logsDir: string, words: Translator): void {
  const message =
    error instanceof StartupError ? words.say(error.text) : words.t('startup.failed', { folder: logsDir });
  dialog.showErrorBox(words.t('startup.title'), message);
}
