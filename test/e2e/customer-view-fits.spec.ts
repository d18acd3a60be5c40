import type { Locator } from '@playwright/test';
import { cartWithCatalogue } from './harness/catalogue';
import { expect, test } from './harness/fixtures';
import { decodeQr } from './harness/qr';
import { sharedCheckoutUrl } from './harness/sale';

const PRODUCTS = ['Flat white', 'Croissant', 'Orange juice', 'Muffin', 'Brownie'];

/** Whether the element lies whole inside a window of `height` (and is not clipped by its list). */
async function wholeOnScreen(element: Locator, height: number): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

// #18, defect 5: with four cart lines, line 3 was clipped and line 4 and the hint were off-screen.
for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
]) {
  test(`customer view at ${size.width}x${size.height}: a long cart is summed up, and QR, total and hint all fit`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await cartWithCatalogue(app, Object.fromEntries(PRODUCTS.map((name) => [name, '2.00'])));
    for (const name of PRODUCTS) await page.getByRole('button', { name: `Add ${name}` }).click();
    await page.getByRole('button', { name: 'Create $10.00 checkout' }).click();
    const url = await sharedCheckoutUrl(page);
    await page.getByRole('button', { name: 'Customer view (F)' }).click();

    const view = page.getByRole('region', { name: 'Customer view' });
    await expect(view.getByRole('list', { name: 'Items' }).getByRole('listitem')).toHaveText([
      '1 × Flat white',
      '1 × Croissant',
      '+ 3 more items',
    ]);
    for (const part of [
      view.getByText('Sandbox Store'),
      view.getByRole('img', { name: /QR code to pay/ }),
      view.getByText('$10.00'),
      view.getByText('+ 3 more items'),
      view.getByText('Scan with your phone camera to pay'),
    ]) {
      expect(await wholeOnScreen(part, size.height), await part.innerText().catch(() => 'the QR')).toBe(true);
    }
    expect(decodeQr(await page.screenshot())).toBe(url);
  });
}
