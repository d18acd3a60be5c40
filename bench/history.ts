// History at 100,000 sessions: the p99 of a status-update write and, in the harness, the history
// list's first paint, a search keystroke to updated results on screen, and the renderer's own
// share of that keystroke (all of it less the IPC calls' wait). Cold open, memory and
// search in main's index at 100,000 and 1,000,000 are bench/history-scale.ts. Bounded; loopback only.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HistoryStore } from '../src/main/core/history/history-store';
import { chromiumLaunchOptions } from '../test/e2e/harness/chromium';
import { serveRenderer } from '../test/e2e/harness/static-server';
import { openBenchApp } from './bench-app';
import { percentile, recordResults } from './results';
import { seedHistory } from './seed-history';

const COUNT = 100_000;
const dir = await mkdtemp(join(tmpdir(), 'linkdesk-history-bench-'));
await seedHistory(dir, COUNT);

const store = await HistoryStore.open(dir);
if (store.size !== COUNT) throw new Error(`expected ${COUNT} sessions, got ${store.size}`);
// Status changes written one after another (each flushed to disk before it counts).
const updates: number[] = [];
const all = store.index.run({ sort: 'newest' }).page(0, 1000);
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
updates.sort((a, b) => a - b);

// The same history in the harness: open the History screen, then type a search.
const server = await serveRenderer(resolve('out/renderer'));
const browser = await chromium.launch(chromiumLaunchOptions);
let firstPaint: number;
let screenSearch: number;
let rendererKeystroke: { p50: number; p95: number };
try {
  const { app } = await openBenchApp(browser, server.url, dir);
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
  // Count every IPC call's wait, so the renderer's own share of a keystroke can be told apart.
  await page.evaluate(`(() => {
    const invoke = window.__linkdeskInvoke;
    window.__benchIpcMs = 0;
    window.__linkdeskInvoke = async (...args) => {
      const started = performance.now();
      try { return await invoke(...args); } finally { window.__benchIpcMs += performance.now() - started; }
    };
  })()`);
  const onScreen: number[] = [];
  const rendererOnly: number[] = [];
  let query = '';
  for (let round = 0; round < 5; round++) {
    for (const text of [
      'o',
      'or',
      'ord',
      'orde',
      'order',
      'order ',
      'order 4',
      'order 42',
      'order 424',
      'order 4242',
      '',
    ]) {
      // A keystroke that leaves the query as it was (a trailing space is trimmed) re-renders
      // nothing: it is typed, but not timed.
      const changes = text.trim() !== query;
      query = text.trim();
      const sample = await page.evaluate<{ total: number; ipc: number }>(`new Promise((done, fail) => {
        const input = document.querySelector('input[type=search][placeholder^="Reference"]');
        const list = document.querySelector('.history-list');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        window.__benchIpcMs = 0;
        const started = performance.now();
        // React commits the list's new data-version once its new rows are in the DOM.
        const seen = new MutationObserver(() => {
          seen.disconnect();
          done({ total: performance.now() - started, ipc: window.__benchIpcMs });
        });
        if (${changes}) seen.observe(list, { attributes: true, attributeFilter: ['data-version'] });
        setter.call(input, ${JSON.stringify(text)});
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (!${changes}) done({ total: 0, ipc: 0 });
        setTimeout(() => fail(new Error('the list did not change within 5 s')), 5000);
      })`);
      if (!changes || round === 0) continue; // the first round warms the page up
      onScreen.push(sample.total);
      rendererOnly.push(sample.total - sample.ipc);
    }
  }
  onScreen.sort((a, b) => a - b);
  rendererOnly.sort((a, b) => a - b);
  screenSearch = percentile(onScreen, 50);
  rendererKeystroke = { p50: percentile(rendererOnly, 50), p95: percentile(rendererOnly, 95) };
  await app.main.stop();
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const figures = {
  historySearchOnScreen100kMs: Number(screenSearch.toFixed(1)),
  historyUpdateP99Ms: Number(percentile(updates, 99).toFixed(2)),
  historyFirstPaint100kMs: Math.round(firstPaint),
  rendererKeystrokeP50Ms: Number(rendererKeystroke.p50.toFixed(1)),
  rendererKeystrokeP95Ms: Number(rendererKeystroke.p95.toFixed(1)),
};
console.log(`history with ${COUNT} sessions`);
console.table(figures);
await recordResults(figures);
