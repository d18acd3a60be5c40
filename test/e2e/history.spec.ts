import Papa from 'papaparse';
import { postCancelForm, postCardForm } from '../support/checkout-form';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openFirstHistoryRow, historyRows, moreAction, openTotals } from './harness/sale';
import { expect, test, type Harness } from './harness/fixtures';

/** Creates a session through main, as the builder would. */
async function create(app: Harness, input: Record<string, unknown>): Promise<{ id: string; checkoutUrl: string }> {
  const result = await app.main.dispatch('sessions:create', { currency: 'USD', ...input }, app.rendererUrl);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: string; checkoutUrl: string };
}

/** The customer's phone submits the hosted form (plain HTTP, as a browser would). */
async function pay(checkoutUrl: string, fields: Record<string, string> = {}): Promise<void> {
  await postCardForm(checkoutUrl, fields);
}

/** A mixed day: paid sales, a donation, a failure, a cancel and one still waiting. */
async function seedDay(app: Harness): Promise<Record<string, string>> {
  const a = await create(app, { kind: 'amount', amount: '12.50', reference: 'Table 4' });
  const b = await create(app, { kind: 'amount', amount: '0.99', reference: '=HYPERLINK("http://evil")' });
  const c = await create(app, { kind: 'cart', items: [{ productId: 'tea', name: 'Tea', price: '3.35', quantity: 3 }] });
  const d = await create(app, { kind: 'donation', amount: '10' });
  const e = await create(app, { kind: 'amount', amount: '50.00', reference: 'declined twice' });
  const f = await create(app, { kind: 'amount', amount: '7.77' });
  await pay(a.checkoutUrl);
  await pay(b.checkoutUrl);
  await pay(c.checkoutUrl);
  await pay(d.checkoutUrl, { donationAmount: '25.05' });
  await pay(e.checkoutUrl, { cardNumber: '4000000000000119' });
  await postCancelForm(f.checkoutUrl);
  await create(app, { kind: 'amount', amount: '3.00', reference: 'waiting' });
  for (const id of [a, b, c, d, e, f].map((s) => s.id))
    await app.main.dispatch('history:verify', { id }, app.rendererUrl);
  return { a: a.id, b: b.id, c: c.id, d: d.id, e: e.id, f: f.id };
}

test('totals for a mixed day, to the cent, with donations apart and counts per status', async ({ app }) => {
  await seedDay(app);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '7 sessions' })).toBeVisible();
  await openTotals(page);
  const totals = page.getByRole('region', { name: 'Totals' });
  // 12.50 + 0.99 + 3 × 3.35 = 23.54 in sales; 25.05 given in donations.
  await expect(totals.locator('.total-value')).toHaveText('$23.54');
  await expect(totals.getByText('3 sales')).toBeVisible();
  await expect(totals.getByText(/donations \$25\.05 \(1\)/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sessions by status' })).toHaveText(
    /Waiting for payment: 1.*Paid: 4.*Failed: 1.*Cancelled: 1.*Expired: 0/,
  );
  await expect(page.getByRole('figure', { name: /Takings per hour: \d+:00( [AP]M)? \$48\.59/ })).toBeVisible();
});

test('filter and search narrow the list as you type; the detail pane verifies and shows billing', async ({ app }) => {
  const ids = await seedDay(app);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const rows = historyRows(page);
  await expect(rows).toHaveCount(7);
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paid' }).click();
  await expect(rows).toHaveCount(4);
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Donation' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Donation' }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paid' }).click();
  await page.getByLabel('Search').fill('table');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Search').fill('3.00');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Search').fill(ids.e ?? '');
  await expect(rows).toHaveCount(1);
  await openFirstHistoryRow(page);
  const detail = page.getByRole('region', { name: 'Session details' });
  await expect(detail.getByText('SYSTEM_ERROR')).toBeVisible();
  await page.getByLabel('Search').fill('12.5');
  await openFirstHistoryRow(page);
  await detail.getByRole('button', { name: 'Verify now' }).click();
  await expect(detail.getByText('Checked with the API: Paid')).toBeVisible();
  await expect(detail.getByText('ada@example.com')).toBeVisible();
  await expect(detail.getByText('VISA •••• 4242')).toBeVisible();
  // Billing is shown, never stored.
  expect(await readFile(join(app.dataDir, 'history.jsonl'), 'utf8')).not.toContain('ada@example.com');
});

test('the export holds exactly the filtered rows, cell by cell, with formulas neutralised and no billing unless asked', async ({
  app,
}) => {
  const ids = await seedDay(app);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paid' }).click();
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Amount' }).click();
  await page.getByRole('group', { name: 'Columns' }).getByRole('button', { name: 'Amount' }).click();
  const file = join(app.dataDir, 'day.csv');
  app.dialogs.savePaths.push(file);
  await moreAction(page, 'Export CSV', 'Export');
  await expect(page.getByText(`Exported 2 sessions to ${file}`)).toBeVisible();
  const text = await readFile(file, 'utf8');
  const [header, ...cells] = Papa.parse<string[]>(text.trimEnd()).data;
  expect(header?.join(',')).toBe(
    'createdAt,sessionId,status,kind,amount,charged,tip,surcharge,currency,reference,staff,station,transactionId,cardBrand,cardLastFour,errorCode,environment,merchantName,items',
  );
  expect(cells.map((c) => c.slice(1, 10))).toEqual([
    [ids.a, 'completed', 'amount', '12.50', '12.50', '', '', 'USD', 'Table 4'],
    [ids.b, 'completed', 'amount', '0.99', '0.99', '', '', 'USD', `'=HYPERLINK("http://evil")`],
  ]);
  expect(cells.map((c) => [c[13], c[14]])).toEqual([
    ['VISA', '4242'],
    ['VISA', '4242'],
  ]);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text).not.toContain('ada@example.com');

  const withBilling = join(app.dataDir, 'billing.csv');
  app.dialogs.savePaths.push(withBilling);
  await page.getByLabel('Include billing details (fetched from Ozura)').check(); // the Export group is still open
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(`Exported 2 sessions to ${withBilling}`)).toBeVisible();
  expect(await readFile(withBilling, 'utf8')).toContain(',"Ada Lovelace","ada@example.com"');
});

test('the CSV says what a cart held: one items cell per session, quantity × name @ unit price', async ({ app }) => {
  const ids = await seedDay(app);
  await create(app, {
    kind: 'cart',
    items: [
      { productId: 'fw', name: 'Flat white', price: '3.20', quantity: 2 },
      { productId: 'cro', name: 'Croissant; warm', price: '2.10', quantity: 1 },
    ],
  });
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Cart' }).click();
  const file = join(app.dataDir, 'carts.csv');
  app.dialogs.savePaths.push(file);
  await moreAction(page, 'Export CSV', 'Export');
  await expect(page.getByText(`Exported 2 sessions to ${file}`)).toBeVisible();
  const [header, ...cells] = Papa.parse<string[]>((await readFile(file, 'utf8')).trimEnd()).data;
  const items = header?.indexOf('items') ?? -1;
  expect(cells.map((c) => [c[1], c[items]])).toEqual([
    [expect.stringMatching(/^session_/), '2 × Flat white @ 3.20; 1 × Croissant; warm @ 2.10'],
    [ids.c, '3 × Tea @ 3.35'],
  ]);
});

test('totals add up per product: quantity and amount of every item sold in paid carts', async ({ app }, testInfo) => {
  await seedDay(app); // one paid cart of 3 × Tea at 3.35
  const more = await create(app, {
    kind: 'cart',
    items: [
      { productId: 'tea', name: 'Tea', price: '3.35', quantity: 1 },
      { productId: 'cake', name: 'Cake', price: '4.25', quantity: 2 },
    ],
  });
  await pay(more.checkoutUrl);
  await create(app, { kind: 'cart', items: [{ productId: 'cake', name: 'Cake', price: '4.25', quantity: 9 }] }); // not paid
  await app.main.dispatch('history:verify', { id: more.id }, app.rendererUrl);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await openTotals(page);
  const perProduct = page.getByRole('table', { name: 'Per product' });
  await expect(perProduct.getByRole('row')).toHaveText([
    /Product\s*Quantity\s*Amount/,
    /Tea\s*4\s*\$13\.40/,
    /Cake\s*2\s*\$8\.50/,
  ]);
  await page.screenshot({ path: testInfo.outputPath('per-product.png'), fullPage: true });
});

test('re-issuing a cancelled sale makes a fresh session with the same content', async ({ app }) => {
  const ids = await seedDay(app);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByLabel('Search').fill(ids.f ?? '');
  await openFirstHistoryRow(page);
  await page.getByRole('button', { name: 'Re-issue' }).click();
  await expect(page.getByRole('img', { name: /QR code to pay Sandbox Store \$7\.77/ })).toBeVisible();
  expect(app.main.history.size).toBe(8);
});

test('the privacy toggle hides history and totals from the public', async ({ app }) => {
  await seedDay(app);
  const { page } = app;
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await openTotals(page);
  await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
  await page.getByRole('button', { name: 'Hide history' }).click();
  await expect(page.getByRole('heading', { name: 'History is hidden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Totals' })).toHaveCount(0);
  await expect(page.getByText('Table 4')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show history' }).click();
  await expect(page.getByRole('region', { name: 'Totals' })).toBeVisible();
});
