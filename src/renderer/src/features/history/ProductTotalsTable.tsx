import { useEffect, useState } from 'react';
import {
  MAX_PRODUCT_TOTALS_SESSIONS,
  type HistoryFilter,
  type HistoryTotals,
  type ProductTotals,
} from '../../../../shared/history-query';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { ColumnHeads } from '../../components/ColumnHeads';
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
    <table className="items-table per-product">
      <caption>{t('totals.perProduct')}</caption>
      <ColumnHeads keys={COLUMNS} />
      <tbody>
        {found.products.map((p) => (
          <tr key={`${p.currency}-${p.name}`}>
            <th scope="row">{p.name}</th>
            <td className="mono">{words.number(p.quantity)}</td>
            <td className="mono">{words.money(p.amountMinor, p.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
