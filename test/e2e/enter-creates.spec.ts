import { cartWithCatalogue } from './harness/catalogue';
import { expect, test } from './harness/fixtures';
import { sharedCheckoutUrl } from './harness/sale';

// #18, defect 1: the hint says Enter creates the checkout; after tapping a product or a
// stepper, focus sits on that button and Enter used to press it again instead.
test('Enter creates the checkout right after tapping a product or a stepper, without adding another', async ({
  app,
}) => {
  const { page } = app;
  await cartWithCatalogue(app, { 'Flat white': '3.20', Croissant: '2.10' });
  await page.getByRole('button', { name: 'Add Flat white' }).click();
  await page.getByRole('button', { name: 'One more Flat white' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Items' }).getByRole('listitem')).toHaveText(['2 × Flat white']);
  await sharedCheckoutUrl(page);
  await page.getByRole('button', { name: 'New sale' }).last().click();

  await page.getByRole('radio', { name: 'Cart' }).click();
  await page.getByRole('button', { name: 'Add Flat white' }).click();
  await page.getByRole('button', { name: 'Add Croissant' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Items' }).getByRole('listitem')).toHaveText([
    '1 × Flat white',
    '1 × Croissant',
  ]);
});
