// History at 100,000 sessions: cold open of the store, a search keystroke in main's index, the
// p99 of a status-update write, and, in the harness, the history list's first paint and a
// search keystroke to updated results on screen. Bounded; loopback only.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HistoryStore } from '../src/main/core/history/history-store';
import { bundlePageBridge } from '../test/e2e/harness/bundle-bridge';
import { chromiumLaunchOptions } from '../test/e2e/harness/chromium';
import { launch } from '../test/e2e/harness/launch';
import { serveRenderer } from '../test/e2e/harness/static-server';
import { percentile, recordResults } from './results';
import { seedHistory } from './seed-history';

const COUNT = 100_000;
const dir = await mkdtemp(join(tmpdir(), 'linkdesk-history-bench-'));
await seedHistory(dir, COUNT);

// Cold open, three times (the first includes the file coming into the OS cache).
const opens: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const store = await HistoryStore.open(dir);
  opens.push(performance.now() - started);
  if (store.size !== COUNT) throw new Error(`expected ${COUNT} sessions, got ${store.size}`);
  await store.close();
}

const store = await HistoryStore.open(dir);
// A clerk typing "order 4242" into the search box, one keystroke at a time.
const keystrokes: number[] = [];
for (let round = 0; round < 3; round++) {
  const text = 'order 4242';
  for (let n = 1; n <= text.length; n++) {
    const started = performance.now();
    store.index.run({ sort: 'newest', search: text.slice(0, n) });
    keystrokes.push(performance.now() - started);
  }
}
// Status changes written one after another (each flushed to disk before it counts).
const updates: number[] = [];
const all = store.list();
for (let i = 0; i < 1000; i++) {
  const record = all[i];
  if (!record) break;
  const started = performance.now();
  await store.update(record.id, {
    status: record.status === 'completed' ? 'completed' : 'expired',
    errorCode: `BENCH_${i}`,
  });
  updates.push(performance.now() - started);
}
await store.close();
keystrokes.sort((a, b) => a - b);
updates.sort((a, b) => a - b);

// The same history in the harness: open the History screen, then type a search.
const server = await serveRenderer(resolve('out/renderer'));
const browser = await chromium.launch(chromiumLaunchOptions);
let firstPaint: number;
let screenSearch: number;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = await launch({
    context,
    page: await context.newPage(),
    dataDir: dir,
    rendererUrl: server.url,
    bridgeScript: await bundlePageBridge(),
    errors: [],
  });
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.locator('.history-filters select').first().waitFor();
  // First paint: choosing "All time" until the first rows of 100,000 are on screen.
  firstPaint = await page.evaluate<number>(`new Promise((done, fail) => {
    const when = document.querySelector('.history-filters select');
    const started = performance.now();
    const check = () => {
      if (document.querySelector('.history-row:not(.placeholder)')) done(performance.now() - started);
      else if (performance.now() - started > 10000) fail(new Error('no rows after 10 s'));
      else requestAnimationFrame(check);
    };
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    setter.call(when, 'all');
    when.dispatchEvent(new Event('change', { bubbles: true }));
    requestAnimationFrame(check);
  })`);
  await page.getByText(`${COUNT} session(s)`).waitFor();
  const samples: number[] = [];
  for (const text of ['o', 'or', 'ord', 'orde', 'order', 'order ', 'order 4', 'order 42', 'order 424', 'order 4242']) {
    samples.push(
      await page.evaluate<number>(`new Promise((done) => {
        const input = document.querySelector('input[type=search][placeholder^="Reference"]');
        const list = document.querySelector('.history-list');
        const before = list.dataset.version;
        const started = performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, ${JSON.stringify(text)});
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // The list's data-version moves when its new rows have rendered.
        const check = () => (list.dataset.version !== before || performance.now() - started > 2000) ? done(performance.now() - started) : requestAnimationFrame(check);
        requestAnimationFrame(check);
      })`),
    );
  }
  samples.sort((a, b) => a - b);
  screenSearch = percentile(samples, 50);
  await app.main.stop();
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const figures = {
  historyOpen100kMs: Math.round(Math.min(...opens.slice(1))),
  historyOpen100kFirstMs: Math.round(opens[0] ?? Number.NaN),
  historySearch100kMs: Number(percentile(keystrokes, 95).toFixed(1)),
  historySearchOnScreen100kMs: Number(screenSearch.toFixed(1)),
  historyUpdateP99Ms: Number(percentile(updates, 99).toFixed(2)),
  historyFirstPaint100kMs: Math.round(firstPaint),
};
console.log(`history with ${COUNT} sessions (opens: ${opens.map((o) => Math.round(o)).join(', ')} ms)`);
console.table(figures);
await recordResults(figures);
