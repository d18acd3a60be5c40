import { text as message, translator, type Text } from '../../shared/i18n/translator';

/**
 * A start that cannot go on: a file Linkdesk needs and cannot use. The message names the file
 * and says what to do; the app shows it in a native error box.
 */
export class StartupError extends Error {
  constructor(
    readonly file: string,
    readonly text: Text,
  ) {
    super(translator('en').say(text));
    this.name = 'StartupError';
  }
}

/** The StartupError for a file that failed to open with `error`, or undefined when it is another kind of failure. */
export function unreadableFile(file: string, error: unknown): StartupError | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR' || code === 'ENOTDIR') return new StartupError(file, message('startup.isFolder', { file }));
  if (code === 'EACCES' || code === 'EPERM') return new StartupError(file, message('startup.mayNotRead', { file }));
  return undefined;
}
