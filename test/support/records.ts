import type { SessionRecord } from '../../src/shared/session-record';

/** A plausible history record for tests that need one without creating a session. */
export function sessionRecord(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    checkoutUrl: `http://127.0.0.1:1/checkout/${id}`,
    kind: 'amount',
    amountMinor: 1250,
    currency: 'USD',
    input: { kind: 'amount', amount: '12.50', currency: 'USD' },
    environment: 'Built-in sandbox',
    environmentKind: 'sandbox',
    apiBaseUrl: 'http://127.0.0.1:1',
    merchantName: 'Sandbox Store',
    createdAt: '2026-11-23T10:00:00.000Z',
    expiresAt: '2026-11-23T10:30:00.000Z',
    status: 'pending',
    ...overrides,
  };
}
