import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportHistoryCsv } from '../../../src/main/core/history/history-export';
import { DENSE_HOURLY_CELLS } from '../../../src/main/core/history/history-index';
import { HISTORY_FILE, HistoryStore } from '../../../src/main/core/history/history-store';
import type { SessionRecord } from '../../../src/shared/session-record';
import { translator } from '../../../src/shared/i18n/translator';
import { sessionRecord } from '../../support/records';
import { openHistory, tempDir } from '../helpers/main';

const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`;

async function storeWith(records: SessionRecord[]): Promise<HistoryStore> {
  const store = await openHistory();
  for (const record of records) await store.append(record);
  return store;
}

const noExtras = { tipsMinor: 0, surchargesMinor: 0 };

const mixed = [
  sessionRecord('session_a', {
    createdAt: at('09:05'),
    amountMinor: 1250,
    status: 'completed',
    reference: 'Table 4',
    payment: { paidMinor: 1250, transactionId: '2611230000001AAAA' },
  }),
  sessionRecord('session_b', { createdAt: at('09:40'), amountMinor: 500, status: 'failed', errorCode: 'SYSTEM_ERROR' }),
  sessionRecord('session_c', {
    createdAt: at('10:15'),
    kind: 'donation',
    amountMinor: 1000,
    status: 'completed',
    payment: { paidMinor: 1550 },
  }),
  sessionRecord('session_d', {
    createdAt: at('10:20'),
    amountMinor: 2000,
    currency: 'EUR',
    status: 'completed',
    payment: { paidMinor: 2000 },
  }),
  sessionRecord('session_e', {
    createdAt: at('10:50'),
    amountMinor: 799,
    status: 'pending',
    paymentLinkId: 'pl_0a1b2c',
  }),
  sessionRecord('session_f', {
    createdAt: at('11:00'),
    kind: 'cart',
    amountMinor: 333,
    status: 'completed',
    reference: '=cmd|calc',
    payment: { paidMinor: 333 },
  }),
];

describe('HistoryIndex', () => {
  it('filters by status, kind and time, newest first', async () => {
    const store = await storeWith(mixed);
    const ids = (filter: Parameters<typeof store.index.run>[0]) => store.index.run(filter).rows.map((r) => r.id);
    expect(ids({ sort: 'newest' })).toEqual([
      'session_f',
      'session_e',
      'session_d',
      'session_c',
      'session_b',
      'session_a',
    ]);
    expect(ids({ sort: 'oldest', statuses: ['completed'] })).toEqual([
      'session_a',
      'session_c',
      'session_d',
      'session_f',
    ]);
    expect(ids({ sort: 'newest', kinds: ['donation', 'cart'] })).toEqual(['session_f', 'session_c']);
    expect(ids({ sort: 'newest', from: at('10:00'), to: at('10:30') })).toEqual(['session_d', 'session_c']);
  });

  it('searches reference, session id, transaction id, payment link id and amount, and sorts by amount', async () => {
    const store = await storeWith(mixed);
    const ids = (search: string) => store.index.run({ sort: 'newest', search }).rows.map((r) => r.id);
    expect(ids('table')).toEqual(['session_a']);
    expect(ids('SESSION_B')).toEqual(['session_b']);
    expect(ids('0001aaaa')).toEqual(['session_a']);
    expect(ids('15.5')).toEqual(['session_c']);
    expect(ids('7.99')).toEqual(['session_e']);
    expect(ids('pl_0a1b')).toEqual(['session_e']);
    expect(store.index.run({ sort: 'amount-desc' }).rows.map((r) => r.id)).toEqual([
      'session_d',
      'session_c',
      'session_a',
      'session_e',
      'session_b',
      'session_f',
    ]);
  });

  it('totals to the cent: completed only, per currency, donations apart, counts per status, takings per hour', async () => {
    const store = await storeWith(mixed);
    const { totals } = store.index.run({ sort: 'newest' });
    expect(totals.byCurrency).toEqual([
      { currency: 'EUR', salesMinor: 2000, salesCount: 1, donationsMinor: 0, donationsCount: 0, ...noExtras },
      { currency: 'USD', salesMinor: 1583, salesCount: 2, donationsMinor: 1550, donationsCount: 1, ...noExtras },
    ]);
    expect(totals.counts).toEqual({ pending: 1, completed: 4, failed: 1, cancelled: 0, expired: 0 });
    expect(totals.hourly).toEqual([
      { hour: at('09:00'), currency: 'USD', amountMinor: 1250 },
      { hour: at('10:00'), currency: 'EUR', amountMinor: 2000 },
      { hour: at('10:00'), currency: 'USD', amountMinor: 1550 },
      { hour: at('11:00'), currency: 'USD', amountMinor: 333 },
    ]);
  });

  it('keeps tips and card surcharges apart from sales, and a donor’s own amount is no surcharge', async () => {
    const surcharged = {
      kind: 'amount' as const,
      currency: 'USD',
      amount: '20.00',
      options: { surchargePercent: '3' },
    };
    const store = await storeWith([
      // $10 + 15 % tip = $11.50 asked and paid.
      sessionRecord('session_tip', {
        amountMinor: 1150,
        tipMinor: 150,
        status: 'completed',
        payment: { paidMinor: 1150 },
      }),
      // $20 + 3 % surcharge = $20.60 paid.
      sessionRecord('session_sur', {
        amountMinor: 2000,
        input: surcharged,
        status: 'completed',
        payment: { paidMinor: 2060 },
      }),
      // A pending tip counts nowhere yet.
      sessionRecord('session_wait', { amountMinor: 550, tipMinor: 50, status: 'pending' }),
      sessionRecord('session_don', {
        kind: 'donation',
        amountMinor: 0,
        status: 'completed',
        payment: { paidMinor: 700 },
      }),
    ]);
    expect(store.index.run({ sort: 'newest' }).totals.byCurrency).toEqual([
      {
        currency: 'USD',
        salesMinor: 1000 + 2000,
        salesCount: 2,
        tipsMinor: 150,
        surchargesMinor: 60,
        donationsMinor: 700,
        donationsCount: 1,
      },
    ]);
    const dir = await tempDir();
    const found = store.index.run({ sort: 'oldest' });
    await exportHistoryCsv(join(dir, 'tips.csv'), found);
    const cells = (await readFile(join(dir, 'tips.csv'), 'utf8'))
      .split('\r\n')
      .slice(1, 5)
      .map((line) => line.split(',').slice(5, 8));
    // charged, tip, surcharge
    expect(cells).toEqual([
      ['"11.50"', '"1.50"', '""'],
      ['"20.60"', '""', '"0.60"'],
      ['""', '"0.50"', '""'],
      ['"7.00"', '""', '""'],
    ]);
  });

  it('sums takings per hour the same when the hours span more than DENSE_HOURLY_CELLS (kept in a map)', async () => {
    const hours = DENSE_HOURLY_CELLS; // × two currencies: twice the cells a flat array may have
    const late = new Date(Date.parse('1990-01-01T10:00:00.000Z') + hours * 3_600_000).toISOString();
    const store = await storeWith([
      sessionRecord('session_old', { createdAt: '1990-01-01T10:15:00.000Z', status: 'completed', amountMinor: 100 }),
      sessionRecord('session_new', { createdAt: late, currency: 'EUR', status: 'completed', amountMinor: 200 }),
      sessionRecord('session_new2', { createdAt: late, currency: 'EUR', status: 'completed', amountMinor: 50 }),
    ]);
    expect(store.index.run({ sort: 'newest' }).totals.hourly).toEqual([
      { hour: '1990-01-01T10:00:00.000Z', currency: 'USD', amountMinor: 100 },
      { hour: late, currency: 'EUR', amountMinor: 250 },
    ]);
  });

  it('sees a status change at once', async () => {
    const store = await storeWith(mixed);
    expect(store.index.run({ sort: 'newest', statuses: ['pending'] }).rows).toHaveLength(1);
    await store.update('session_e', { status: 'completed', payment: { paidMinor: 799 } });
    expect(store.index.run({ sort: 'newest', statuses: ['pending'] }).rows).toHaveLength(0);
    expect(store.index.run({ sort: 'newest', search: '7.99' }).rows[0]?.status).toBe('completed');
  });
});

describe('exportHistoryCsv', () => {
  it('for a spreadsheet in German: headers in German, a decimal comma, and ";" between cells', async () => {
    const dir = await tempDir();
    const list = [mixed[0]] as SessionRecord[];
    const rows = { count: list.length, page: (offset: number, limit: number) => list.slice(offset, offset + limit) };
    const de = translator('de');
    await exportHistoryCsv(join(dir, 'de.csv'), rows, { localeFor: de });
    const [header, line] = (await readFile(join(dir, 'de.csv'), 'utf8')).split('\r\n');
    expect(header).toBe(EXPORT_COLUMNS.map((column) => `"${de.t(`csv.${column}`)}"`).join(';'));
    expect(header).toContain('"Betrag"');
    expect(line?.split(';').slice(4, 9)).toEqual(['"12,50"', '"12,50"', '""', '""', '"USD"']);
  });

  it('writes exactly the given rows as RFC 4180 CSV, neutralising formulas, with billing only when asked', async () => {
    const dir = await tempDir();
    const list = [mixed[5], mixed[0]] as SessionRecord[];
    const rows = { count: list.length, page: (offset: number, limit: number) => list.slice(offset, offset + limit) };
    const progress: number[] = [];
    await exportHistoryCsv(join(dir, 'out.csv'), rows, { onProgress: (written) => progress.push(written) });
    const lines = (await readFile(join(dir, 'out.csv'), 'utf8')).split('\r\n');
    const quoted = (...cells: string[]): string => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
    expect(lines).toEqual([
      quoted(...EXPORT_COLUMNS),
      quoted(
        at('11:00'),
        'session_f',
        'completed',
        'cart',
        '3.33',
        '3.33',
        '',
        '',
        'USD',
        "'=cmd|calc",
        '',
        '',
        '',
        '',
        '',
        '',
        'Built-in sandbox',
        'Sandbox Store',
        '', // this fixture cart keeps no item lines
      ),
      quoted(
        at('09:05'),
        'session_a',
        'completed',
        'amount',
        '12.50',
        '12.50',
        '',
        '',
        'USD',
        'Table 4',
        '',
        '',
        '2611230000001AAAA',
        '',
        '',
        '',
        'Built-in sandbox',
        'Sandbox Store',
        '', // an amount sale has no items
      ),
      '',
    ]);
    expect(progress).toEqual([2]);
    await exportHistoryCsv(join(dir, 'billing.csv'), rows, {
      billing: (r) =>
        Promise.resolve(r.id === 'session_a' ? { name: 'Ada, "the" Countess', email: '@ada' } : undefined),
    });
    const billing = (await readFile(join(dir, 'billing.csv'), 'utf8')).split('\r\n');
    expect(billing[0]?.endsWith(',"billingName","billingEmail"')).toBe(true);
    expect(billing[2]?.endsWith(`,"Ada, ""the"" Countess","'@ada"`)).toBe(true);
  });
});

describe('HistoryIndex search while typing', () => {
  it('finds, keystroke by keystroke, exactly the sessions whose text holds what is typed so far', async () => {
    // Enough rows, and words rare enough, that the last keystrokes narrow a few earlier matches.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), minLength: 8, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 640, maxLength: 700 }), fc.nat(), async (references, pick) => {
        const records = references.map((reference, n) =>
          sessionRecord(`session_${String(n).padStart(14, '0')}`, { reference, status: 'completed' }),
        );
        // Written as the log the app writes, then opened: 600 flushed appends per run would be slow.
        const dir = await tempDir();
        await writeFile(
          join(dir, HISTORY_FILE),
          records.map((record) => `${JSON.stringify({ op: 'put', record })}\n`).join(''),
        );
        const store = await HistoryStore.open(dir);
        const typed = references[pick % references.length] ?? 'a';
        for (let n = 1; n <= typed.length; n++) {
          const needle = typed.slice(0, n);
          const expected = records
            .filter((r) => (r.reference ?? '').includes(needle) || r.id.includes(needle))
            .map((r) => r.id)
            .reverse();
          const found = store.index.run({ sort: 'newest', search: needle }).rows.map((r) => r.id);
          expect(found).toEqual(expected);
        }
        await store.close();
      }),
      { numRuns: 15 },
    );
  });
});
