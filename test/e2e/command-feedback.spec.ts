import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { sharedCheckoutUrl } from './harness/sale';

async function sale(page: Page, amount: string): Promise<string> {
  await page.getByLabel('Amount').fill(amount);
  await page.keyboard.press('Enter');
  return sharedCheckoutUrl(page);
}

// #18, defect 4: the shortcut copied the link but said nothing, while the button says "Link copied".
test('copying the link from the menu or by shortcut says so, as the button does', async ({ app }) => {
  const { page } = app;
  const first = await sale(page, '4.60');
  await expect(page.getByText('Link copied')).toBeHidden();
  app.main.runCommand('copy-link'); // the application menu's item, as main sends it to the window
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(app.clipboard.at(-1)).toBe(first);

  await page.getByRole('button', { name: 'New sale' }).last().click();
  const second = await sale(page, '5.10');
  await expect(page.getByText('Link copied')).toBeHidden();
  await page.getByRole('heading', { level: 1 }).first().click(); // focus off any field
  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(app.clipboard.at(-1)).toBe(second);
});
