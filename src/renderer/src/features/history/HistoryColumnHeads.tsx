import type { HistoryFilter } from '../../../../shared/history-query';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';

type Sort = HistoryFilter['sort'];

/** The columns that sort: each click on the active one reverses it. */
const SORTS = {
  time: { first: 'newest', then: 'oldest' },
  amount: { first: 'amount-desc', then: 'amount-asc' },
} as const satisfies Record<string, { first: Sort; then: Sort }>;

const ORDER_NAME: Record<Sort, MessageKey> = {
  newest: 'history.head.newest',
  oldest: 'history.head.oldest',
  'amount-desc': 'history.head.largest',
  'amount-asc': 'history.head.smallest',
};

/**
 * The list's column headers, on the same grid as its rows (the columns a narrow window drops go
 * from both). Time and Amount sort; the others label.
 */
export function HistoryColumnHeads({ sort, onSort }: { sort: Sort; onSort: (sort: Sort) => void }): React.JSX.Element {
  const { t } = useWords();
  const sortHead = (column: keyof typeof SORTS, label: string, className: string): React.JSX.Element => {
    const { first, then } = SORTS[column];
    const active = sort === first || sort === then;
    return (
      <button
        type="button"
        className={`column-head ${className}`}
        aria-label={active ? t(ORDER_NAME[sort]) : label}
        onClick={() => onSort(sort === first ? then : first)}
      >
        {label}
        {active && <span aria-hidden="true">{sort === first ? ' ▼' : ' ▲'}</span>}
      </button>
    );
  };
  return (
    <div className="history-heads history-columns" role="group" aria-label={t('history.columns')}>
      {sortHead('time', t('history.head.time'), 'row-time')}
      <span className="row-kind">{t('history.kind')}</span>
      {sortHead('amount', t('history.head.amount'), 'row-amount')}
      <span>{t('history.status')}</span>
      <span className="row-ref">{t('history.head.reference')}</span>
      <span className="row-staff">{t('history.head.staff')}</span>
      <span className="row-card">{t('history.head.card')}</span>
      <span className="row-txn">{t('history.head.transaction')}</span>
    </div>
  );
}
