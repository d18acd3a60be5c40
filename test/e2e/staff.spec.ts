import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './harness/axe';
import { openCheckout, payWithCard } from './harness/customer';
import { expect, test, type Harness } from './harness/fixtures';
import { sharedCheckoutUrl, openTotals } from './harness/sale';

const MINUTE = 60_000;

/** What a clerk in a hurry does: their name, then the PIN on the pad. */
async function signInWithPad(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name, exact: false }).click();
  const pad = page.getByRole('group', { name: 'PIN pad' });
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'Sign in' }).click();
}

async function addStaff(page: Page, member: { name: string; initials: string; role?: string; pin: string }) {
  await page.getByRole('button', { name: /Add the first manager|Add a member of staff/ }).click();
  const form = page.getByRole('form', { name: 'New member of staff' });
  await form.getByLabel('Name').fill(member.name);
  await form.getByLabel('Initials').fill(member.initials);
  if (member.role) await form.getByLabel('Role').selectOption({ label: member.role });
  await form.getByLabel(/PIN/).first().fill(member.pin);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`${member.name} added.`)).toBeVisible();
}

/** Sets up a manager and a clerk through main, as the Settings screen would. */
async function staffThroughMain(app: Harness): Promise<void> {
  const save = (input: unknown) => app.main.dispatch('staff:save', input, app.rendererUrl);
  await save({ name: 'Mina Patel', initials: 'MP', role: 'manager', secret: '2468' });
  await save({ name: 'Cal Reyes', initials: 'CR', role: 'clerk', secret: '1357' });
}

test('a manager adds staff; a clerk signs in on the PIN pad and cannot reach Settings, payment links or export by button, menu or shortcut', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByText(/No staff yet: anyone at this computer can do everything/)).toBeVisible();
  await addStaff(page, { name: 'Mina Patel', initials: 'MP', pin: '2468' });
  // Whoever adds the first manager is that manager, signed in.
  await expect(page.getByRole('button', { name: /Lock/ })).toBeVisible();
  await addStaff(page, { name: 'Cal Reyes', initials: 'CR', role: 'Clerk', pin: '1357' });
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);

  await page.getByRole('button', { name: /Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Who is at the counter?' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'sign-in');
  await page.screenshot({ path: test.info().outputPath('sign-in.png') });

  // A wrong PIN says how many tries are left.
  await signInWithPad(page, 'Cal Reyes', '9999');
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. 4 more tries before this name is locked.');
  await signInWithPad(page, 'Cal Reyes', '1357');
  await expect(page.getByLabel('Amount')).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('button', { name: 'Sale' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByText('Make a reusable payment link instead')).toHaveCount(0);
  // The menu's and the keyboard's way to Settings go nowhere either.
  app.main.runCommand('settings');
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('heading', { name: 'Profiles' })).toHaveCount(0);
  await nav.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('When')).toBeDisabled();
  // The window hides these; main refuses them even if the window asks.
  const asked = await page.evaluate(() =>
    (window as unknown as { linkdesk: { history: { export(i: unknown): Promise<unknown> } } }).linkdesk.history.export({
      filter: { sort: 'newest' },
      includeBilling: true,
    }),
  );
  expect(asked).toMatchObject({ ok: false, error: { code: 'forbidden', message: /Only a manager/ } });

  // Two key presses to hand over: lock, then the manager's initials; then the PIN.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Who is at the counter?' })).toBeVisible();
  await page.getByRole('button', { name: /Cal Reyes/ }).focus();
  await page.keyboard.press('m');
  await expect(page.getByLabel('PIN or passphrase for Mina Patel')).toBeFocused();
  await page.keyboard.type('2468');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the activity log' }).click();
  await expect(page.getByRole('cell', { name: 'Cal Reyes added to staff' })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with staff');
});

test('the counter locks itself after the idle minutes, hiding the sale; a sale paid meanwhile shows as paid after signing in', async ({
  app,
  context,
}) => {
  const { page } = app;
  await staffThroughMain(app);
  await page.getByRole('button', { name: /Lock/ }).click();
  await signInWithPad(page, 'Cal Reyes', '1357');
  await page.getByLabel('Amount').fill('6.00');
  await page.getByLabel('Amount').press('Enter');
  const url = await sharedCheckoutUrl(page);
  // Cal looks something up in History, and walks away.
  await page.getByRole('navigation').getByRole('button', { name: 'History' }).click();
  const rows = page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem');
  await expect(rows).toHaveCount(1);

  app.clock.advance(5 * MINUTE + 1000);
  await expect(page.getByRole('heading', { name: 'Who is at the counter?' })).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Totals' })).toHaveCount(0);
  await expect(page.getByText('6.00')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'locked');

  const phone = await openCheckout(context, url);
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  await phone.close();
  await expect(page.getByRole('heading', { name: 'Who is at the counter?' })).toBeVisible();

  // Cal was the last one here: the PIN is all it takes.
  await expect(page.getByLabel('PIN for Cal Reyes')).toBeFocused();
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation').getByRole('button', { name: 'New sale' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paid' })).toBeVisible();

  // The sale is Cal's: in the totals per staff, and under his name in the Staff filter.
  await page.getByRole('navigation').getByRole('button', { name: 'History' }).click();
  await openTotals(page);
  await expect(page.getByRole('list', { name: 'Per staff' })).toContainText('CR: $6.00 in 1 sale');
  await page.getByLabel('Staff', { exact: true }).selectOption({ label: 'Mina Patel' });
  await expect(page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem')).toHaveCount(0);
  await page.getByLabel('Staff', { exact: true }).selectOption({ label: 'Cal Reyes' });
  await expect(page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem')).toHaveCount(1);
});
