import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STATION_QUIET_AFTER_MS } from '../../src/main/core/event/stations-heard';
import { cuttableLink } from '../support/cuttable-link';
import { startHub } from '../support/nats-server';
import { joinEvent } from './harness/event';
import { expect, test, type Harness } from './harness/fixtures';
import { launch } from './harness/launch';
import { customerPays, historyRows, sharedCheckoutUrl } from './harness/sale';

// #21, the organiser: two stations and the organiser, each a Linkdesk of its own, in one
// Chromium over a real nats-server. Customers pay at both; the organiser's Event screen follows
// without a click; a station whose link drops shows as offline, keeps selling, and catches up.

const ORGANISER = { user: 'organiser', password: 'pw-organiser' };

async function sell(page: Page, amount: string): Promise<void> {
  await page.bringToFront();
  await page.getByRole('button', { name: 'New sale' }).last().click();
  await page.getByLabel('Amount').fill(amount);
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
}

test('the organiser sees both stations live, a station cut off shows offline and catches up', async ({
  app,
  context,
  rendererServer,
  bridgeScript,
}, testInfo) => {
  test.setTimeout(120_000);
  const hub = await startHub({
    eventId: 'fest',
    stations: ['bar', 'gate'].map((name) => ({ name, password: `pw-${name}` })),
    organiser: ORGANISER,
  });
  const gateLink = await cuttableLink(Number(new URL(hub.url).port));
  const stations: { app: Harness; dataDir: string }[] = [];
  const errors: string[] = [];
  const station = async (name: string, hubUrl: string): Promise<Page> => {
    const dataDir = await mkdtemp(join(tmpdir(), `linkdesk-e2e-${name}-`));
    const started = await launch({
      context,
      page: await context.newPage(),
      dataDir,
      rendererUrl: rendererServer.url,
      bridgeScript,
      errors,
    });
    stations.push({ app: started, dataDir });
    await joinEvent(started.page, { hubUrl, station: name, user: name, password: `pw-${name}` });
    return started.page;
  };
  try {
    const board = app.page;
    await joinEvent(board, { hubUrl: hub.url, ...ORGANISER });
    const bar = await station('bar', hub.url);
    const gate = await station('gate', `nats://127.0.0.1:${gateLink.port}`);

    await sell(bar, '7.25');
    await customerPays(bar, context);
    await sell(gate, '3.00');
    await customerPays(gate, context);

    // The organiser's first screen is the Event screen; it follows by itself.
    await board.bringToFront();
    await board.getByRole('button', { name: 'Event', exact: true }).click();
    const stationsTable = board.getByRole('table', { name: 'Stations' });
    const row = (name: string) => stationsTable.getByRole('row').filter({ hasText: name });
    await expect(row('bar')).toContainText('Online');
    await expect(row('gate')).toContainText('Online');
    const collected = board.locator('.total-card').filter({ hasText: 'Collected · USD' });
    await expect(collected).toContainText('$10.25', { timeout: 15_000 });
    const perStation = (name: string) =>
      board.getByRole('table', { name: 'Taken per station' }).getByRole('row').filter({ hasText: name });
    await expect(perStation('bar')).toHaveText(/bar\s*\$7\.25\s*1/);
    await expect(perStation('gate')).toHaveText(/gate\s*\$3\.00\s*1/);
    await board.screenshot({ path: testInfo.outputPath('event-live.png'), fullPage: true });

    // The gate's network drops: it keeps selling; the organiser sees it go quiet.
    await gateLink.cut();
    await sell(gate, '5.00');
    await customerPays(gate, context);
    await sell(gate, '2.50');
    await customerPays(gate, context);
    await expect(gate.getByRole('status').filter({ hasText: 'Event fest' })).toContainText('4 records waiting to sync'); // each sale: made, then paid;
    await board.bringToFront();
    app.clock.advance(STATION_QUIET_AFTER_MS); // three heartbeats missed, without waiting 45 s
    await expect(row('gate')).toContainText('Offline since');
    await expect(row('bar')).toContainText('Online', { timeout: 20_000 }); // bar's next heartbeat
    await expect(collected).toContainText('$10.25');
    await board.screenshot({ path: testInfo.outputPath('event-gate-offline.png'), fullPage: true });

    // The link comes back: the gate drains in order, the organiser's totals catch up.
    await gateLink.restore();
    await expect(row('gate')).toContainText('Online', { timeout: 20_000 });
    await expect(collected).toContainText('$17.75', { timeout: 20_000 });
    await expect(perStation('gate')).toHaveText(/gate\s*\$10\.50\s*3/);
    const cells = row('gate').getByRole('cell'); // link, sessions, newest, waiting, clock
    await expect(cells.nth(1)).toHaveText('3');
    await expect(cells.nth(3)).toHaveText('0');

    // History holds every station's sessions, filtered by station.
    await board.getByRole('button', { name: 'Search every station’s sessions' }).click();
    await board.getByLabel('When').selectOption('all');
    await expect(historyRows(board)).toHaveCount(4);
    await board.getByLabel('Station', { exact: true }).selectOption('gate');
    await expect(historyRows(board)).toHaveCount(3);
    await expect(historyRows(board).first()).toContainText('gate');
    await board.screenshot({ path: testInfo.outputPath('event-history.png') });
  } finally {
    for (const { app: started, dataDir } of stations) {
      await started.main.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    await gateLink.close();
    await hub.stop();
  }
  expect(errors, 'the stations’ renderers logged errors').toEqual([]);
});
