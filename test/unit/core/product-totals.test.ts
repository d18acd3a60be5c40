import { describe, expect, it } from 'vitest';
import { paidCartsOf, productTotals } from '../../../src/main/core/history/product-totals';
import { MAX_PRODUCT_TOTALS_SESSIONS } from '../../../src/shared/history-query';
import { sessionRecord } from '../../support/records';

const cart = (id: string, currency: string, items: { name: string; price: string; quantity: number }[]) =>
  sessionRecord(id, {
    kind: 'cart',
    currency,
    status: 'completed',
    input: { kind: 'cart', currency, items: items.map((item, n) => ({ productId: `p${n}`, ...item })) },
  });

const found = (records: ReturnType<typeof cart>[], count = records.length) => ({
  count,
  page: (offset: number, limit: number) => records.slice(offset, offset + limit),
});

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
    const page = (): never => {
      throw new Error('read a record');
    };
    expect(productTotals({ count: MAX_PRODUCT_TOTALS_SESSIONS + 1, page })).toEqual({ tooMany: true, products: [] });
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
});
