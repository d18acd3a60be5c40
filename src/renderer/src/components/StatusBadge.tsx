import type { SessionRecord } from '../lib/api';

type Status = SessionRecord['status'];

/** Words and a symbol for each status, so it never rests on colour alone. */
export const STATUS_TEXT: Record<Status, { label: string; icon: string; detail: string }> = {
  pending: { label: 'Waiting for payment', icon: '◷', detail: 'The customer can scan the code and pay.' },
  completed: { label: 'Paid', icon: '✓', detail: 'The payment went through.' },
  failed: { label: 'Failed', icon: '✕', detail: 'The payment could not be completed.' },
  cancelled: { label: 'Cancelled', icon: '⊘', detail: 'The customer cancelled on the checkout page.' },
  expired: { label: 'Expired', icon: '◔', detail: 'The 30 minutes to pay ran out.' },
};

export function StatusBadge({ status }: { status: Status }): React.JSX.Element {
  const text = STATUS_TEXT[status];
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{text.icon}</span> {text.label}
    </span>
  );
}
