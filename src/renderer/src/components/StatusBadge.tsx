import type { MessageKey } from '../../../shared/i18n/translator';
import { useWords } from '../lib/i18n';
import type { SessionRecord } from '../lib/api';

type Status = SessionRecord['status'];

/** Words and a symbol for each status, so it never rests on colour alone. */
export const STATUS_TEXT: Record<Status, { label: MessageKey; icon: string; detail: MessageKey }> = {
  pending: { label: 'status.pending', icon: '◷', detail: 'status.pending.detail' },
  completed: { label: 'status.completed', icon: '✓', detail: 'status.completed.detail' },
  failed: { label: 'status.failed', icon: '✕', detail: 'status.failed.detail' },
  cancelled: { label: 'status.cancelled', icon: '⊘', detail: 'status.cancelled.detail' },
  expired: { label: 'status.expired', icon: '◔', detail: 'status.expired.detail' },
};

export function StatusBadge({ status }: { status: Status }): React.JSX.Element {
  const { t } = useWords();
  const text = STATUS_TEXT[status];
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{text.icon}</span> {t(text.label)}
    </span>
  );
}
