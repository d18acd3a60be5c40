import { moveAside } from '../files/move-aside';
import { unreadableFile } from '../startup-error';

/** A small JSON store on disk: electron-store in the app, its `conf` underneath in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly path: string;
}

/**
 * Opens a store; if its file cannot be parsed, the file is moved aside (never deleted) and a
 * fresh store is opened, so a damaged file never stops the app from starting.
 */
export async function openStoreSafely(
  open: () => KeyValueStore,
  path: string,
): Promise<{ store: KeyValueStore; movedAside?: string }> {
  try {
    return { store: open() };
  } catch (error) {
    const unreadable = unreadableFile(path, error);
    if (unreadable) throw unreadable;
    if (!(error instanceof SyntaxError) && !/JSON|Unexpected/i.test(String(error))) throw error;
    const movedAside = await moveAside(path);
    return { store: open(), movedAside };
  }
}
