import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_CARTS, paidCartsOf, ProductTotalsCounter } from '../../../src/main/core/history/product-totals';
import { MAX_PRODUCT_TOTALS_SESSIONS } from '../../../src/shared/history-query';
import { sessionRecord } from '../../support/records';

const cart = (id: string, currency: string, items: { name: string; price: string; quantity: number }[]) =>
  sessionRecord(id, {
    kind: 'cart',
    currency,
    status: 'completed',
    input: { kind: 'cart', currency, items: items.map((item, n) => ({ productId: `p${n}`, ...item })) },
  });

/** What the index finds: rows 0… of `records`, counting each record read. */
function found(records: ReturnType<typeof cart>[], count = records.length) {
  const read: number[] = [];
  return {
    count,
    order: Int32Array.from(records.keys()),
    recordAt: (row: number) => {
      read.push(row);
      return records[row] as ReturnType<typeof cart>;
    },
    read,
  };
}
const productTotals = (
  carts: ReturnType<typeof found> | undefined,
  cap?: number,
): ReturnType<ProductTotalsCounter['totals']> => new ProductTotalsCounter(cap).totals(carts);

describe('productTotals', () => {
  it('adds quantity and amount per product and currency, to the unit, largest first', () => {
    const totals = productTotals(
      found([
        cart('s1', 'USD', [
          { name: 'Tea', price: '3.35', quantity: 3 },
          { name: 'Cake', price: '4.25', quantity: 1 },
        ]),
        cart('s2', 'USD', [{ name: 'Tea', price: '3.35', quantity: 1 }]),
        cart('s3', 'JPY', [{ name: 'Tea', price: '450', quantity: 2 }]),
      ]),
    );
    expect(totals).toEqual({
      tooMany: false,
      products: [
        { name: 'Tea', currency: 'JPY', quantity: 2, amountMinor: 900 },
        { name: 'Tea', currency: 'USD', quantity: 4, amountMinor: 1340 },
        { name: 'Cake', currency: 'USD', quantity: 1, amountMinor: 425 },
      ].sort((a, b) => b.amountMinor - a.amountMinor),
    });
  });

  it(`declines more than MAX_PRODUCT_TOTALS_SESSIONS (${MAX_PRODUCT_TOTALS_SESSIONS}) paid carts without reading one`, () => {
    const tooMany = found([], MAX_PRODUCT_TOTALS_SESSIONS + 1);
    expect(productTotals(tooMany)).toEqual({ tooMany: true, products: [] });
    expect(tooMany.read).toEqual([]);
    expect(productTotals(found([cart('s1', 'USD', [{ name: 'Tea', price: '1.00', quantity: 1 }])]), 1).tooMany).toBe(
      false,
    );
  });

  it('looks only at paid carts, and at none when the filter leaves them out', () => {
    expect(paidCartsOf({ sort: 'newest' })).toEqual({ sort: 'newest', kinds: ['cart'], statuses: ['completed'] });
    expect(paidCartsOf({ sort: 'newest', kinds: ['amount'] })).toBeUndefined();
    expect(paidCartsOf({ sort: 'newest', statuses: ['pending', 'failed'] })).toBeUndefined();
    expect(productTotals(undefined)).toEqual({ tooMany: false, products: [] });
  });

  it(`reads each cart once and remembers its lines, up to MAX_REMEMBERED_CARTS (${MAX_REMEMBERED_CARTS})`, () => {
    const tea = (id: string) => cart(id, 'USD', [{ name: 'Tea', price: '2.00', quantity: 1 }]);
    const counter = new ProductTotalsCounter(10, 3);
    const three = found([tea('s1'), tea('s2'), tea('s3')]);
    expect(counter.totals(three).products).toEqual([{ name: 'Tea', currency: 'USD', quantity: 3, amountMinor: 600 }]);
    expect(counter.totals(three).products[0]?.quantity).toBe(3);
    expect(three.read).toEqual([0, 1, 2]); // the second ask read nothing
    const four = found([tea('s1'), tea('s2'), tea('s3'), tea('s4')]);
    expect(counter.totals(four).products[0]?.quantity).toBe(4);
    expect(four.read).toEqual([3]); // past the limit all are forgotten, then read again as asked
    counter.totals(four); // more carts than it may remember: read again, forgetting as it goes
    expect(four.read).toEqual([3, 0, 1, 2, 3]);
    expect(MAX_REMEMBERED_CARTS).toBe(2 * MAX_PRODUCT_TOTALS_SESSIONS);
  });
});
