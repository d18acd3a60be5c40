import { cartWithCatalogue } from './harness/catalogue';
import { expect, test } from './harness/fixtures';
import { decodeQr } from './harness/qr';
import { sharedCheckoutUrl } from './harness/sale';

// #18, defect 2: at 800×600 a cart long enough to scroll left the share screen scrolled by the
// builder's height, with the amount and the top of the QR off-screen.
test('after Create at 800×600 the share screen starts at the top, its QR whole on screen and readable', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  await cartWithCatalogue(app, { 'Flat white': '3.20', Croissant: '2.10', 'Orange juice': '3.90', Muffin: '2.80' });
  for (const name of ['Flat white', 'Croissant', 'Orange juice', 'Muffin']) {
    await page.getByRole('button', { name: `Add ${name}` }).click();
  }
  const create = page.getByRole('button', { name: 'Create $12.00 checkout' });
  await create.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0); // the builder was taller than the window
  await create.click();
  const url = await sharedCheckoutUrl(page);

  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const qr = await page.getByRole('img', { name: /QR code to pay/ }).boundingBox();
  expect(qr).not.toBeNull();
  expect(qr?.y).toBeGreaterThanOrEqual(0);
  expect((qr?.y ?? 0) + (qr?.height ?? 0)).toBeLessThanOrEqual(600);
  expect(decodeQr(await page.screenshot())).toBe(url);
});
