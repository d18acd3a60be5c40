// The window while 1,000 sessions are pending and History is open on "All time" over 100,000
// sessions (harness: real renderer in Chromium, real bridge and core, the sandbox on loopback):
// the renderer's main-thread busy time per minute (Chromium's TaskDuration) and how many
// `sessions:changed` pushes reached it. Bounded: a warm-up, then MEASURE_MS.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../test/e2e/harness/chromium';
import { serveRenderer } from '../test/e2e/harness/static-server';
import { openBenchApp } from './bench-app';
import { recordResults } from './results';
import { seedHistory } from './seed-history';

const HISTORY = 100_000;
const PENDING = 1000;
const WARMUP_MS = 15_000;
const MEASURE_MS = Number(process.env.BENCH_PENDING_SECONDS ?? 60) * 1000;

const dir = await mkdtemp(join(tmpdir(), 'linkdesk-pending-bench-'));
await seedHistory(dir, HISTORY);
const server = await serveRenderer(resolve('out/renderer'));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const { context, app } = await openBenchApp(browser, server.url, dir);
  const { page } = app;
  // 1,000 sales made through the window's own bridge, as the builder makes them; all stay pending.
  const made = await page.evaluate<number>(`(async () => {
    let made = 0;
    for (let i = 0; i < ${PENDING}; i++) {
      const result = await window.linkdesk.sessions.create({ kind: 'amount', amount: '5.00', currency: 'USD' });
      if (result.ok) made++;
    }
    return made;
  })()`);
  if (made !== PENDING) throw new Error(`made ${made} of ${PENDING} sessions`);
  // As the share screen does when the clerk leaves it: no sale is on screen any more.
  await page.evaluate(`window.linkdesk.sessions.focus({ id: null })`);
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.locator('.history-filters select').first().selectOption('all');
  await page.getByText(`${HISTORY + PENDING} session(s)`).waitFor();
  await page.waitForTimeout(WARMUP_MS);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busySeconds = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
  };
  const pushesBefore = app.deliveredTo(page).filter((c) => c === 'sessions:changed').length;
  const before = await busySeconds();
  await page.waitForTimeout(MEASURE_MS);
  const busy = (await busySeconds()) - before;
  const pushes = app.deliveredTo(page).filter((c) => c === 'sessions:changed').length - pushesBefore;
  await app.main.stop();

  const perMinute = 60_000 / MEASURE_MS;
  const figures = {
    pendingRendererCpuMsPerMin: Math.round(busy * 1000 * perMinute),
    pendingPushesPerMin: Math.round(pushes * perMinute),
  };
  console.log(
    `${PENDING} pending, History on All time over ${HISTORY} sessions; measured ${MEASURE_MS / 1000} s after ${WARMUP_MS / 1000} s`,
  );
  console.table(figures);
  await recordResults(figures);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
