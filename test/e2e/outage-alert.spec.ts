import { expect, test } from './harness/fixtures';

// #18: during an outage the counter is told once, by the banner that names who is not
// answering; no raw host anywhere; and when the API answers again nothing of the outage is left.

test('an outage is said once, with no raw host, and leaves nothing behind when the API answers again', async ({
  app,
  request,
}) => {
  const { page } = app;
  const base = app.main.sandbox?.baseUrl ?? '';
  await request.post(`${base}/__sandbox/faults`, { data: { resetNext: 1000 } });
  await page.getByLabel('Amount').fill('8.80');
  await page.keyboard.press('Enter');
  const banner = page.getByRole('alert').filter({ hasText: 'Creating sessions is paused' });
  await expect(banner).toBeVisible();
  // One alert, the banner: the builder does not repeat the outage in the network's words.
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('127.0.0.1');

  await request.delete(`${base}/__sandbox/faults`);
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create $8.80 checkout' })).toBeEnabled();
});
