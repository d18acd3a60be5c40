import type { LinkStatus } from '../../lib/api';

const TEXT: Record<LinkStatus, { label: string; icon: string }> = {
  active: { label: 'Active', icon: '●' },
  expired: { label: 'Expired', icon: '◔' },
};

/** A link's status in words and a symbol (never colour alone). */
export function LinkStatusBadge({ status }: { status: LinkStatus }): React.JSX.Element {
  return (
    <span className={status === 'active' ? 'status status-completed' : 'status status-expired'}>
      <span aria-hidden="true">{TEXT[status].icon}</span> {TEXT[status].label}
    </span>
  );
}
