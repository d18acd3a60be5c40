import { cartWithCatalogue } from './harness/catalogue';
import { expect, test } from './harness/fixtures';

// #18, defect 3: one click beside "Add" deleted a product for good.
test('deleting a catalogue product can be undone for a few seconds, then it is gone for good', async ({ app }) => {
  const { page } = app;
  await cartWithCatalogue(app, { 'Flat white': '3.20', Croissant: '2.10' });

  await page.getByRole('button', { name: 'Edit products' }).click();
  await page.getByRole('button', { name: 'Delete Croissant from the catalogue' }).click();
  await expect(page.getByRole('button', { name: 'Delete Croissant from the catalogue' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Croissant deleted' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('button', { name: 'Add Croissant' })).toBeVisible();
  // Still there once the undo time is over, and after leaving the screen.
  await page.waitForTimeout(6000);
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'New sale', exact: true }).click();
  await page.getByRole('radio', { name: 'Cart' }).click();
  await expect(page.getByRole('button', { name: 'Add Croissant' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit products' }).click();
  await page.getByRole('button', { name: 'Delete Croissant from the catalogue' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden({ timeout: 10_000 });
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'New sale', exact: true }).click();
  await page.getByRole('radio', { name: 'Cart' }).click();
  await expect(page.getByRole('button', { name: 'Add Flat white' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add Croissant' })).toHaveCount(0);
});
