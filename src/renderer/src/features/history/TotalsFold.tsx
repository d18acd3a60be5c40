import { useState } from 'react';
import type { HistoryFilter, HistoryTotals } from '../../../../shared/history-query';
import { ProductTotalsTable } from './ProductTotalsTable';
import { useWords } from '../../lib/i18n';
import { collectedMinor, TotalsPanel } from './TotalsPanel';

const OPEN_KEY = 'linkdesk.history-totals-open';

/**
 * The totals folded to one line (what was collected, how many sessions) so the list has the
 * room; open on a click. Open or folded is remembered in this window (a flag, nothing else).
 */
export function TotalsFold({
  totals,
  filter,
}: {
  totals: HistoryTotals;
  /** The period and filters the totals are of (per product is asked for with the same). */
  filter: Omit<HistoryFilter, 'search'>;
}): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === 'yes');
  const sessions = Object.values(totals.counts).reduce((sum, n) => sum + n, 0);
  const collected = totals.byCurrency.map((c) => words.money(collectedMinor(c), c.currency)).join(' · ');
  return (
    <details
      className="totals-fold"
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        setOpen(now);
        localStorage.setItem(OPEN_KEY, now ? 'yes' : 'no');
      }}
    >
      <summary>{collected ? t('totals.fold', { sessions, collected }) : t('totals.foldNothing', { sessions })}</summary>
      {open && (
        <>
          <TotalsPanel totals={totals} />
          <ProductTotalsTable filter={filter} totals={totals} />
        </>
      )}
    </details>
  );
}
