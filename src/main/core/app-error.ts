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
