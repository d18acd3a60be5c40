import { shell } from 'electron';

/** Opens a link in the system browser. Callers check it first with isAllowedExternalUrl. */
export function openInBrowser(url: string): Promise<void> {
  return shell.openExternal(url);
}
