import type { BrowserContext, Page } from '@playwright/test';
import { OzuraSandbox } from '../../src/main/sandbox/sandbox';
import { openCheckout, payWithCard } from './harness/customer';
import { openFirstHistoryRow, historyRows } from './harness/sale';
import { expect, test } from './harness/fixtures';

// A second sandbox plays a staging host with its own merchant and keys.
const STAGING = {
  merchantId: 'ozu_staging',
  apiKey: 'vault_STAGING_secret_7431',
  merchantKey: 'merchant_STAGING_secret_9902',
};

async function sellAndPay(page: Page, amount: string, context: BrowserContext): Promise<string> {
  await page.getByRole('button', { name: 'New sale' }).click();
  await page.getByLabel('Amount').fill(amount);
  await page.getByLabel('Amount').press('Enter');
  await expect(page.getByRole('img', { name: /QR code to pay/ })).toBeVisible();
  const url = (await page.locator('.link-text').textContent()) ?? '';
  const phone = await openCheckout(context, url);
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();
  await phone.close();
  await page.getByRole('button', { name: 'New sale' }).last().click();
  return url;
}

test('setting up a custom environment with its own keys, selling on it, and going back to the sandbox never shows the keys to the renderer', async ({
  app,
  context,
}) => {
  const staging = new OzuraSandbox({ accounts: [STAGING] });
  const { baseUrl: stagingUrl } = await staging.start();
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: '+ Add profile' }).click();
    await page.getByLabel('Profile name').fill('Staging stall');
    await page.getByLabel('Custom host').check();
    await page.getByLabel('Base URL').fill(stagingUrl);
    await page.getByLabel('Merchant ID').fill(STAGING.merchantId);
    await page.getByLabel('Merchant name').fill('Staging Stall');
    await page.getByLabel('Success URL').fill(`${stagingUrl}/__sandbox/return/success`);
    await page.getByLabel('Cancel URL').fill(`${stagingUrl}/__sandbox/return/cancel`);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible();

    // Keys: a wrong pair is refused by the host, the right pair accepted.
    await page.getByLabel('Vault API key (X-API-KEY)').fill('vault_wrong_key_0000');
    await page.getByLabel('Merchant API key (X-OZURA-API-KEY)').fill('merchant_wrong_key_0000');
    await page.getByRole('button', { name: 'Save keys' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText('Keys rejected (401)')).toBeVisible();
    await page.getByLabel('Vault API key (X-API-KEY)').fill(STAGING.apiKey);
    await page.getByLabel('Merchant API key (X-OZURA-API-KEY)').fill(STAGING.merchantKey);
    await page.getByRole('button', { name: 'Save keys' }).click();
    await expect(page.getByText('Keys saved: Vault ••••7431 · merchant ••••9902')).toBeVisible();
    await expect(page.getByLabel('Vault API key (X-API-KEY)')).toHaveValue('');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText(/Keys accepted by 127\.0\.0\.1/)).toBeVisible();

    // Switch to it in one click; every screen shows it is live, not test mode.
    await page.getByLabel('Active profile').selectOption({ label: 'Staging stall' });
    await expect(page.getByText(/^Live · 127\.0\.0\.1:\d+$/)).toBeVisible();
    const stagingSale = await sellAndPay(page, '7.25', context);
    expect(stagingSale.startsWith(`${stagingUrl}/checkout/`)).toBe(true);
    expect([...staging.state.sessions.values()].map((s) => s.request.merchantId)).toEqual(['ozu_staging']);

    // And back to the sandbox.
    await page.getByLabel('Active profile').selectOption({ label: 'Built-in sandbox' });
    await expect(page.getByText('Test mode · Built-in sandbox')).toBeVisible();
    const sandboxSale = await sellAndPay(page, '3.10', context);
    expect(sandboxSale.startsWith(`${app.main.sandbox?.baseUrl ?? 'missing'}/checkout/`)).toBe(true);

    // The history shows both sales, each from its own environment.
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const rows = historyRows(page);
    await expect(rows).toHaveCount(2);
    await openFirstHistoryRow(page);
    await page.getByRole('button', { name: 'Verify now' }).click();
    await expect(page.getByText('Checked with the API: Paid')).toBeVisible();
    await page.getByLabel('Search').fill('7.25');
    await openFirstHistoryRow(page);
    await page.getByRole('button', { name: 'Verify now' }).click();
    await expect(page.getByRole('region', { name: 'Session details' }).getByText(/^127\.0\.0\.1:\d+$/)).toBeVisible();
    await expect(page.getByText('Checked with the API: Paid')).toBeVisible();

    // Nothing that crossed to the renderer, and nothing it stored, holds a key.
    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookies: document.cookie,
      databases: JSON.stringify(await indexedDB.databases()),
    }));
    const seen = JSON.stringify(app.toRenderer) + JSON.stringify(stored);
    expect(app.toRenderer.length).toBeGreaterThan(20);
    for (const secret of [
      STAGING.apiKey,
      STAGING.merchantKey,
      'vault_sandbox_key',
      'merchant_sandbox_key',
      'vault_wrong_key_0000',
    ]) {
      expect(seen).not.toContain(secret);
    }
  } finally {
    await staging.stop();
  }
});

test('a profile without keys cannot sell, and says where to add them', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: '+ Add profile' }).click();
  await page.getByLabel('Profile name').fill('Market stall');
  await page.getByLabel('Merchant ID').fill('ozu_market');
  await page.getByLabel('Merchant name').fill('Market Stall');
  await page.getByLabel('Success URL').fill('ftp://nope');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Must be an absolute address starting with https://')).toBeVisible();
  await page.getByLabel('Success URL').fill('https://market.example/thanks');
  await page.getByLabel('Cancel URL').fill('https://market.example/');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible();
  await page.getByLabel('Active profile').selectOption({ label: 'Market stall' });
  await page.getByRole('button', { name: 'New sale' }).click();
  await expect(
    page.getByText('Add the two API keys for “Market stall” in Settings before creating sessions.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Create/ })).toBeDisabled();
});

test('the theme preference changes the look at once, and "Follow the system" follows it', async ({ app }) => {
  const { page } = app;
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.getByLabel('Theme').selectOption('high-contrast');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await page.getByLabel('Theme').selectOption('system');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
});
