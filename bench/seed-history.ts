import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_FILE } from '../src/main/core/history/history-store';
import type { SessionRecord } from '../src/shared/session-record';

const STATUSES = ['completed', 'completed', 'completed', 'expired', 'cancelled', 'failed'] as const;

/** Lines per write: a million sessions' log is longer than V8's longest string. */
const LINES_PER_WRITE = 10_000;

/**
 * Writes `count` sessions of a busy few weeks into `dir`, in the history log's own line format.
 * Every fifth is logged as the app logs a live sale: created pending, then its outcome as a
 * status-change line; the rest as one line each, as compaction leaves them.
 */
export async function seedHistory(dir: string, count: number, base = 'http://127.0.0.1:9'): Promise<void> {
  const start = Date.parse('2026-10-01T08:00:00.000Z');
  const file = await open(join(dir, HISTORY_FILE), 'w');
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `session_${i.toString(36).padStart(14, '0')}`;
    const created = new Date(start + i * 20_000).toISOString();
    const status = STATUSES[i % STATUSES.length] ?? 'completed';
    const amountMinor = 100 + ((i * 37) % 9900);
    const record: SessionRecord = {
      id,
      checkoutUrl: `${base}/checkout/${id}`,
      kind: i % 10 === 0 ? 'donation' : i % 4 === 0 ? 'cart' : 'amount',
      amountMinor,
      currency: i % 20 === 0 ? 'EUR' : 'USD',
      reference: `order ${i}`,
      input: { kind: 'amount', amount: String(amountMinor / 100), currency: 'USD' },
      environment: 'Built-in sandbox',
      environmentKind: 'sandbox',
      apiBaseUrl: base,
      merchantName: 'Bench Store',
      createdAt: created,
      expiresAt: new Date(start + i * 20_000 + 30 * 60_000).toISOString(),
      status,
      ...(status === 'completed' && {
        payment: {
          paidMinor: amountMinor,
          transactionId: `2610${String(i).padStart(13, '0')}`,
          cardBrand: 'VISA',
          cardLastFour: '4242',
        },
      }),
    };
    if (i % 5 === 0) {
      const { payment, ...pending } = record;
      lines.push(JSON.stringify({ op: 'put', record: { ...pending, status: 'pending' } }));
      lines.push(JSON.stringify({ op: 'patch', id, update: { status, ...(payment && { payment }) } }));
    } else {
      lines.push(JSON.stringify({ op: 'put', record }));
    }
    if (lines.length >= LINES_PER_WRITE || i === count - 1) {
      await file.write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  await file.close();
}
