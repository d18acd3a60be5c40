import { useCallback, useState } from 'react';
import type { IpcResult } from './api';

export interface Action {
  /** What the last call said: its done text, or main's error message. */
  note: string | undefined;
  /** A call is running (buttons that would repeat it are disabled). */
  busy: boolean;
  /**
   * Runs a call to main. On success `done` says what to tell the user (undefined keeps the note
   * there is, e.g. for a cancelled save dialog); on failure the note is main's message.
   */
  run: <T>(call: () => Promise<IpcResult<T>>, done?: (data: T) => string | undefined) => Promise<T | undefined>;
}

/** The one way a screen runs a call to main and shows how it went. */
export function useAction(): Action {
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(call: () => Promise<IpcResult<T>>, done?: (data: T) => string | undefined): Promise<T | undefined> => {
      setBusy(true);
      const result = await call().finally(() => setBusy(false));
      if (!result.ok) {
        setNote(result.error.message);
        return undefined;
      }
      const text = done?.(result.data);
      if (text !== undefined) setNote(text);
      return result.data;
    },
    [],
  );
  return { note, busy, run };
}

/** "QR saved to …" (a message with `{file}`), or nothing when the save dialog was cancelled. */
export const savedTo =
  (say: (file: string) => string) =>
  (answer: { cancelled: boolean; file?: string | undefined }): string | undefined =>
    answer.cancelled ? undefined : say(answer.file ?? '');
