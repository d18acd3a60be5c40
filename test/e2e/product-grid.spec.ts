import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test, type Harness } from './harness/fixtures';
import { sharedCheckoutUrl } from './harness/sale';
import { MAX_TILES_SHOWN } from '../../src/renderer/src/features/builder/product-grid';

// #18, cart mode: the catalogue as a product grid (tiles with price and colour, categories as
// tabs, favourites first, search), Create and the total always in view, and a short form for
// an item typed by hand.

const PRODUCTS = [
  'productId,name,price,category,colour,favourite',
  'cap,Cappuccino,3.40,Coffee,,',
  'esp,Espresso,2.20,Coffee,,',
  'fw,Flat white,3.20,Coffee,#2f7d4f,yes',
  'oat,Oat latte,3.80,Coffee,,',
  'cro,Croissant,2.10,Bakery,#c27c0e,yes',
  'pac,Pain au chocolat,2.40,Bakery,,',
  'lem,Lemon cake with a rather long name for a slice,3.90,Bakery,,',
  'oj,Orange juice,2.90,Cold drinks,,',
  'wat,Sparkling water,1.80,Cold drinks,,',
  'tote,Tote bag,12.00,Merch,,',
  'mug,Mug,9.00,Merch,,',
  'cap2,Cap,15.00,Merch,,',
];

async function importProducts(app: Harness): Promise<Page> {
  const file = join(app.dataDir, 'grid.csv');
  await writeFile(file, PRODUCTS.join('\n'));
  await app.page.getByRole('radio', { name: 'Cart' }).click();
  app.dialogs.openPaths.push(file);
  await app.page.getByRole('button', { name: 'Import CSV' }).click();
  await app.page.getByText(/Imported .*grid\.csv: 12 added/).waitFor();
  return app.page;
}

/** Every tile shows all of its name and price (none cut off by its row). */
async function expectNoTileClipped(page: Page): Promise<void> {
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.product-tile')]
      .filter((tile) => tile.scrollHeight > tile.clientHeight + 1)
      .map((tile) => tile.textContent),
  );
  expect(clipped).toEqual([]);
}

const tiles = (page: Page) => page.getByRole('region', { name: 'Catalogue' }).getByRole('button', { name: /^Add / });

test('every product is a tile with its price; favourites come first; categories are tabs; search narrows', async ({
  app,
}) => {
  const page = await importProducts(app);
  await expect(tiles(page)).toHaveCount(12);
  await expect(tiles(page).nth(0)).toHaveAccessibleName('Add Croissant $2.10');
  await expect(tiles(page).nth(1)).toHaveAccessibleName('Add Flat white $3.20');
  await expect(tiles(page).nth(1)).toContainText('$3.20');
  await expectNoTileClipped(page);
  // The product's own colour marks its tile.
  expect(
    await tiles(page)
      .nth(1)
      .evaluate((tile) => getComputedStyle(tile).borderLeftColor),
  ).toBe('rgb(47, 125, 79)');

  const tabs = page.getByRole('tablist', { name: 'Categories' }).getByRole('tab');
  await expect(tabs).toHaveText(['All', 'Bakery', 'Coffee', 'Cold drinks', 'Merch']);
  await expect(page.getByRole('tabpanel', { name: 'All' })).toBeVisible();
  await tabs.filter({ hasText: 'Merch' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Merch' })).toBeVisible();
  await expect(tiles(page)).toHaveText([/Cap\s*\$15\.00/, /Mug/, /Tote bag/]);
  // Arrow keys move between tabs, as in any tab strip.
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.filter({ hasText: 'Cold drinks' })).toHaveAttribute('aria-selected', 'true');
  await expect(tiles(page)).toHaveCount(2);

  await tabs.filter({ hasText: 'All' }).click();
  await page.getByLabel('Search products').fill('latte');
  await expect(tiles(page)).toHaveText([/Oat latte/]);
});

test('one tap or one key press adds one; a long cart keeps Create and its total in view at 800×600', async ({
  app,
}, testInfo) => {
  const page = await importProducts(app);
  await page.setViewportSize({ width: 800, height: 600 });
  await tiles(page).filter({ hasText: 'Espresso' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Quantity of Espresso' }).locator('output')).toHaveText('1');
  for (const tile of await tiles(page).all()) await tile.click();
  await expect(page.locator('.line-title')).toHaveCount(12);
  const create = page.getByRole('button', { name: 'Create $63.90 checkout' });
  // Scrolled to the very top and to the middle, Create stays on screen without scrolling to it.
  for (const y of [0, 400]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect(create).toBeInViewport({ ratio: 1 });
  }
  // Long names are not cut short where the row has room.
  const long = page.locator('.line-title').filter({ hasText: 'Lemon cake' });
  expect(await long.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.locator('.cart-line .thumb')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('cart-800.png') });
  await expectNoSeriousViolations(page, 'the product grid and a long cart');
  await page.keyboard.press('Escape');
  await create.click();
  await sharedCheckoutUrl(page);
});

test('an item added by hand asks for name, price and quantity; the other item fields sit behind More', async ({
  app,
}) => {
  const page = await importProducts(app);
  await page.getByRole('button', { name: '+ Add an item' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Price', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Quantity', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Product ID')).toBeHidden();
  await expect(page.getByLabel('Brand')).toBeHidden();
  await page.getByLabel('Name', { exact: true }).fill('Gift card');
  await page.getByLabel('Price', { exact: true }).fill('20');
  // Cleared and typed again as a clerk would: the field shows what was typed, not a clamped 1.
  const quantity = page.getByLabel('Quantity', { exact: true });
  await quantity.press('Backspace');
  await expect(quantity).toHaveValue('');
  await quantity.press('3');
  await expect(quantity).toHaveValue('3');
  await page.getByText('More item details').click();
  await expect(page.getByLabel('Brand')).toBeVisible();
  await expect(page.locator('.subtotal')).toHaveText('Subtotal $60.00');
});

test('a manager edits the catalogue in its own mode: star a favourite, delete with undo; tapping never deletes', async ({
  app,
}) => {
  const page = await importProducts(app);
  await expect(page.getByRole('button', { name: /from the catalogue$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit products' }).click();
  await expect(tiles(page)).toHaveCount(0); // in edit mode a tap does not add
  await expectNoTileClipped(page);
  await page.getByRole('button', { name: 'Make Mug a favourite' }).click();
  await page.getByRole('button', { name: 'Delete Espresso from the catalogue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Espresso deleted' })).toBeVisible();
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(tiles(page).nth(2)).toHaveAccessibleName('Add Mug $9.00');
  await expect(tiles(page)).toHaveCount(11);
  // The favourite is kept by main: it is still first after leaving the screen.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('button', { name: 'New sale', exact: true }).click();
  await page.getByRole('radio', { name: 'Cart' }).click();
  await expect(tiles(page).nth(2)).toHaveAccessibleName('Add Mug $9.00');
});

test('a big catalogue draws at most MAX_TILES_SHOWN tiles and says a search finds the rest; a bad colour is reported by row', async ({
  app,
}) => {
  const file = join(app.dataDir, 'big.csv');
  const rows = Array.from({ length: 65 }, (_, n) => `p${n},Product ${String(n).padStart(2, '0')},1.00,,,`);
  await writeFile(
    file,
    ['productId,name,price,category,colour,favourite', ...rows, 'bad,Odd one,1.00,,green,'].join('\n'),
  );
  const { page } = app;
  await page.getByRole('radio', { name: 'Cart' }).click();
  app.dialogs.openPaths.push(file);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByText('Row 67: colour: Must be a hex colour such as #4b3fc4')).toBeVisible();
  await expect(tiles(page)).toHaveCount(MAX_TILES_SHOWN);
  await expect(page.getByText(`Showing ${MAX_TILES_SHOWN} of 65 products. Search to find the rest.`)).toBeVisible();
  await page.getByLabel('Search products').fill('Product 64');
  await expect(tiles(page)).toHaveText([/Product 64/]);
});
