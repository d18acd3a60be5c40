import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';
import type { LinkStatus } from '../../lib/api';

const TEXT: Record<LinkStatus, { label: MessageKey; icon: string }> = {
  active: { label: 'links.active', icon: '●' },
  expired: { label: 'status.expired', icon: '◔' },
};

/** A link's status in words and a symbol (never colour alone). */
export function LinkStatusBadge({ status }: { status: LinkStatus }): React.JSX.Element {
  const { t } = useWords();
  return (
    <span className={status === 'active' ? 'status status-completed' : 'status status-expired'}>
      <span aria-hidden="true">{TEXT[status].icon}</span> {t(TEXT[status].label)}
    </span>
  );
}
