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

/**
 * Carts whose lines are kept in memory between asks; past it they are all forgotten and read
 * again. Twice the most one ask adds up, so the same period asked again reads nothing.
 */
export const MAX_REMEMBERED_CARTS = 2 * MAX_PRODUCT_TOTALS_SESSIONS;

type ProductSum = ProductTotals['products'][number];
/** One cart line as a sum: what it adds to its product's quantity and amount. */
type LineSum = ProductSum & { key: string };

/**
 * Quantity and amount per product (name and currency) over the found paid carts, largest
 * first. A session's items never change, so each cart's lines are read from the log once and
 * remembered by row: with Per product open, every sale made re-asks, and at the cap reading
 * 20,000 records each time held main up for a fifth of a second (bench/product-totals.ts).
 */
export class ProductTotalsCounter {
  private readonly linesByRow = new Map<number, LineSum[]>();

  constructor(
    private readonly cap = MAX_PRODUCT_TOTALS_SESSIONS,
    private readonly remembered = MAX_REMEMBERED_CARTS,
  ) {}

  totals(found: Pick<IndexResult, 'count' | 'order' | 'recordAt'> | undefined): ProductTotals {
    if (!found) return { tooMany: false, products: [] };
    if (found.count > this.cap) return { tooMany: true, products: [] };
    const sums = new Map<string, ProductSum>();
    for (const row of found.order) {
      for (const line of this.linesAt(row, found.recordAt)) {
        const sum = sums.get(line.key) ?? { name: line.name, currency: line.currency, quantity: 0, amountMinor: 0 };
        sum.quantity += line.quantity;
        sum.amountMinor += line.amountMinor;
        sums.set(line.key, sum);
      }
    }
    const products = [...sums.values()].sort((a, b) => b.amountMinor - a.amountMinor || a.name.localeCompare(b.name));
    return { tooMany: false, products };
  }

  private linesAt(row: number, recordAt: (row: number) => SessionRecord): LineSum[] {
    const known = this.linesByRow.get(row);
    if (known) return known;
    if (this.linesByRow.size >= this.remembered) this.linesByRow.clear();
    const lines = linesOf(recordAt(row));
    this.linesByRow.set(row, lines);
    return lines;
  }
}

function linesOf(record: SessionRecord): LineSum[] {
  return itemLinesOf(record).map((item) => {
    const unit = item.price === undefined ? undefined : minorUnits(item.price, record.currency);
    return {
      key: `${record.currency}\u0000${item.name}`,
      name: item.name,
      currency: record.currency,
      quantity: item.quantity,
      amountMinor: (unit ?? 0) * item.quantity,
    };
  });
}
