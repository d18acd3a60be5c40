import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface JoinAs {
  hubUrl: string;
  eventId?: string;
  /** A station's name on the hub; none for the organiser. */
  station?: string;
  user: string;
  password: string;
}

/** Settings → Event → Join the event, as a station or (without `station`) as the organiser. */
export async function joinEvent(
  page: Page,
  { hubUrl, eventId = 'fest', station, user, password }: JoinAs,
): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const form = page.getByRole('form', { name: 'Event' });
  if (!station) await form.getByLabel('Part in the event').selectOption('organiser');
  await form.getByLabel('Hub address').fill(hubUrl);
  await form.getByLabel('Event id').fill(eventId);
  if (station) await form.getByLabel('Station name on the hub').fill(station);
  await form.getByLabel('Hub user').fill(user);
  await form.getByLabel('Hub password').fill(password);
  await form.getByRole('button', { name: 'Join the event' }).click();
  await expect(form.getByText(`Joined event ${eventId} as ${station ?? user}.`)).toBeVisible();
}
