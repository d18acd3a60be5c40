import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EventOrganiser } from '../../src/main/core/event/organiser';
import { HistoryStore } from '../../src/main/core/history/history-store';
import { silentLogger } from '../../src/main/core/ports';
import { startHub } from '../support/nats-server';
import { customerPays, sharedCheckoutUrl, sessionIdOf } from './harness/sale';
import { expect, test } from './harness/fixtures';
import { joinEvent } from './harness/event';

// #21, a station: Settings → Event joins the organiser's hub (a real nats-server); the line
// under the header says whether the sales reach it, and they do, through a hub that goes away.

const ORGANISER = { user: 'organiser', password: 'pw-organiser' };

const joinAsStation = (page: Page, hubUrl: string) =>
  joinEvent(page, { hubUrl, station: 'bar', user: 'bar', password: 'pw-bar' });

test('a station joins an event, its paid sale reaches the organiser, and the line says how sync goes', async ({
  app,
  context,
}, testInfo) => {
  const { page } = app;
  const hub = await startHub({
    eventId: 'fest',
    stations: [{ name: 'bar', password: 'pw-bar' }],
    organiser: ORGANISER,
  });
  const board = await HistoryStore.open(testInfo.outputPath('organiser'));
  const organiser = new EventOrganiser({
    history: board,
    hub: { url: hub.url, credentials: ORGANISER },
    eventId: 'fest',
    logger: silentLogger,
  });
  try {
    await organiser.start();
    await joinAsStation(page, hub.url);
    const form = page.getByRole('form', { name: 'Event' });
    await form.getByRole('button', { name: 'Test event connection' }).click();
    await expect(
      form.getByText('The hub answered, took the credentials, and event fest is set up.', { exact: false }),
    ).toBeVisible();
    await expect(form.getByLabel('Hub password')).toHaveValue('');

    await page.getByRole('button', { name: 'New sale' }).click();
    await page.getByLabel('Amount').fill('7.25');
    await page.keyboard.press('Enter');
    const id = sessionIdOf(await sharedCheckoutUrl(page));
    await customerPays(page, context);
    const line = page.getByRole('status').filter({ hasText: 'Event fest' });
    await expect(line).toContainText('Event fest: all sales synced');
    await expect.poll(() => board.get(id)?.status).toBe('completed');
    expect(board.get(id)).toMatchObject({ station: 'bar', amountMinor: 725 });
    await page.screenshot({ path: testInfo.outputPath('synced.png') });

    // The hub goes away: selling goes on, the line counts what waits, and it drains on return.
    await hub.kill();
    await page.getByRole('button', { name: 'New sale' }).last().click();
    await page.getByLabel('Amount').fill('3.00');
    await page.keyboard.press('Enter');
    await sharedCheckoutUrl(page);
    await expect(line).toContainText('1 record waiting to sync');
    await expect(line).toContainText('the hub is not reachable; selling goes on');
    await page.screenshot({ path: testInfo.outputPath('waiting.png') });
    await hub.restart();
    await expect(line).toContainText('all sales synced', { timeout: 15_000 });
  } finally {
    await organiser.stop().catch(() => undefined);
    await board.close();
    await hub.stop();
  }
});

test('an organiser sets the event up from Settings and sees the stations’ sessions counted', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const form = page.getByRole('form', { name: 'Event' });
  await form.getByLabel('Part in the event').selectOption('organiser');
  await form.getByLabel('Event id').fill('fest');
  await form.getByLabel('Stations (names, separated by commas)').fill('bar, gate');
  const file = testInfo.outputPath('fest-hub.conf');
  app.dialogs.savePaths.push(file);
  await form.getByRole('button', { name: 'Set up event' }).click();
  await expect(
    form.getByText(`Saved ${file}. Start the hub with nats-server -c ${file}`, { exact: false }),
  ).toBeVisible();
  const config = await readFile(file, 'utf8');
  expect(config).toContain('user: "bar"');
  expect(config).toContain('user: "gate"');
  await expect(page.getByRole('status').filter({ hasText: 'Event fest' })).toContainText(
    'Event fest: 0 sessions from the stations',
  );
});
