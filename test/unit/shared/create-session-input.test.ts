import { describe, expect, it } from 'vitest';
import { CreateSessionInput } from '../../../src/shared/create-session-input';
import { fieldErrors } from '../../../src/shared/field-errors';

const valid = { kind: 'amount', amount: '12.50', currency: 'USD' };

function problems(input: unknown): Record<string, string> {
  const result = CreateSessionInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('CreateSessionInput', () => {
  it('accepts an amount with a known currency, a reference and a request id', () => {
    const parsed = CreateSessionInput.parse({ ...valid, reference: ' table 4 ', requestId: crypto.randomUUID() });
    expect(parsed.reference).toBe('table 4');
    expect(CreateSessionInput.safeParse({ ...valid, amount: '2500', currency: 'JPY' }).success).toBe(true);
  });

  it.each([
    ['missing amount', { kind: 'amount', currency: 'USD' }, 'amount', 'Amount must be text such as 12.50'],
    ['empty amount', { ...valid, amount: '' }, 'amount', 'Enter an amount'],
    ['"abc"', { ...valid, amount: 'abc' }, 'amount', 'Amount must be a number such as 12.50'],
    ['negative', { ...valid, amount: '-5' }, 'amount', 'Amount must be greater than zero'],
    ['zero', { ...valid, amount: '0.00' }, 'amount', 'Amount must be greater than zero'],
    ['three decimals', { ...valid, amount: '1.234' }, 'amount', 'USD amounts have at most 2 decimal places'],
    ['decimals in yen', { ...valid, amount: '10.5', currency: 'JPY' }, 'amount', 'JPY amounts have no decimal places'],
    ['over the cap', { ...valid, amount: '1000000000' }, 'amount', 'Amount must be at most 999,999,999.99'],
    ['a number, not text', { ...valid, amount: 12.5 }, 'amount', 'Amount must be text such as 12.50'],
    ['unknown currency', { ...valid, currency: 'XYZ' }, 'currency', 'Unknown currency code XYZ'],
    ['lower-case currency', { ...valid, currency: 'usd' }, 'currency', 'Currency must be a 3-letter code such as USD'],
    ['an extra field', { ...valid, apiKey: 'x' }, 'apiKey', 'Unexpected field'],
    [
      'a long reference',
      { ...valid, reference: 'r'.repeat(101) },
      'reference',
      'Reference must be at most 100 characters',
    ],
    ['a bad request id', { ...valid, requestId: 'not-a-uuid' }, 'requestId', 'requestId must be a UUID'],
  ])('rejects %s, naming the field', (_name, input, field, message) => {
    expect(problems(input)).toMatchObject({ [field]: message });
  });

  it('rejects what is not an object at all', () => {
    expect(CreateSessionInput.safeParse('12.50').success).toBe(false);
    expect(CreateSessionInput.safeParse(null).success).toBe(false);
  });
});
