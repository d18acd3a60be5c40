import { mkdir } from 'node:fs/promises';
import { openCheckout, payWithCard } from './harness/customer';
import { openFirstHistoryRow } from './harness/sale';
import { expect, test } from './harness/fixtures';

// `npm run screenshots`: pictures of each screen for a person to look at. Not part of `npm test`.
const sizes = [
  { name: '800x600', width: 800, height: 600 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`screens in ${scheme} at ${size.name} @screenshots`, async ({ app, context }) => {
      const { page } = app;
      const dir = `screenshots/${scheme}-${size.name}`;
      await mkdir(dir, { recursive: true });
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await page.screenshot({ path: `${dir}/1-builder.png` });
      await page.getByRole('radio', { name: 'Donation' }).click();
      await page.screenshot({ path: `${dir}/1b-builder-donation.png`, fullPage: true });
      await page.getByRole('radio', { name: 'Cart' }).click();
      await page.getByRole('button', { name: '+ Add an item' }).click();
      await page.getByLabel('Name').fill('Green tea');
      await page.getByLabel('Price', { exact: true }).fill('3.50');
      await page.screenshot({ path: `${dir}/1c-builder-cart-editing.png`, fullPage: true });
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: '+ Add an item' }).click();
      await page.getByLabel('Name').fill('Lemon cake with a rather long name for a slice');
      await page.getByLabel('Price', { exact: true }).fill('4.25');
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'One more Green tea' }).click();
      await page.screenshot({ path: `${dir}/1d-builder-cart.png`, fullPage: true });
      await page.getByRole('radio', { name: 'Amount' }).click();
      await page.getByLabel('Amount').fill('12.5');
      await page.getByLabel('Amount').press('Enter');
      await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
      await page.screenshot({ path: `${dir}/2-share.png` });
      const url = (await page.locator('.link-text').textContent()) ?? '';
      const phone = await openCheckout(context, url);
      await phone.emulateMedia({ colorScheme: scheme });
      await phone.screenshot({ path: `${dir}/3-hosted-checkout.png`, fullPage: true });
      await payWithCard(phone, { number: '4242424242424242' });
      await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();
      await page.screenshot({ path: `${dir}/4-paid.png` });
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await openFirstHistoryRow(page);
      await page.screenshot({ path: `${dir}/4b-history.png`, fullPage: true });
      await page.getByRole('button', { name: 'New sale', exact: true }).click();
      await page.getByRole('button', { name: 'New sale' }).last().click();
      await page.getByLabel('Amount').fill('5');
      await page.getByText('Make a reusable payment link instead').click();
      await page.screenshot({ path: `${dir}/4c-link-card.png`, fullPage: true });
      await page.getByLabel('Title (on the poster)').fill('Entrance poster');
      await page.getByLabel('Usage limit (payments)').fill('200');
      await page.getByRole('button', { name: 'Create payment link' }).click();
      await expect(page.getByRole('img', { name: /QR code of the payment link/ })).toBeVisible();
      await page.screenshot({ path: `${dir}/4d-links.png`, fullPage: true });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.screenshot({ path: `${dir}/5-settings.png`, fullPage: true });
      await page.getByRole('button', { name: '+ Add profile' }).click();
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.screenshot({ path: `${dir}/6-settings-new-profile-errors.png`, fullPage: true });
      // Sign-in on: the staff list, then the lock screen with a name chosen.
      const save = (input: unknown) => app.main.dispatch('staff:save', input, app.rendererUrl);
      await save({ name: 'Mina Patel', initials: 'MP', role: 'manager', secret: '2468' });
      await save({ name: 'Cal Reyes', initials: 'CR', role: 'clerk', secret: '1357' });
      await page.getByRole('heading', { name: 'Staff', exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${dir}/7-settings-staff.png` });
      await page.getByRole('button', { name: /Lock/ }).click();
      await page.getByRole('button', { name: /Cal Reyes/ }).click();
      await page.screenshot({ path: `${dir}/8-sign-in.png` });
    });
  }
}
