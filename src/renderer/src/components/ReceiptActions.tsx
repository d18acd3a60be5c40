import { linkdesk } from '../lib/api';
import { useWords } from '../lib/i18n';
import { savedTo, useAction } from '../lib/useAction';
import { useRequested } from '../lib/useRequested';
import { ActionNote } from './ActionNote';

interface Props {
  /** A paid session. */
  id: string;
  /** Goes up when the print-receipt shortcut (R) is given; left out where R does not print. */
  printRequests?: number;
  /** Smaller buttons, where the receipt is a second action beside a primary one. */
  small?: boolean;
}

/** Print receipt / Save receipt as PDF for a paid session (#20), in a row of actions; main builds the receipt. */
export function ReceiptActions({ id, printRequests, small = false }: Props): React.JSX.Element {
  const { t } = useWords();
  const { note, busy, run } = useAction();
  const print = (): void =>
    void run(
      () => linkdesk.receipts.print({ id }),
      () => t('receipt.printed'),
    );
  const save = (): void =>
    void run(
      () => linkdesk.receipts.savePdf({ id }),
      savedTo((file) => t('receipt.saved', { file })),
    );
  useRequested(printRequests ?? 0, print);
  // Only where R prints it (the paid screen) does the button say so.
  const shortcut = printRequests !== undefined;
  const buttonClass = small ? 'small secondary' : 'secondary';
  // Buttons for the caller's row of actions; the note takes a line of its own below them.
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        disabled={busy}
        onClick={print}
        aria-keyshortcuts={shortcut ? 'R' : undefined}
        title={shortcut ? t('receipt.shortcutHint') : undefined}
      >
        {t('receipt.print')}
      </button>
      <button type="button" className={buttonClass} disabled={busy} onClick={save}>
        {t('receipt.savePdf')}
      </button>
      <ActionNote note={note} />
    </>
  );
}
