import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PublishCursor } from '../../src/main/core/event/publish-cursor';
import { EventPublisher } from '../../src/main/core/event/publisher';
import { HistoryStore } from '../../src/main/core/history/history-store';
import { realTimers, silentLogger } from '../../src/main/core/ports';
import { startHub, type RunningHub } from '../support/nats-server';
import { sessionRecord } from '../support/records';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test, type Harness } from './harness/fixtures';
import { englishOnScreen, speak } from './harness/language';
import { historyRows } from './harness/sale';

// #21: the organiser's Event screen and its History, at 800×600 and 1280×800 in both themes,
// through axe, and in German. Two stations (Linkdesk's own publisher core) send a few sessions,
// one of them reported differently by each.

const ORGANISER = { user: 'organiser', password: 'pw-organiser' };

async function eventWithTwoStations(app: Harness, dir: string): Promise<() => Promise<void>> {
  const hub: RunningHub = await startHub({
    eventId: 'fest',
    stations: ['bar', 'gate'].map((name) => ({ name, password: `pw-${name}` })),
    organiser: ORGANISER,
  });
  const { activeProfileId } = (
    (await app.main.dispatch('settings:get', undefined, app.rendererUrl)) as {
      data: { activeProfileId: string };
    }
  ).data;
  await app.main.dispatch(
    'event:join',
    { profileId: activeProfileId, role: 'organiser', hubUrl: hub.url, eventId: 'fest', credentials: ORGANISER },
    app.rendererUrl,
  );
  const stops: (() => Promise<void>)[] = [];
  for (const [name, status] of [
    ['bar', 'completed'],
    ['gate', 'failed'],
  ] as const) {
    const history = await HistoryStore.open(join(dir, name));
    const paid = { status: 'completed' as const, payment: { paidMinor: 1250, transactionId: `txn-${name}` } };
    await history.append(sessionRecord(`session_${name}_1`, { ...paid, createdAt: new Date().toISOString() }));
    await history.append(sessionRecord(`session_${name}_2`, { createdAt: new Date().toISOString() }));
    // Both stations tell of one session, with different outcomes.
    await history.append(sessionRecord('session_both', { status, createdAt: new Date().toISOString() }));
    const publisher = new EventPublisher({
      history,
      cursor: await PublishCursor.open(join(dir, `${name}-cursor.json`), silentLogger),
      hub: { url: hub.url, credentials: { user: name, password: `pw-${name}` } },
      eventId: 'fest',
      station: name,
      since: '2000-01-01T00:00:00.000Z',
      version: '1.0.0',
      timers: realTimers,
      logger: silentLogger,
    });
    publisher.start();
    stops.push(async () => {
      await publisher.stop();
      await history.close();
    });
  }
  return async () => {
    for (const stop of stops) await stop();
    await hub.stop();
  };
}

async function eventScreenReady(page: Page): Promise<void> {
  const stations = page.getByRole('table', { name: 'Stations' });
  await expect(stations.getByRole('row').filter({ hasText: 'gate' })).toContainText('Online', { timeout: 15_000 });
  await expect(stations.getByRole('row').filter({ hasText: 'bar' })).toContainText('Online');
}

async function expectNothingCutOff(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  for (const table of await page.getByRole('table').all()) {
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width + 0.5);
  }
}

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the Event screen and an event's History fit, and pass axe, at ${size.width}×${size.height} (${scheme})`, async ({
      app,
    }, testInfo) => {
      const stop = await eventWithTwoStations(app, testInfo.outputPath('stations'));
      try {
        const { page } = app;
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByRole('button', { name: 'Event', exact: true }).click();
        await eventScreenReady(page);
        await expectNothingCutOff(page);
        await expectNoSeriousViolations(page, `Event screen (${scheme})`);
        await page.screenshot({ path: testInfo.outputPath('event.png'), fullPage: true });

        await page.getByRole('button', { name: 'History', exact: true }).click();
        await page.getByLabel('When').selectOption('all');
        const disputed = historyRows(page).filter({ hasText: 'Stations disagree' });
        await expect(disputed).toHaveCount(1);
        await disputed.getByRole('button').click();
        await expect(page.getByRole('region', { name: 'Session details' })).toContainText(
          /Stations disagree: (gate|bar) reported “(Failed|Paid)”/,
        );
        await expectNothingCutOff(page);
        await expectNoSeriousViolations(page, `an event's History (${scheme})`);
        await page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true });
      } finally {
        await stop();
      }
    });
  }
}

test('the Event screen speaks German', async ({ app }, testInfo) => {
  const stop = await eventWithTwoStations(app, testInfo.outputPath('stations'));
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Event', exact: true }).click();
    await eventScreenReady(page);
    const de = await speak(app, 'de');
    await expect(page.getByRole('table', { name: de.t('event.screen.stations') })).toBeVisible();
    expect(await englishOnScreen(page, 'de', ['Sandbox Store'])).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('event-de.png'), fullPage: true });
  } finally {
    await stop();
  }
});

test('"Hide history" hides what the event has taken, and "Show history" brings it back', async ({ app }, testInfo) => {
  const stop = await eventWithTwoStations(app, testInfo.outputPath('stations'));
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Event', exact: true }).click();
    await eventScreenReady(page);
    const takenPerStation = page.getByRole('table', { name: 'Taken per station' });
    await expect(takenPerStation).toBeVisible();
    await page.getByRole('button', { name: 'Hide history' }).click();
    await expect(page.getByRole('region', { name: 'History hidden' })).toBeVisible();
    await expect(takenPerStation).toHaveCount(0);
    await expect(page.getByText('12.50')).toHaveCount(0);
    // The stations' links stay in view: they tell nothing about customers or money.
    await expect(page.getByRole('table', { name: 'Stations' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('event-hidden.png'), fullPage: true });
    await page.getByRole('button', { name: 'Show history' }).click();
    await expect(takenPerStation).toBeVisible();
  } finally {
    await stop();
  }
});
