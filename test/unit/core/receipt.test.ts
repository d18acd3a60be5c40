import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiptPage } from '../../../src/main/core/receipts/receipt-html';
import { receiptOf } from '../../../src/main/core/receipts/receipt';
import { translator } from '../../../src/shared/i18n/translator';
import { sessionRecord } from '../../support/records';

// A receipt's facts come from the record alone (#20): what was bought, and what was charged, apart.

const paidCart = sessionRecord('session_cart', {
  kind: 'cart',
  amountMinor: 1150 + 173,
  tipMinor: 173,
  status: 'completed',
  station: 'Bar 2',
  reference: 'Table 4',
  input: {
    kind: 'cart',
    currency: 'USD',
    staffInitials: 'AB',
    options: { surchargePercent: '3' },
    items: [
      { productId: 'fw', name: 'Flat white', price: '3.50', quantity: 2 },
      { productId: 'cr', name: 'Croissant', price: '4.50', quantity: 1 },
    ],
  },
  payment: { paidMinor: 1150 + 173 + 40, transactionId: 'T123', cardBrand: 'VISA', cardLastFour: '4242' },
});

describe('the receipt of a paid session', () => {
  it('lists the items, then subtotal, surcharge, tip and total charged, with card and ids', () => {
    const receipt = receiptOf(paidCart);
    expect(receipt).toMatchObject({
      merchant: 'Sandbox Store',
      station: 'Bar 2',
      staff: 'AB',
      reference: 'Table 4',
      lines: [
        { name: 'Flat white', quantity: 2, unitMinor: 350, totalMinor: 700 },
        { name: 'Croissant', quantity: 1, unitMinor: 450, totalMinor: 450 },
      ],
      subtotalMinor: 1150,
      surchargeMinor: 40,
      tipMinor: 173,
      totalMinor: 1363,
      cardBrand: 'VISA',
      cardLastFour: '4242',
      transactionId: 'T123',
      test: true,
    });
  });

  it('marks only sandbox sessions as a test, and leaves out what the API never reported', () => {
    const live = receiptOf(
      sessionRecord('session_live', { status: 'completed', environmentKind: 'ozura', environment: 'Ozura' }),
    );
    expect(live.test).toBe(false);
    expect(live).not.toHaveProperty('transactionId');
    expect(live).not.toHaveProperty('cardBrand');
    expect(live.lines).toEqual([{ quantity: 1, totalMinor: 1250 }]);
  });

  it('adds up for any sale, tip and surcharge, in whole minor units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 9_999_999 }),
        (sale, tip, surcharge) => {
          const record = sessionRecord('session_p', {
            amountMinor: sale + tip,
            ...(tip > 0 && { tipMinor: tip }),
            status: 'completed',
            input: { kind: 'amount', currency: 'USD', options: { surchargePercent: '2' } },
            payment: { paidMinor: sale + tip + surcharge },
          });
          const receipt = receiptOf(record);
          expect(receipt.subtotalMinor).toBe(sale);
          expect(receipt.subtotalMinor + receipt.tipMinor + receipt.surchargeMinor).toBe(receipt.totalMinor);
        },
      ),
    );
  });
});

describe('the receipt page', () => {
  const words = translator('en');

  it('says TEST across a sandbox receipt and never carries billing details', () => {
    const { html } = receiptPage(receiptOf(paidCart), 'a4', words);
    expect(html.match(/TEST — no money moved/g)?.length).toBe(3);
    expect(html).toContain('2 × Flat white');
    expect(html).toContain('Card surcharge');
    expect(html).not.toMatch(/Ada|@example|billing/i);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('is a sheet on A4 or Letter, and a strip of roll as long as its lines on 80 or 58 mm', () => {
    expect(receiptPage(receiptOf(paidCart), 'letter', words).page).toBe('letter');
    const wide = receiptPage(receiptOf(paidCart), 'roll-80', words).page;
    const narrow = receiptPage(receiptOf(paidCart), 'roll-58', words).page;
    expect(wide).toMatchObject({ widthMm: 80 });
    expect(narrow).toMatchObject({ widthMm: 58 });
    const long = receiptPage(
      receiptOf({
        ...paidCart,
        input: {
          ...paidCart.input,
          items: Array.from({ length: 30 }, (_, i) => ({ name: `Item ${i}`, price: '1.00', quantity: 1 })),
        },
      }),
      'roll-80',
      words,
    ).page;
    const height = (page: typeof wide): number => (typeof page === 'object' ? page.heightMm : 0);
    expect(height(narrow)).toBeGreaterThan(60);
    expect(height(long)).toBeGreaterThan(height(wide) + 28 * 4);
  });
});
