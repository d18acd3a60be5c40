import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STATION_CHARS, SessionRecord, SessionUpdate } from '../../../src/shared/session-record';
import { isSessionRecord, isSessionUpdate } from '../../../src/shared/session-record-guard';
import { sessionRecord } from '../../support/records';

// The fast check used when reading history must accept exactly what the zod schema accepts.

const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'x',
  'USDX',
  -1,
  1.5,
  0,
  12,
  true,
  {},
  [],
  '2026-11-23T10:00:00.000Z',
  '2026-11-23',
  'pending',
  'paid',
  'cart',
  'ozura',
  { status: 'completed', station: 'gate' },
  { status: 'paid', station: 'gate' },
  { status: 'failed' },
  'x'.repeat(MAX_STATION_CHARS + 1),
);

const fields = Object.keys(
  sessionRecord('x', {
    reference: 'r',
    statusCheckedAt: '2026-11-23T10:00:00.000Z',
    errorCode: 'E',
    payment: { paidMinor: 1 },
    paymentLinkId: 'pl_1',
    tipMinor: 150,
    station: 'Bar 2',
    conflict: { status: 'failed', station: 'gate' },
  }),
);

const mutatedRecord = fc
  .tuple(
    fc.constantFrom(...(['pending', 'completed', 'failed'] as const)),
    fc.array(
      fc.tuple(
        fc.constantFrom(
          ...fields,
          'input.kind',
          'input.currency',
          'payment.paidMinor',
          'payment.cardBrand',
          'conflict.station',
        ),
        odd,
      ),
      { maxLength: 3 },
    ),
  )
  .map(([status, changes]) => {
    const record: Record<string, unknown> = structuredClone(
      sessionRecord('session_a', {
        status,
        payment: { paidMinor: 5, cardBrand: 'VISA' },
        conflict: { status: 'completed', station: 'bar' },
      }),
    );
    for (const [path, value] of changes) {
      const [head, tail] = path.split('.') as [string, string | undefined];
      if (tail) {
        const inner = record[head];
        if (inner && typeof inner === 'object') (inner as Record<string, unknown>)[tail] = value;
      } else if (value === undefined) delete record[head];
      else record[head] = value;
    }
    return record;
  });

describe('history line guards', () => {
  it('accept a record exactly when the SessionRecord schema does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutatedRecord, odd), (value) => {
        const expected = SessionRecord.safeParse(value).success;
        if (expected) accepted += 1;
        expect(isSessionRecord(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('accept an update exactly when the SessionUpdate schema does', () => {
    const update = fc.record(
      {
        status: odd,
        statusCheckedAt: odd,
        errorCode: odd,
        payment: fc.oneof(odd, fc.record({ paidMinor: odd, transactionId: odd })),
        conflict: odd,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(update, odd), (value) => {
        expect(isSessionUpdate(value)).toBe(SessionUpdate.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
