import { useEffect, useState } from 'react';
import {
  MAX_PRODUCT_TOTALS_SESSIONS,
  type HistoryFilter,
  type HistoryTotals,
  type ProductTotals,
} from '../../../../shared/history-query';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { FiguresTable } from '../../components/FiguresTable';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';

const COLUMNS: readonly MessageKey[] = ['totals.product', 'totals.quantity', 'totals.amount'];

/**
 * Paid carts' items per product for the period and filters (#18). Fetched again whenever the
 * totals are (a sale, a change of period or filter), only while the totals are open.
 */
export function ProductTotalsTable({
  filter,
  totals,
}: {
  filter: Omit<HistoryFilter, 'search'>;
  totals: HistoryTotals;
}): React.JSX.Element | null {
  const words = useWords();
  const { t } = words;
  const [found, setFound] = useState<ProductTotals>();
  useEffect(() => {
    let live = true;
    void linkdesk.history.products(filter).then((result) => {
      if (live && result.ok) setFound(result.data);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `totals` is what says the numbers moved
  }, [totals]);
  if (!found) return null;
  if (found.tooMany) return <p className="hint">{t('totals.productsTooMany', { max: MAX_PRODUCT_TOTALS_SESSIONS })}</p>;
  if (found.products.length === 0) return null;
  return (
    <FiguresTable
      className="per-product"
      caption="totals.perProduct"
      columns={COLUMNS}
      rows={found.products.map((p) => ({
        key: `${p.currency}-${p.name}`,
        name: p.name,
        figures: [words.number(p.quantity), words.money(p.amountMinor, p.currency)],
      }))}
    />
  );
}
