import { describe, expect, it } from 'vitest';
import { sessionIdFrom } from '../../../src/main/core/sessions/adopt';
import { recordFromRemote } from '../../../src/main/core/sessions/records';
import { GetSessionResponse, type RemoteSession } from '../../../src/shared/ozura/responses';
import { SessionRecord } from '../../../src/shared/session-record';

const context = {
  environment: { kind: 'ozura' as const, label: 'Ozura', baseUrl: 'https://checkout.ozura.com' },
  merchantName: 'Corner Cafe',
  nowMs: Date.parse('2026-11-23T12:00:00.000Z'),
};

/** What the API sent, parsed as the client parses it. */
const remote = (session: Record<string, unknown>): RemoteSession =>
  GetSessionResponse.parse({ success: true, data: { session } }).data.session;

describe('a session found by id becomes a history record', () => {
  it('reads a paid cart spawned by a payment link, with its reference and link', () => {
    const record = recordFromRemote(
      'session_abc',
      remote({
        status: 'completed',
        currency: 'EUR',
        items: [
          { productId: 'tote', name: 'Tote bag', price: 12, quantity: 2 },
          { name: 'Pin', price: '2.50' },
        ],
        amount: '26.50',
        metadata: { reference: 'Gate A', paymentLinkId: 'pl_0123', linkTitle: 'Merch table' },
        createdAt: '2026-11-23T09:15:00.000Z',
        expiresAt: '2026-11-23T09:45:00.000Z',
        transactionId: '2611230000001AAAA',
        cardBrand: 'VISA',
        cardLastFour: '4242',
      }),
      context,
    );
    expect(SessionRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      id: 'session_abc',
      checkoutUrl: 'https://checkout.ozura.com/checkout/session_abc',
      kind: 'cart',
      amountMinor: 2650,
      currency: 'EUR',
      reference: 'Gate A',
      paymentLinkId: 'pl_0123',
      status: 'completed',
      createdAt: '2026-11-23T09:15:00.000Z',
      payment: { paidMinor: 2650, transactionId: '2611230000001AAAA', cardLastFour: '4242' },
      merchantName: 'Corner Cafe',
      environmentKind: 'ozura',
    });
    expect(record.input).toEqual({
      kind: 'cart',
      currency: 'EUR',
      items: [
        { productId: 'tote', name: 'Tote bag', price: '12', quantity: 2 },
        { productId: 'item-2', name: 'Pin', price: '2.50', quantity: 1 },
      ],
    });
  });

  it('needs only the documented status: the rest falls back to what is safe', () => {
    const record = recordFromRemote('session_min', remote({ status: 'pending' }), context);
    expect(SessionRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({ kind: 'amount', amountMinor: 0, currency: 'USD', status: 'pending' });
    expect(record.createdAt).toBe('2026-11-23T12:00:00.000Z');
    expect(record.expiresAt).toBe(record.createdAt);
    expect(record.paymentLinkId).toBeUndefined();
  });

  it('keeps a donation a donation, and refuses a currency it cannot count in', () => {
    expect(recordFromRemote('s', remote({ status: 'pending', checkoutMode: 'donation' }), context).kind).toBe(
      'donation',
    );
    expect(() => recordFromRemote('s', remote({ status: 'pending', currency: 'XYZ' }), context)).toThrow(
      'Session s is in a currency Linkdesk does not know (XYZ).',
    );
  });

  it('does not accept cart lines it could not add up', () => {
    expect(() => remote({ status: 'pending', items: [{ name: 'Half', price: 1, quantity: 1.5 }] })).toThrow();
  });
});

describe('the session id in what staff paste', () => {
  it.each([
    ['session_abc123', 'session_abc123'],
    ['  session_abc123 ', 'session_abc123'],
    ['https://checkout.ozura.com/checkout/session_abc123', 'session_abc123'],
    ['https://shop.example/thanks?success=true&sessionId=session_abc123&amount=5.00', 'session_abc123'],
    ['http://127.0.0.1:4000/__sandbox/return/success?sessionId=session_x1', 'session_x1'],
  ])('%s → %s', (text, id) => {
    expect(sessionIdFrom(text)).toBe(id);
  });

  it.each(['', 'not a session!', 'https://shop.example/thanks', 'javascript:alert(1)', 'a'.repeat(201)])(
    'finds none in %j',
    (text) => {
      expect(sessionIdFrom(text)).toBeUndefined();
    },
  );
});
