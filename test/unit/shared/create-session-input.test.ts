import { describe, expect, it } from 'vitest';
import { CreateSessionInput } from '../../../src/shared/create-session-input';
import { fieldErrors, fieldTexts, issueOf, MAX_ECHOED_INPUT_CHARS } from '../../../src/shared/field-errors';
import { translator } from '../../../src/shared/i18n/translator';

const valid = { kind: 'amount', amount: '12.50', currency: 'USD' };

function problems(input: unknown): Record<string, string> {
  const result = CreateSessionInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error, translator('en'));
}

describe('CreateSessionInput', () => {
  it('accepts an amount with a known currency, a reference and a request id', () => {
    const parsed = CreateSessionInput.parse({ ...valid, reference: ' table 4 ', requestId: crypto.randomUUID() });
    expect(parsed.reference).toBe('table 4');
    expect(CreateSessionInput.safeParse({ ...valid, amount: '2500', currency: 'JPY' }).success).toBe(true);
  });

  it.each([
    ['missing amount', { kind: 'amount', currency: 'USD' }, 'amount', 'Must be text'],
    ['empty amount', { ...valid, amount: '' }, 'amount', 'Enter an amount'],
    ['"abc"', { ...valid, amount: 'abc' }, 'amount', 'Amount must be a number such as 12.50'],
    ['negative', { ...valid, amount: '-5' }, 'amount', 'Amount must be greater than zero'],
    ['zero', { ...valid, amount: '0.00' }, 'amount', 'Amount must be greater than zero'],
    ['three decimals', { ...valid, amount: '1.234' }, 'amount', 'USD amounts have at most 2 decimal places'],
    ['decimals in yen', { ...valid, amount: '10.5', currency: 'JPY' }, 'amount', 'JPY amounts have no decimal places'],
    ['over the cap', { ...valid, amount: '1000000000' }, 'amount', 'Amount must be at most 999,999,999.99'],
    ['a number, not text', { ...valid, amount: 12.5 }, 'amount', 'Must be text'],
    ['unknown currency', { ...valid, currency: 'XYZ' }, 'currency', 'Unknown currency code XYZ'],
    ['lower-case currency', { ...valid, currency: 'usd' }, 'currency', 'A 3-letter currency code such as USD'],
    ['an extra field', { ...valid, apiKey: 'x' }, 'apiKey', 'Unexpected field'],
    ['a long reference', { ...valid, reference: 'r'.repeat(101) }, 'reference', 'At most 100 characters'],
    ['a bad request id', { ...valid, requestId: 'not-a-uuid' }, 'requestId', 'Must be a UUID'],
  ])('rejects %s, naming the field', (_name, input, field, message) => {
    expect(problems(input)).toMatchObject({ [field]: message });
  });

  it('rejects what is not an object at all', () => {
    expect(CreateSessionInput.safeParse('12.50').success).toBe(false);
    expect(CreateSessionInput.safeParse(null).success).toBe(false);
  });
});

const item = { productId: 'tea', name: 'Green tea', price: '3.50', quantity: 2 };
const cart = { kind: 'cart', currency: 'USD', items: [item] };

describe('CreateSessionInput for carts and donations', () => {
  it('accepts a cart with every optional item field, and a donation with or without an amount', () => {
    const full = {
      ...item,
      imageUrl: 'https://cdn.example/tea.png',
      description: 'Sencha',
      variant: 'Large',
      brand: 'Leaf & Co',
      category: 'Drinks',
      originalPrice: '4.00',
      discountLabel: 'SALE',
      taxExempt: true,
    };
    expect(CreateSessionInput.safeParse({ ...cart, items: [full, { ...item, price: '0' }] }).success).toBe(true);
    expect(CreateSessionInput.safeParse({ kind: 'donation', currency: 'EUR' }).success).toBe(true);
    expect(CreateSessionInput.safeParse({ kind: 'donation', currency: 'EUR', amount: '20' }).success).toBe(true);
  });

  it.each([
    ['no items', { ...cart, items: [] }, 'items', 'Add at least one item'],
    [
      '101 items',
      { ...cart, items: Array.from({ length: 101 }, () => item) },
      'items',
      'A cart holds at most 100 items',
    ],
    ['a negative price', { ...cart, items: [{ ...item, price: '-1' }] }, 'items.0.price', 'Price cannot be negative'],
    [
      'a 3-decimal price',
      { ...cart, items: [{ ...item, price: '1.999' }] },
      'items.0.price',
      'USD prices have at most 2 decimal places',
    ],
    ['quantity 0', { ...cart, items: [{ ...item, quantity: 0 }] }, 'items.0.quantity', 'At least 1'],
    ['quantity 10,001', { ...cart, items: [{ ...item, quantity: 10_001 }] }, 'items.0.quantity', 'At most 10,000'],
    [
      'a fractional quantity',
      { ...cart, items: [{ ...item, quantity: 1.5 }] },
      'items.0.quantity',
      'Must be a whole number',
    ],
    [
      'a long product id',
      { ...cart, items: [{ ...item, productId: 'p'.repeat(101) }] },
      'items.0.productId',
      'At most 100 characters',
    ],
    ['a long name', { ...cart, items: [{ ...item, name: 'n'.repeat(201) }] }, 'items.0.name', 'At most 200 characters'],
    [
      'a long description',
      { ...cart, items: [{ ...item, description: 'd'.repeat(501) }] },
      'items.0.description',
      'At most 500 characters',
    ],
    [
      'a relative image URL',
      { ...cart, items: [{ ...item, imageUrl: '/tea.png' }] },
      'items.0.imageUrl',
      'Must be an absolute address starting with https://',
    ],
    [
      'a cart over the cap',
      { ...cart, items: [{ ...item, price: '999999999.99', quantity: 2 }] },
      'items',
      'The cart total must be at most 999,999,999.99',
    ],
    ['an amount on a cart', { ...cart, amount: '5' }, 'amount', 'Unexpected field'],
    [
      'a donation of zero',
      { kind: 'donation', currency: 'USD', amount: '0' },
      'amount',
      'Amount must be greater than zero',
    ],
    [
      'a surcharge over 3%',
      { kind: 'amount', currency: 'USD', amount: '5', options: { surchargePercent: '3.5' } },
      'options.surchargePercent',
      'A percentage from 0 to 3.00',
    ],
    [
      'a relative success URL',
      { kind: 'amount', currency: 'USD', amount: '5', options: { successUrl: '/ok' } },
      'options.successUrl',
      'Must be an absolute address starting with https://',
    ],
    [
      'long staff initials',
      { kind: 'amount', currency: 'USD', amount: '5', staffInitials: 'ABCDEFGHI' },
      'staffInitials',
      'At most 8 characters',
    ],
    ['an unknown kind', { kind: 'subscription', currency: 'USD' }, 'kind', 'Choose an amount, a cart or a donation'],
  ])('rejects %s, naming the field', (_name, input, field, message) => {
    expect(problems(input)).toMatchObject({ [field]: message });
  });
});

describe('a refused value said back in a message', () => {
  it(`is cut to MAX_ECHOED_INPUT_CHARS (${MAX_ECHOED_INPUT_CHARS})`, () => {
    const long = 'Q'.repeat(500);
    const issue = {
      ...issueOf(['currency'], { key: 'field.currencyCode' }),
      input: long,
      message: 'field.currencyCode',
    };
    const texts = fieldTexts({ issues: [issue as never] });
    expect(texts.currency?.values?.input).toBe('Q'.repeat(MAX_ECHOED_INPUT_CHARS));
  });
});
