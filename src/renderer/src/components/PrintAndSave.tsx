import type { IpcResult } from '../lib/api';
import { savedTo, useAction } from '../lib/useAction';
import { useRequested } from '../lib/useRequested';
import { ActionNote } from './ActionNote';

interface Props {
  print: () => Promise<IpcResult<unknown>>;
  savePdf: () => Promise<IpcResult<{ cancelled: boolean; file?: string | undefined }>>;
  words: { print: string; savePdf: string; printed: string; saved: (file: string) => string };
  /** Goes up when a shortcut asks to print; with `shortcut`, the key the button names. */
  printRequests?: number;
  shortcut?: { key: string; hint: string };
  /** Smaller buttons, where these are second actions beside a primary one. */
  small?: boolean;
}

/**
 * A Print / Save as PDF pair for a row of actions (a receipt, a shift report): main lays the
 * page out; the note says what happened, on a line of its own below the buttons.
 */
export function PrintAndSave({ print, savePdf, words, printRequests = 0, shortcut, small = false }: Props) {
  const { note, busy, run } = useAction();
  const printNow = (): void => void run(print, () => words.printed);
  useRequested(printRequests, printNow);
  const buttonClass = small ? 'small secondary' : 'secondary';
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        disabled={busy}
        onClick={printNow}
        aria-keyshortcuts={shortcut?.key}
        title={shortcut?.hint}
      >
        {words.print}
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={busy}
        onClick={() => void run(savePdf, savedTo(words.saved))}
      >
        {words.savePdf}
      </button>
      <ActionNote note={note} />
    </>
  );
}
