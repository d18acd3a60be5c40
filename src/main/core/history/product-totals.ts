import { MAX_PRODUCT_TOTALS_SESSIONS, type HistoryFilter, type ProductTotals } from '../../../shared/history-query';
import { minorUnits } from '../../../shared/money';
import { itemLinesOf } from '../../../shared/record-text';
import type { SessionRecord } from '../../../shared/session-record';
import type { IndexResult } from './history-index';

/** The filter narrowed to paid carts (empty when the filter excludes carts or paid ones). */
export function paidCartsOf<F extends HistoryFilter>(filter: F): F | undefined {
  const kinds = filter.kinds?.length ? filter.kinds.filter((k) => k === 'cart') : ['cart' as const];
  const statuses = filter.statuses?.length ? filter.statuses.filter((s) => s === 'completed') : ['completed' as const];
  return kinds.length && statuses.length ? { ...filter, kinds, statuses } : undefined;
}

/** Quantity and amount per product (name and currency) over the found paid carts, largest first. */
export function productTotals(
  found: Pick<IndexResult, 'count' | 'page'> | undefined,
  cap = MAX_PRODUCT_TOTALS_SESSIONS,
): ProductTotals {
  if (!found) return { tooMany: false, products: [] };
  if (found.count > cap) return { tooMany: true, products: [] };
  const sums = new Map<string, ProductTotals['products'][number]>();
  for (const record of found.page(0, found.count)) add(sums, record);
  const products = [...sums.values()].sort((a, b) => b.amountMinor - a.amountMinor || a.name.localeCompare(b.name));
  return { tooMany: false, products };
}

function add(sums: Map<string, ProductTotals['products'][number]>, record: SessionRecord): void {
  for (const item of itemLinesOf(record)) {
    const unit = item.price === undefined ? undefined : minorUnits(item.price, record.currency);
    const key = `${record.currency}\u0000${item.name}`;
    const sum = sums.get(key) ?? { name: item.name, currency: record.currency, quantity: 0, amountMinor: 0 };
    sum.quantity += item.quantity;
    sum.amountMinor += (unit ?? 0) * item.quantity;
    sums.set(key, sum);
  }
}
