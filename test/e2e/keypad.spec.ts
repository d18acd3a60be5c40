import { MAX_AMOUNT_CHARS } from '../../src/shared/limits';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { sharedCheckoutUrl } from './harness/sale';

// #18: an optional on-screen keypad for the amount, for touch tills; it types into the same
// field, so the keyboard works as before and Enter still creates.

test('with the keypad on, taps type the amount, ⌫ takes a digit back, and Enter creates', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.getByRole('group', { name: 'Keypad' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Show an on-screen keypad for the amount').check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await page.getByRole('button', { name: 'New sale', exact: true }).click();

  const keypad = page.getByRole('group', { name: 'Keypad' });
  for (const key of ['1', '2', '3', '.', '4', '5', '6'])
    await keypad.getByRole('button', { name: key, exact: true }).click();
  await keypad.getByRole('button', { name: 'Delete the last digit' }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('123.45');
  // The keyboard still types into the same field.
  await page.getByLabel('Amount').press('End');
  await page.getByLabel('Amount').press('Backspace');
  await page.getByLabel('Amount').press('0');
  await expect(page.getByLabel('Amount')).toHaveValue('123.40');
  await keypad.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('');
  // Taps stop at the longest amount text the field takes (MAX_AMOUNT_CHARS).
  for (let n = 0; n < MAX_AMOUNT_CHARS + 4; n++) await keypad.getByRole('button', { name: '9', exact: true }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('9'.repeat(MAX_AMOUNT_CHARS));
  await keypad.getByRole('button', { name: 'Clear' }).click();
  await keypad.getByRole('button', { name: '9', exact: true }).click();
  await keypad.getByRole('button', { name: '00', exact: true }).click();
  await expectNoSeriousViolations(page, 'the builder with its keypad');
  await page.screenshot({ path: testInfo.outputPath('keypad.png') });
  await page.keyboard.press('Enter'); // focus is on the keypad's 00
  await expect(page.getByRole('heading', { name: '$900.00' })).toBeVisible();
  await sharedCheckoutUrl(page);
});
