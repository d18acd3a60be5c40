import { isTerminal } from '../../../shared/ozura/status';
import type { SessionRecord } from '../../../shared/session-record';
import type { MessageKey } from '../../../shared/i18n/translator';
import { amountText } from '../../../shared/record-text';
import type { Words } from '../words';

const OUTCOME_TEXT = {
  completed: 'outcome.completed',
  failed: 'outcome.failed',
  cancelled: 'outcome.cancelled',
  expired: 'outcome.expired',
  pending: 'outcome.pending',
} as const satisfies Record<SessionRecord['status'], MessageKey>;

/** A system notification when a sale ends, if the user wants them. */
export function outcomeNotifier(
  notify: (title: string, body: string) => void,
  wanted: () => boolean,
  words: Words,
): (record: SessionRecord) => void {
  return (record) => {
    if (!isTerminal(record.status) || !wanted()) return;
    const say = words();
    notify(
      say.t(OUTCOME_TEXT[record.status]),
      `${record.merchantName} · ${amountText(record, say)} · ${record.reference ?? record.id}`,
    );
  };
}
