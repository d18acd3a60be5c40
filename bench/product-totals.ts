// History → Totals → Per product at its cap (#18): MAX_PRODUCT_TOTALS_SESSIONS paid carts of
// three items each, among 100,000 sessions. Per product reads those carts' full records from
// the log once (the columns hold no items), so the first ask after opening is the figure a
// manager waits for; the next ones (each sale made re-asks) add up remembered lines. One run; bench/repeat.ts takes the median of five.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paidCartsOf, ProductTotalsCounter } from '../src/main/core/history/product-totals';
import { HISTORY_FILE, HistoryStore } from '../src/main/core/history/history-store';
import { MAX_PRODUCT_TOTALS_SESSIONS } from '../src/shared/history-query';
import type { SessionRecord } from '../src/shared/session-record';
import { sessionRecord } from '../test/support/records';
import { percentile, recordResults } from './results';

const SESSIONS = 100_000;
const CARTS = MAX_PRODUCT_TOTALS_SESSIONS;
const WARM_ASKS = 10;
const MENU = ['Flat white', 'Croissant', 'Espresso', 'Lemon cake', 'Tea', 'Orange juice', 'Bagel', 'Muffin'];

/** The log of a busy season: every fifth session a paid cart of three items, the rest paid amounts. */
async function seed(dir: string): Promise<void> {
  const file = await open(join(dir, HISTORY_FILE), 'w');
  let lines: string[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const id = `session_${i.toString(36).padStart(14, '0')}`;
    const cart = i % (SESSIONS / CARTS) === 0;
    const items = [0, 1, 2].map((n) => ({
      productId: `p${(i + n) % MENU.length}`,
      name: MENU[(i + n) % MENU.length] ?? 'Tea',
      price: `${2 + n}.50`,
      quantity: 1 + ((i + n) % 3),
    }));
    const record: SessionRecord = sessionRecord(id, {
      kind: cart ? 'cart' : 'amount',
      status: 'completed',
      createdAt: new Date(Date.parse('2026-10-01T08:00:00Z') + i * 20_000).toISOString(),
      input: cart ? { kind: 'cart', currency: 'USD', items } : { kind: 'amount', amount: '4.50', currency: 'USD' },
    });
    lines.push(JSON.stringify({ op: 'put', record }));
    if (lines.length === 10_000) {
      await file.write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length) await file.write(`${lines.join('\n')}\n`);
  await file.close();
}

const dir = await mkdtemp(join(tmpdir(), 'linkdesk-bench-products-'));
try {
  await seed(dir);
  const store = await HistoryStore.open(dir);
  const carts = paidCartsOf({ sort: 'newest' as const });
  const counter = new ProductTotalsCounter();
  const ask = () => {
    const started = performance.now();
    const totals = counter.totals(carts && store.index.run(carts));
    return { ms: performance.now() - started, totals };
  };
  const first = ask();
  if (first.totals.tooMany || first.totals.products.length !== MENU.length) throw new Error('unexpected totals');
  const warm = Array.from({ length: WARM_ASKS }, () => ask().ms).sort((a, b) => a - b);
  await store.close();
  const figures = {
    productTotals20kFirstMs: Math.round(first.ms),
    productTotals20kMedianMs: Math.round(percentile(warm, 50)),
  };
  console.log(`Per product over ${CARTS} paid carts (3 items each) among ${SESSIONS} sessions`);
  console.table(figures);
  await recordResults(figures);
} finally {
  await rm(dir, { recursive: true, force: true });
}
