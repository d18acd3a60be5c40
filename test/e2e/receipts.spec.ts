import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { cartWithCatalogue } from './harness/catalogue';
import { expect, test } from './harness/fixtures';
import type { Harness } from './harness/launch';
import { pdfInfo, pdfText } from './harness/pdf';
import { customerPays, historyRows, sessionIdOf, sharedCheckoutUrl } from './harness/sale';

// #20: a receipt for a paid sale, from the paid screen (button or R) and from history, on a
// sheet or a receipt roll; the facts are those the sandbox recorded, read back from the PDF.

const MM_IN_PT = 72 / 25.4;

async function paidCart(app: Harness, context: Parameters<typeof customerPays>[1]): Promise<string> {
  const { page } = app;
  await cartWithCatalogue(app, { 'Flat white': '3.20', Croissant: '2.10', 'Orange juice': '4.05' });
  await page.getByRole('button', { name: 'Add Flat white' }).click();
  await page.getByRole('button', { name: 'One more Flat white' }).click();
  await page.getByRole('button', { name: 'Add Croissant' }).click();
  await page.getByRole('button', { name: 'Add Orange juice' }).click();
  await page.keyboard.press('Enter');
  const id = sessionIdOf(await sharedCheckoutUrl(page));
  await customerPays(page, context);
  return id;
}

async function choosePaper(page: Page, paper: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Receipts print on').selectOption({ label: paper });
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preferences saved' })).toBeVisible();
}

test('the paid screen saves a receipt whose facts are the sandbox’s, and R prints it', async ({ app, context }) => {
  const { page } = app;
  const id = await paidCart(app, context);
  const transactionId = app.main.sandbox?.state.sessions.get(id)?.payment?.transactionId ?? '';
  expect(transactionId).not.toBe('');

  const file = join(app.dataDir, 'receipt.pdf');
  app.dialogs.savePaths.push(file);
  await page.getByRole('button', { name: 'Save receipt as PDF' }).click();
  await expect(page.getByText(`Receipt saved to ${file}`)).toBeVisible();
  const receipt = await pdfText(file);
  for (const fact of [
    /2 × Flat white\s+\$6\.40\n\s*2 × \$3\.20\n/,
    /Croissant\s+\$2\.10/,
    /Orange juice\s+\$4\.05/,
    /Subtotal\s+\$12\.55/,
    /Total charged\s+\$12\.55/,
    /Card: VISA ···· 4242/,
    new RegExp(`Transaction ${transactionId}`),
    new RegExp(`Session ${id}`),
    /TEST — no money moved/,
  ])
    expect(receipt).toMatch(fact);
  expect((await pdfInfo(file)).pages).toBe(1);

  await page.keyboard.press('r');
  await expect(page.getByText('Receipt sent to the printer')).toBeVisible();
  expect(app.printed).toHaveLength(1);
  expect(app.printed[0]).toContain(transactionId);
});

for (const [paper, widthMm] of [
  ['80 mm receipt roll', 80],
  ['58 mm receipt roll', 58],
] as const) {
  test(`a receipt from history on a ${paper} is one strip of that width`, async ({ app, context }) => {
    const { page } = app;
    const id = await paidCart(app, context);
    await choosePaper(page, paper);
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await historyRows(page).first().getByRole('button').click();
    const file = join(app.dataDir, `receipt-${widthMm}.pdf`);
    app.dialogs.savePaths.push(file);
    await page
      .getByRole('region', { name: 'Session details' })
      .getByRole('button', { name: 'Save receipt as PDF' })
      .click();
    await expect(page.getByText(`Receipt saved to ${file}`)).toBeVisible();

    const info = await pdfInfo(file);
    expect(info.pages).toBe(1);
    // Chromium sizes the page in whole CSS pixels: within a point of the roll's width.
    expect(Math.abs(info.widthPt - widthMm * MM_IN_PT)).toBeLessThan(1);
    const receipt = await pdfText(file);
    expect(receipt).toMatch(/Total charged\s+\$12\.55/);
    expect(receipt).toContain(`Session ${id}`);
    expect(receipt).toContain('Thank you');
  });
}

test('at 800×600 the paid screen shows the receipt buttons beside New sale without scrolling', async ({
  app,
  context,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  await paidCart(app, context);
  for (const name of ['New sale', 'Print receipt', 'Save receipt as PDF']) {
    const box = await page.getByRole('button', { name, exact: true }).last().boundingBox();
    expect(box, name).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), name).toBeLessThanOrEqual(600);
  }
  await page.screenshot({ path: test.info().outputPath('paid-800x600.png') });
});

test('an unpaid sale in history offers no receipt', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('4.00');
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await historyRows(page).first().getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Session details' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print receipt' })).toHaveCount(0);
});
