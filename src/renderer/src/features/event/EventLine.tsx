import { useEffect, useState } from 'react';
import { useWords } from '../../lib/i18n';
import { useEventStatus } from './useEventStatus';

/** How often "last synced 3 min ago" is worked out again. */
const AGO_REFRESH_MS = 30_000;

/** Under the header: whether this station's sales reach its event, and how many wait (#21). */
export function EventLine(): React.JSX.Element | null {
  const words = useWords();
  const { t } = words;
  const [status] = useEventStatus();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), AGO_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  if (!status) return null;
  const { membership } = status;
  const minutes =
    status.lastSyncedAt === undefined ? undefined : Math.max(0, Math.floor((now - status.lastSyncedAt) / 60_000));
  const parts =
    membership.role === 'organiser'
      ? [t('event.line.organiser', { event: membership.eventId, count: status.folded })]
      : [
          status.backlog > 0
            ? t('event.line.waiting', { event: membership.eventId, count: status.backlog })
            : t('event.line.synced', { event: membership.eventId }),
        ];
  if (minutes !== undefined) parts.push(t('event.line.lastSynced', { minutes }));
  if (!status.connected) parts.push(t('event.line.offline'));
  else if (status.problem) parts.push(t('event.line.refused'));
  return (
    <p className={status.connected && !status.problem ? 'event-line' : 'event-line offline'} role="status">
      {parts.join(' · ')}
    </p>
  );
}
