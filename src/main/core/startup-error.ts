/**
 * A start that cannot go on: a file Linkdesk needs and cannot use. The message names the file
 * and says what to do; the app shows it in a native error box.
 */
export class StartupError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The StartupError for a file that failed to open with `error`, or undefined when it is another kind of failure. */
export function unreadableFile(file: string, error: unknown): StartupError | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR' || code === 'ENOTDIR')
    return new StartupError(
      file,
      `${file} is a folder, not a file Linkdesk can use. Move or rename it, then start Linkdesk again.`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new StartupError(
      file,
      `Linkdesk may not read ${file}. Give your user account read and write access to it, then start Linkdesk again.`,
    );
  return undefined;
}
