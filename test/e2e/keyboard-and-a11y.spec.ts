import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { customerPays, historyRows, openFirstHistoryRow, sharedCheckoutUrl } from './harness/sale';

const primary = process.platform === 'darwin' ? 'Meta' : 'Control';

test('the main flow works from the keyboard alone', async ({ app, context }) => {
  const { page } = app;
  // The amount field has the focus on start: digits, then Enter.
  await expect(page.getByLabel('Amount')).toBeFocused();
  await page.keyboard.type('12.75');
  await page.keyboard.press('Enter');
  const url = await sharedCheckoutUrl(page);
  await page.keyboard.press(`${primary}+Shift+C`);
  expect(app.clipboard).toEqual([url]);
  await page.keyboard.press('f');
  await expect(page.getByRole('region', { name: 'Customer view' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await customerPays(page, context);
  // "New sale" has the focus once paid: Enter starts the next one.
  await expect(page.getByRole('button', { name: 'New sale' }).last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Amount')).toBeFocused();
  await page.keyboard.press('/');
  expect(await page.getByLabel('Amount').inputValue()).toBe('/'); // typing in a field stays typing
  await page.keyboard.press('Escape');
  await page.getByLabel('Amount').fill('');
  await page.getByRole('heading', { name: 'New sale' }).click(); // focus leaves the field
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search')).toBeFocused();
  await page.keyboard.type('12.75');
  await expect(historyRows(page)).toHaveCount(1);
  await page.keyboard.press(`${primary}+,`);
  await expect(page.getByRole('heading', { name: 'Profiles' })).toBeVisible();
  await page.getByRole('heading', { name: 'Profiles' }).click();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const label of [
    'New sale',
    'Copy the current checkout link',
    'Customer view (QR full screen)',
    'Search history',
    'Payment links',
    'Settings',
    'Back',
  ]) {
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await page.keyboard.press(`${primary}+l`);
  await expect(page.getByRole('heading', { name: 'Payment links' })).toBeVisible();
  await page.keyboard.press(`${primary}+n`);
  await expect(page.getByRole('heading', { name: 'New sale' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe with no serious or critical violations (${scheme})`, async ({ app, context }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousViolations(page, 'builder: amount');
    await page.getByRole('radio', { name: 'Cart' }).click();
    await page.getByRole('button', { name: '+ Add an item' }).click();
    await expectNoSeriousViolations(page, 'builder: cart');
    await page.getByRole('radio', { name: 'Donation' }).click();
    await expectNoSeriousViolations(page, 'builder: donation');
    await page.getByRole('radio', { name: 'Amount' }).click();
    await page.getByLabel('Amount').fill('3.30');
    await page.keyboard.press('Enter');
    const url = await sharedCheckoutUrl(page);
    await expectNoSeriousViolations(page, 'share');
    await page.keyboard.press('f');
    await expectNoSeriousViolations(page, 'customer view');
    await page.keyboard.press('Escape');
    await customerPays(page, context);
    await expectNoSeriousViolations(page, 'paid');
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await openFirstHistoryRow(page);
    await expectNoSeriousViolations(page, 'history');
    await page.getByRole('radio', { name: 'Shifts' }).click();
    await page.getByRole('button', { name: 'Close shift' }).click();
    await expectNoSeriousViolations(page, 'shifts: confirm the close');
    await page.getByRole('button', { name: 'Yes, close the shift' }).click();
    await expect(page.getByRole('region', { name: 'Shift report' })).toBeVisible();
    await expectNoSeriousViolations(page, 'shifts: a report');
    await page.getByRole('button', { name: 'Links', exact: true }).click();
    await expectNoSeriousViolations(page, 'links: none yet');
    await page.getByRole('button', { name: 'Build a sale' }).click();
    await page.getByRole('button', { name: 'New sale' }).last().click();
    await page.getByLabel('Amount').fill('4.00');
    await page.getByText('Make a reusable payment link instead').click();
    await page.getByRole('button', { name: 'Create payment link' }).click();
    await expect(page.getByText('Give the link a title')).toBeVisible();
    await expectNoSeriousViolations(page, 'builder: link card with an error');
    await page.getByLabel('Title (on the poster)').fill('Table tent');
    await page.getByRole('button', { name: 'Create payment link' }).click();
    await expect(page.getByRole('heading', { name: 'Table tent' })).toBeVisible();
    await expectNoSeriousViolations(page, 'links');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectNoSeriousViolations(page, 'settings');
    await page.getByRole('heading', { name: 'Profiles' }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousViolations(page, 'shortcuts');
    const another = await app.main.dispatch(
      'sessions:create',
      { kind: 'amount', amount: '1.00', currency: 'USD' },
      app.rendererUrl,
    );
    const phone = await context.newPage();
    await phone.emulateMedia({ colorScheme: scheme });
    await phone.goto(another.ok ? (another.data as { checkoutUrl: string }).checkoutUrl : url);
    await expect(phone.getByLabel('Card number')).toBeVisible();
    await expectNoSeriousViolations(phone, 'hosted checkout page');
  });
}
