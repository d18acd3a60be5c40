import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_FILE } from '../src/main/core/history/history-store';
import type { SessionRecord } from '../src/shared/session-record';

const STATUSES = ['completed', 'completed', 'completed', 'expired', 'cancelled', 'failed'] as const;

/** Writes `count` sessions of a busy few weeks into `dir`, in the history log's own line format. */
export async function seedHistory(dir: string, count: number, base = 'http://127.0.0.1:9'): Promise<void> {
  const start = Date.parse('2026-10-01T08:00:00.000Z');
  const lines: string[] = [];
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
    lines.push(JSON.stringify({ op: 'put', record }));
  }
  await writeFile(join(dir, HISTORY_FILE), `${lines.join('\n')}\n`);
}
