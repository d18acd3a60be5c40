import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { pdfImages, pdfInfo, pdfPageAsPng } from './harness/pdf';
import { decodeQr } from './harness/qr';
import { bandPng, pngOf, serveFiles, startImageHost } from '../support/image-host';
import type { Page } from '@playwright/test';

// #18: the profile's logo and brand colour on posters and link pages, and products' pictures on
// their tiles. Main fetches each picture from a real HTTPS host here; the window shows it as data.

/** Whether the picture really drew: Chromium decoded it (a broken image has no natural width). */
const drawn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth > 0));

test('the owner sees the saved logo in Settings, and links made after carry it on their page and poster', async ({
  app,
}, testInfo) => {
  const host = await startImageHost(serveFiles({ '/logo.png': bandPng([47, 125, 79]) }));
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const form = page.getByRole('form', { name: 'Profile' });
    const appearance = form.getByRole('group', { name: 'Appearance on the checkout page' });
    await appearance.getByLabel('Brand colour').fill('#2f7d4f');
    await appearance.getByLabel('Logo URL').fill(`${host.base}/missing.png`);
    await form.getByRole('button', { name: 'Save profile' }).click();
    const hostName = new URL(host.base).host;
    await expect(appearance.getByText(`${hostName} has no picture at that address. Check the address.`)).toBeVisible();

    await appearance.getByLabel('Logo URL').fill(`${host.base}/logo.png`);
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect(appearance.getByRole('img', { name: "The profile's logo" })).toBeVisible();
    expect(await drawn(page, 'img.logo-preview')).toEqual([true]);
    await expectNoSeriousViolations(page, 'Settings with a logo');
    await appearance.screenshot({ path: testInfo.outputPath('settings-logo.png') });

    await page.getByRole('button', { name: 'New sale', exact: true }).click();
    await page.getByLabel('Amount').fill('5.00');
    await page.getByText('Make a reusable payment link instead').click();
    const card = page.getByRole('form', { name: 'Reusable payment link' });
    await card.getByLabel('Title (on the poster)').fill('Entrance');
    await card.getByRole('button', { name: 'Create payment link' }).click();
    const detail = page.getByRole('region', { name: 'Entrance' });
    const merchant = (await app.main.dispatch('settings:get', undefined, app.rendererUrl)) as {
      ok: true;
      data: { profiles: { merchantName: string }[] };
    };
    await expect(detail.getByRole('img', { name: `Logo of ${merchant.data.profiles[0]?.merchantName}` })).toBeVisible();
    expect(await drawn(page, 'img.link-logo')).toEqual([true]);
    expect(await detail.evaluate((card) => getComputedStyle(card).borderTopColor)).toBe('rgb(47, 125, 79)');
    await expectNoSeriousViolations(page, 'A link with its logo');
    await page.screenshot({ path: testInfo.outputPath('link-logo.png') });

    const file = join(app.dataDir, 'poster.pdf');
    app.dialogs.savePaths.push(file);
    await detail.getByRole('button', { name: 'Save poster as PDF' }).click();
    await expect(page.getByText(`Poster saved to ${file}`)).toBeVisible();
    expect(await pdfImages(file)).toEqual([{ width: 160, height: 60 }]);
    const poster = await pdfPageAsPng(file);
    await writeFile(testInfo.outputPath('poster.png'), poster);
    expect(decodeQr(poster)).toMatch(/\/pay\/pl_/);

    // The logo takes room from the QR: the longest title over a 100-line cart still fits one page.
    const items = Array.from({ length: 100 }, (_, i) => ({
      productId: `p${i}`,
      name: `Wristband ${i}`,
      price: '1.00',
      quantity: 1,
    }));
    const made = await app.main.dispatch(
      'links:create',
      { sale: { kind: 'cart', currency: 'USD', items }, title: 'W'.repeat(80), expiresInDays: 7, usageLimit: null },
      app.rendererUrl,
    );
    if (!made.ok) throw new Error(made.error.message);
    const long = made.data as { id: string; url: string };
    for (const paper of ['a4', 'letter'] as const) {
      const sheet = join(app.dataDir, `long-${paper}.pdf`);
      app.dialogs.savePaths.push(sheet);
      expect(await app.main.dispatch('links:save-poster', { id: long.id, paper }, app.rendererUrl)).toMatchObject({
        ok: true,
      });
      expect((await pdfInfo(sheet)).pages, paper).toBe(1);
      expect(await pdfImages(sheet)).toHaveLength(1);
      expect(decodeQr(await pdfPageAsPng(sheet))).toBe(long.url);
    }
  } finally {
    await host.close();
  }
});

test('a product tile shows its picture; one without, or whose picture cannot be fetched, shows no empty box', async ({
  app,
}, testInfo) => {
  const host = await startImageHost(serveFiles({ '/tea.png': await pngOf('tea') }));
  try {
    const { page } = app;
    const file = join(app.dataDir, 'products.csv');
    await writeFile(
      file,
      [
        'productId,name,price,imageUrl',
        `tea,Green tea,2.50,${host.base}/tea.png`,
        'cake,Carrot cake,3.80,',
        `bun,Cinnamon bun,3.20,${host.base}/gone.png`,
      ].join('\n'),
    );
    await page.getByRole('radio', { name: 'Cart' }).click();
    app.dialogs.openPaths.push(file);
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const tile = (name: string) => page.getByRole('button', { name: new RegExp(`^Add ${name}`) });
    await expect(tile('Green tea').locator('img')).toBeVisible();
    await expect.poll(() => host.asked.sort()).toEqual(['/gone.png', '/tea.png']);
    await expect(tile('Carrot cake').locator('img')).toHaveCount(0);
    await expect(tile('Cinnamon bun').locator('img')).toHaveCount(0);
    expect(await drawn(page, 'img.tile-picture')).toEqual([true]);
    await tile('Green tea').click();
    await expect(page.locator('.line-title').filter({ hasText: 'Green tea' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Tiles with pictures');
    await page.screenshot({ path: testInfo.outputPath('tiles.png') });
  } finally {
    await host.close();
  }
});
