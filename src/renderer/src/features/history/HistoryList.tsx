import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SessionRecord } from '../../lib/api';
import { amountText } from '../../../../shared/record-text';
import { StatusBadge } from '../../components/StatusBadge';
import type { HistoryView } from './useHistory';
import { useFillToBottom } from '../../lib/useFillToBottom';

interface Props {
  view: HistoryView;
  selectedId: string | undefined;
  onSelect: (record: SessionRecord) => void;
  /** An organiser's history: each row says which station sold it (#21). */
  showStation?: boolean;
}

const KIND_LABEL = {
  amount: 'builder.mode.amount',
  cart: 'builder.mode.cart',
  donation: 'builder.mode.donation',
} as const satisfies Record<SessionRecord['kind'], MessageKey>;

/** One row's height in px (the stylesheet's `.history-row-slot` height): every row the same. */
const ROW_HEIGHT = 40;
/** The list never gets shorter than this many rows, however small the window. */
const MIN_LIST_HEIGHT = ROW_HEIGHT * 5;

/** Every matching session, however many: only the rows on screen are in the page. */
export function HistoryList({ view, selectedId, onSelect, showStation = false }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const parent = useRef<HTMLDivElement>(null);
  useFillToBottom(parent, MIN_LIST_HEIGHT);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual manages its own state
  const virtualizer = useVirtualizer({
    count: view.total,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  return (
    <div
      ref={parent}
      className="history-list"
      role="list"
      aria-label={t('history.sessions')}
      tabIndex={0}
      data-version={view.version}
    >
      <div style={{ height: virtualizer.getTotalSize() }} className="history-list-inner">
        {virtualizer.getVirtualItems().map((item) => {
          const record = view.row(item.index);
          return (
            <div
              key={item.key}
              role="listitem"
              className="history-row-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {record ? (
                <button
                  type="button"
                  className="history-row history-columns"
                  aria-current={record.id === selectedId || undefined}
                  onClick={() => onSelect(record)}
                >
                  <span className="row-time">{words.time(record.createdAt)}</span>
                  <span className="row-kind">{t(KIND_LABEL[record.kind])}</span>
                  <span className="row-amount mono">{amountText(record, words)}</span>
                  <StatusBadge status={record.status} />
                  <span className="row-ref">
                    {record.conflict && (
                      <span className="row-conflict" title={t('history.conflictShort')}>
                        <span aria-hidden="true">⚠</span> {t('history.conflictShort')}
                      </span>
                    )}
                    {showStation && record.station && <span className="row-station">{record.station}</span>}
                    {record.reference ?? ''}
                  </span>
                  <span className="row-staff">{staffInitials(record)}</span>
                  <span className="row-card mono">
                    {record.payment?.cardBrand
                      ? `${record.payment.cardBrand} ${record.payment.cardLastFour ?? ''}`
                      : ''}
                  </span>
                  <span className="row-txn mono">{record.payment?.transactionId ?? ''}</span>
                </button>
              ) : (
                <span className="history-row placeholder">{t('app.loading')}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The initials the sale carries (of the member signed in, or as typed), if any. */
function staffInitials(record: SessionRecord): string {
  const initials = record.input.staffInitials;
  return typeof initials === 'string' ? initials : '';
}
