import type { IpcErrorCode } from '../../shared/ipc/result';
import { text, translator, type Text } from '../../shared/i18n/translator';

/**
 * An error the core raises on purpose, with a message fit to show the user: a message key, said
 * in the staff's language when it reaches the window. `message` is the English, for logs.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    readonly text: Text,
    readonly fields?: Record<string, Text>,
  ) {
    super(translator('en').say(text));
    this.name = 'AppError';
  }
}

export const DISK_FULL = text('error.diskFull');

/** Whether an error says there is no room left: ENOSPC or EDQUOT from the file system, or our own `disk-full`. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'disk-full';
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Whether a write failed because the folder or disk is read-only. */
export function isReadOnly(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'read-only';
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

/** What a clerk is told when Linkdesk's data folder cannot be written. */
export function readOnlyMessage(dataDir: string): Text {
  return text('error.dataFolderReadOnly', { folder: dataDir });
}

/** The user's error for a write that failed because the disk is full. */
export function diskFull(): AppError {
  return new AppError('disk-full', DISK_FULL);
}
