import { isTerminal } from '../../../shared/ozura/status';
import type { SessionRecord } from '../../../shared/session-record';

const OUTCOME_TEXT = {
  completed: 'Paid',
  failed: 'Payment failed',
  cancelled: 'Payment cancelled',
  expired: 'Checkout expired',
  pending: 'Waiting',
} as const;

/** A system notification when a sale ends, if the user wants them. */
export function outcomeNotifier(
  notify: (title: string, body: string) => void,
  wanted: () => boolean,
): (record: SessionRecord) => void {
  return (record) => {
    if (!isTerminal(record.status) || !wanted()) return;
    notify(OUTCOME_TEXT[record.status], `${record.merchantName} · ${record.reference ?? record.id}`);
  };
}
