import { linkdesk } from '../lib/api';
import { useWords } from '../lib/i18n';
import { PrintAndSave } from './PrintAndSave';

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
  return (
    <PrintAndSave
      print={() => linkdesk.receipts.print({ id })}
      savePdf={() => linkdesk.receipts.savePdf({ id })}
      words={{
        print: t('receipt.print'),
        savePdf: t('receipt.savePdf'),
        printed: t('receipt.printed'),
        saved: (file) => t('receipt.saved', { file }),
      }}
      // Only where R prints it (the paid screen) does the button say so.
      {...(printRequests !== undefined && { printRequests, shortcut: { key: 'R', hint: t('receipt.shortcutHint') } })}
      small={small}
    />
  );
}
