import type { IpcErrorCode } from '../../shared/ipc/result';

/** An error the core raises on purpose, with a message fit to show the user. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const DISK_FULL_MESSAGE = 'The disk is full — Linkdesk cannot save. Free some space, then try again.';

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
export function readOnlyMessage(dataDir: string): string {
  return `Linkdesk's data folder (${dataDir}) is read-only, so nothing new can be saved: history can be read, but no sale can be made. Make the folder writable, then restart Linkdesk.`;
}

/** The user's error for a write that failed because the disk is full. */
export function diskFull(): AppError {
  return new AppError('disk-full', DISK_FULL_MESSAGE);
}
