import { sayFields } from '../../../src/shared/field-errors';
import { translator } from '../../../src/shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import type { MerchantProfile } from '../../../src/main/core/ports';
import { buildCreateRequest, detailsToFields } from '../../../src/main/core/sessions/build-request';
import { totalMinor } from '../../../src/main/core/sessions/records';
import { CreateSessionInput } from '../../../src/shared/create-session-input';
import { CreateSessionSchema } from '../../../src/shared/ozura/create-session-schema';

const merchant: MerchantProfile = {
  merchantId: 'ozu_shop',
  merchantName: 'Corner Cafe',
  successUrl: 'https://cafe.example/thanks',
  cancelUrl: 'https://cafe.example/',
  errorUrl: 'https://checkout.ozura.com/error',
  defaultCurrency: 'USD',
  stationName: 'Till 2',
  appearance: { primaryColor: '#112233' },
};

describe('buildCreateRequest', () => {
  it('turns a cart into API items with exact prices, and metadata from the reference, staff and station', () => {
    const input = CreateSessionInput.parse({
      kind: 'cart',
      currency: 'USD',
      reference: 'Table 4',
      staffInitials: 'JD',
      items: [
        { productId: 'tea', name: 'Tea', price: '3.5', quantity: 2, originalPrice: '4.10' },
        { productId: 'cake', name: 'Cake', price: '0.29', quantity: 3 },
      ],
    });
    const request = buildCreateRequest(input, merchant, 'key-1');
    expect(request).toEqual({
      merchantId: 'ozu_shop',
      merchantName: 'Corner Cafe',
      currency: 'USD',
      items: [
        { productId: 'tea', name: 'Tea', price: 3.5, quantity: 2, originalPrice: 4.1 },
        { productId: 'cake', name: 'Cake', price: 0.29, quantity: 3 },
      ],
      successUrl: 'https://cafe.example/thanks',
      cancelUrl: 'https://cafe.example/',
      errorUrl: 'https://checkout.ozura.com/error',
      metadata: { reference: 'Table 4', staff: 'JD', station: 'Till 2' },
      appearance: { primaryColor: '#112233' },
      idempotencyKey: 'key-1',
    });
    expect(totalMinor(input)).toBe(787);
    expect(CreateSessionSchema.safeParse(request).success).toBe(true);
  });

  it('makes a donation with or without a suggested amount, and applies the per-session options', () => {
    const open = buildCreateRequest(CreateSessionInput.parse({ kind: 'donation', currency: 'JPY' }), merchant, 'k');
    expect(open).toMatchObject({ checkoutMode: 'donation', currency: 'JPY' });
    expect(open.amount).toBeUndefined();
    const suggested = buildCreateRequest(
      CreateSessionInput.parse({
        kind: 'donation',
        currency: 'USD',
        amount: '10',
        options: { successUrl: 'https://charity.example/thanks', surchargePercent: '2.5', taxExempt: true },
      }),
      merchant,
      'k',
    );
    expect(suggested).toMatchObject({
      amount: '10.00',
      successUrl: 'https://charity.example/thanks',
      surchargePercent: '2.5',
      taxExempt: true,
    });
  });
});

describe('detailsToFields', () => {
  it('puts API details beside the builder fields they name, and keeps the rest verbatim', () => {
    const { fields, unmapped } = detailsToFields([
      'amount must be greater than 0',
      'items[2].price must have at most 2 decimal places for USD',
      'successUrl must be an absolute http(s) URL',
      'metadata must be at most 10KB (10240 bytes as JSON)',
      'Something the app has never heard of',
    ]);
    // The API's own words, in whatever language the window shows.
    expect({ fields: sayFields(fields, translator('de')), unmapped }).toEqual({
      fields: {
        amount: 'amount must be greater than 0',
        'items.2.price': 'items[2].price must have at most 2 decimal places for USD',
        'options.successUrl': 'successUrl must be an absolute http(s) URL',
        reference: 'metadata must be at most 10KB (10240 bytes as JSON)',
      },
      unmapped: ['Something the app has never heard of'],
    });
  });
});
