import Papa from 'papaparse';
import { writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { customerPays, sessionIdOf, sharedCheckoutUrl } from './harness/sale';

async function sessionFromApi(base: string, id: string): Promise<Record<string, any>> {
  const response = await fetch(`${base}/api/sessions/${id}`);
  return ((await response.json()) as { data: { session: Record<string, any> } }).data.session;
}

test('an amount sale carries its reference and staff initials to the API, and is paid', async ({ app, context }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('42.10');
  await page.getByLabel('Reference (optional)').fill('Order 1182');
  await page.getByLabel('Staff initials (optional)').fill('JD');
  await page.getByRole('button', { name: 'Create $42.10 checkout' }).click();
  const id = sessionIdOf(await sharedCheckoutUrl(page));
  await customerPays(page, context);
  const session = await sessionFromApi(app.main.sandbox?.baseUrl ?? '', id);
  expect(session).toMatchObject({
    status: 'completed',
    checkoutMode: 'payment',
    amount: '42.10',
    currency: 'USD',
    metadata: { reference: 'Order 1182', staff: 'JD' },
  });
});

test('a cart built by hand, with a quantity stepper, is sent item by item and paid', async ({ app, context }) => {
  const { page } = app;
  await page.getByRole('radio', { name: 'Cart' }).click();
  await page.getByRole('button', { name: '+ Add an item' }).click();
  await page.getByLabel('Name').fill('Green tea');
  await page.getByLabel('Price', { exact: true }).fill('3.50');
  await page.getByText('More item details').click();
  await page.getByLabel('Variant (e.g. Size: L)').fill('Large');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'One more Green tea' }).click();
  await page.getByRole('button', { name: '+ Add an item' }).click();
  await page.getByLabel('Name').fill('Cake');
  await page.getByLabel('Price', { exact: true }).fill('4.25');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.subtotal')).toHaveText('Subtotal $11.25');
  await page.getByRole('button', { name: 'Move Cake up' }).click();
  await page.getByRole('button', { name: 'Create $11.25 checkout' }).click();
  const id = sessionIdOf(await sharedCheckoutUrl(page));
  await expect(page.getByRole('list', { name: 'Items' }).getByRole('listitem')).toHaveText([
    '1 × Cake',
    '2 × Green tea',
  ]);
  await customerPays(page, context);
  const session = await sessionFromApi(app.main.sandbox?.baseUrl ?? '', id);
  expect(session.items).toEqual([
    { productId: 'item-2', name: 'Cake', price: 4.25, quantity: 1 },
    { productId: 'item-1', name: 'Green tea', price: 3.5, quantity: 2, variant: 'Large' },
  ]);
  expect(session).toMatchObject({
    status: 'completed',
    checkoutMode: 'payment',
    amount: '11.25',
    pricing: { subtotal: 11.25, total: 11.25 },
  });
});

test('a donation with a preset lets the donor give more, and the counter shows what was given', async ({
  app,
  context,
}) => {
  const { page } = app;
  await page.getByRole('radio', { name: 'Donation' }).click();
  await page.getByRole('button', { name: '$10.00' }).click();
  await page.getByRole('button', { name: 'Create $10.00 checkout' }).click();
  const id = sessionIdOf(await sharedCheckoutUrl(page));
  await customerPays(page, context, { number: '4242 4242 4242 4242' }, '15.50');
  await expect(page.getByRole('heading', { name: '$15.50' })).toBeVisible();
  const session = await sessionFromApi(app.main.sandbox?.baseUrl ?? '', id);
  expect(session).toMatchObject({ status: 'completed', checkoutMode: 'donation', amount: '15.50' });
});

test('mistakes are shown beside their fields before anything is sent', async ({ app }) => {
  const { page } = app;
  await page.getByRole('radio', { name: 'Cart' }).click();
  await page.getByRole('button', { name: /Create/ }).click();
  await expect(page.getByText('Add at least one item')).toBeVisible();
  await page.getByRole('button', { name: '+ Add an item' }).click();
  await page.getByLabel('Name').fill('Tea');
  await page.getByLabel('Price', { exact: true }).fill('3.999');
  await page.getByText('More options').click();
  await page.getByLabel('Success URL').fill('/thanks');
  await page.getByLabel('Card surcharge (%)').fill('5');
  await page.getByRole('button', { name: /Create/ }).click();
  await expect(page.getByText('USD prices have at most 2 decimal places')).toBeVisible();
  await expect(page.getByText('Must be an absolute address starting with https://')).toBeVisible();
  await expect(page.getByText('A percentage from 0 to 3.00')).toBeVisible();
  expect(app.main.sandbox?.state.sessions.size).toBe(0);
});

test('a double-click on Create makes one session', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('9.99');
  await page.getByRole('button', { name: 'Create $9.99 checkout' }).dblclick();
  await sharedCheckoutUrl(page);
  expect(app.main.sandbox?.state.sessions.size).toBe(1);
  expect(app.main.history.size).toBe(1);
});

test('a held Enter key makes one session', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('8.00');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  expect(app.main.sandbox?.state.sessions.size).toBe(1);
});

test('a retry after lost answers reuses the request and finds the one session Ozura made', async ({ app, request }) => {
  const { page } = app;
  const base = app.main.sandbox?.baseUrl ?? '';
  // Every attempt of the first press reaches the API, but no answer comes back.
  await request.post(`${base}/__sandbox/faults`, { data: { dropResponseNext: 4 } });
  await page.getByLabel('Amount').fill('6.40');
  await page.getByRole('button', { name: 'Create $6.40 checkout' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Creating sessions is paused' })).toContainText(
    'The built-in sandbox is not answering.',
  );
  expect(app.main.history.size).toBe(0);
  await request.delete(`${base}/__sandbox/faults`);
  // Once the host answers again, the same press is retried with the same request id.
  await page.getByRole('button', { name: 'Create $6.40 checkout' }).click({ timeout: 20_000 });
  const id = sessionIdOf(await sharedCheckoutUrl(page));
  expect([...(app.main.sandbox?.state.sessions.keys() ?? [])]).toEqual([id]);
});

test('a sale of the same amount a moment ago is pointed out, without blocking', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('5');
  await page.keyboard.press('Enter');
  await sharedCheckoutUrl(page);
  await page.getByRole('button', { name: 'New sale' }).last().click();
  await page.getByLabel('Amount').fill('5.00');
  await expect(
    page.getByText(/Possible duplicate: a \$5\.00 session was created just now and is still waiting for payment/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create $5.00 checkout' }).click();
  await sharedCheckoutUrl(page);
  expect(app.main.sandbox?.state.sessions.size).toBe(2);
});

test('the duplicate warning opens the earlier sale, so its QR can be shown again instead of a second one', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Amount').fill('6.60');
  await page.keyboard.press('Enter');
  const earlier = await sharedCheckoutUrl(page);
  await page.getByRole('button', { name: 'New sale' }).last().click();
  await page.getByLabel('Amount').fill('6.60');
  await page.getByRole('button', { name: 'Show the earlier sale' }).click();
  expect(await sharedCheckoutUrl(page)).toBe(earlier);
  await expect(page.getByRole('heading', { name: '$6.60' })).toBeVisible();
  expect(app.main.sandbox?.state.sessions.size).toBe(1);
});

test('a half-built cart survives switching screens and restarting the app', async ({ app }) => {
  const { page } = app;
  await page.getByRole('radio', { name: 'Cart' }).click();
  await page.getByRole('button', { name: '+ Add an item' }).click();
  await page.getByLabel('Name').fill('Scarf');
  await page.getByLabel('Price', { exact: true }).fill('19.00');
  await page.getByLabel('Reference (optional)').fill('Stall 7');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'New sale' }).click();
  await expect(page.locator('.line-title')).toHaveText(['Scarf']);
  const restarted = await app.restart();
  await expect(restarted.page.getByRole('radio', { name: 'Cart' })).toHaveAttribute('aria-checked', 'true');
  await expect(restarted.page.locator('.line-title')).toHaveText(['Scarf']);
  await expect(restarted.page.getByLabel('Reference (optional)')).toHaveValue('Stall 7');
});

test('the catalogue imports CSV with row-level errors, adds products to a cart by search, and exports safely', async ({
  app,
}) => {
  const { page } = app;
  const file = join(app.dataDir, 'products.csv');
  await writeFile(
    file,
    [
      'productId,name,price,category,taxExempt',
      'tea,Green tea,3.50,Drinks,no',
      'cake,Cake,-2,Food,',
      'bun,,1.20,Food,',
      'jam,=HYPERLINK("x"),4.00,Food,yes',
    ].join('\n'),
  );
  await page.getByRole('radio', { name: 'Cart' }).click();
  app.dialogs.openPaths.push(file);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByText(/2 added, 0 updated, 2 rows skipped/)).toBeVisible();
  await expect(page.getByText('Row 3: price: Price cannot be negative')).toBeVisible();
  await expect(page.getByText('Row 4: name: Required')).toBeVisible();
  await page.getByLabel('Search products').fill('gre');
  await page.getByRole('button', { name: 'Add Green tea' }).click();
  await page.getByRole('button', { name: 'Add Green tea' }).click();
  await expect(page.locator('.line-title')).toHaveText(['Green tea']);
  await expect(page.getByRole('group', { name: 'Quantity of Green tea' }).locator('output')).toHaveText('2');
  await expect(page.locator('.subtotal')).toHaveText('Subtotal $7.00');

  const out = join(app.dataDir, 'export.csv');
  app.dialogs.savePaths.push(out);
  await page.getByRole('button', { name: 'Edit products' }).click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(`Exported 2 products to ${out}`)).toBeVisible();
  const exported = Papa.parse<string[]>((await readFile(out, 'utf8')).trimEnd()).data;
  expect(exported).toEqual([
    'productId,name,price,description,variant,brand,category,imageUrl,originalPrice,discountLabel,taxExempt,colour,favourite'.split(
      ',',
    ),
    ['jam', `'=HYPERLINK("x")`, '4.00', '', '', '', 'Food', '', '', '', 'true', '', ''],
    ['tea', 'Green tea', '3.50', '', '', '', 'Drinks', '', '', '', 'false', '', ''],
  ]);

  await page.getByLabel('Search products').fill('');
  await page.getByRole('button', { name: 'Delete Green tea from the catalogue' }).click();
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(1);
});
