import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { openCheckout, payWithCard } from './harness/customer';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { englishOnScreen, speak } from './harness/language';
import { moreAction, openTotals } from './harness/sale';

/** The customer pays on their phone, on Ozura's page (English: it stands in for Ozura's own). */
async function customerPaysOnPhone(page: Page, context: BrowserContext): Promise<void> {
  const phone = await openCheckout(context, (await page.locator('.link-text').textContent()) ?? '');
  await payWithCard(phone, { number: '4242 4242 4242 4242' });
  await expect(phone.getByRole('heading', { name: 'Payment complete' })).toBeVisible();
  await phone.close();
}

/** The sandbox profile's merchant: a name the shop chose, not words to translate. */
const SANDBOX_MERCHANT = 'Sandbox Store';

// #17: a German-speaking clerk makes, shares and closes a sale, reads history and prints the
// slip without meeting an English word; and in German and in the pseudo-locale (accented,
// 40 % longer) nothing is cut off or overlapping at 800×600 and axe finds nothing serious.

test('a sale from start to paid, in German, with no English on any screen', async ({ app, context }) => {
  const { page } = app;
  // The check can fail: in English, it finds English.
  expect((await englishOnScreen(page, 'de')).length).toBeGreaterThan(3);
  const de = await speak(app, 'de');
  const noEnglish = async (screen: string) =>
    expect(await englishOnScreen(page, 'de', [SANDBOX_MERCHANT]), screen).toEqual([]);

  await expect(page.getByRole('heading', { name: de.t('title.sale') })).toBeVisible();
  await noEnglish('builder');
  // Typed the German way, with a decimal comma.
  await page.getByLabel(de.t('builder.amount')).fill('12,50');
  await expect(page.getByRole('button', { name: de.t('builder.createAmount', { amount: '12,50 $' }) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '12,50 $' })).toBeVisible();
  await expect(page.getByText(de.t('status.pending'))).toBeVisible();
  await noEnglish('share');

  await moreAction(page, de.t('share.printSlip'), de.t('share.more'));
  await noEnglish('share, More open');
  await expect(page.getByText(de.t('share.printed'))).toBeVisible();
  const slip = app.printed.at(-1) ?? '';
  expect(slip).toContain('<html lang="de">');
  expect(slip).toMatch(/12,50\s\$/);
  expect(slip).toContain('Mit dem Handy scannen und bezahlen');

  await customerPaysOnPhone(page, context);
  await expect(page.getByRole('status').filter({ hasText: de.t('status.completed') })).toBeVisible();
  await noEnglish('paid');
  expect(app.notifications.at(-1)).toBe(de.t('outcome.completed'));

  await page.getByRole('button', { name: de.t('nav.history'), exact: true }).click();
  const rows = page.getByRole('list', { name: de.t('history.sessions'), exact: true }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button').click();
  await expect(page.getByRole('region', { name: de.t('detail.label') })).toBeVisible();
  await openTotals(page);
  await expect(page.getByText(de.t('totals.collected', { currency: 'USD' }))).toBeVisible();
  await noEnglish('history');

  await page.getByRole('button', { name: de.t('nav.links'), exact: true }).click();
  await noEnglish('links');
  await page.getByRole('button', { name: de.t('nav.settings'), exact: true }).click();
  await expect(page.getByRole('heading', { name: de.t('settings.profiles') })).toBeVisible();
  await noEnglish('settings');

  // Staff, the activity log and the sign-in screen, born German.
  await page.getByRole('button', { name: de.t('staff.addFirst') }).click();
  const staffForm = page.getByRole('form', { name: de.t('staff.addTitle') });
  await staffForm.getByLabel(de.t('staff.name'), { exact: true }).fill('Mina Patel');
  await staffForm.getByLabel(de.t('staff.initials')).fill('MP');
  await staffForm.getByLabel(de.t('staff.secretManager')).fill('2468');
  await staffForm.getByRole('button', { name: de.t('staff.addButton'), exact: true }).click();
  await expect(page.getByText(de.t('staff.added', { name: 'Mina Patel' }))).toBeVisible();
  await page.getByRole('button', { name: de.t('audit.show') }).click();
  await expect(
    page.getByRole('cell', { name: de.t('audit.action.staff-added', { subject: 'Mina Patel' }) }),
  ).toBeVisible();
  await noEnglish('settings with staff');
  await page.getByRole('button', { name: new RegExp(de.t('nav.lock')) }).click();
  await expect(page.getByRole('heading', { name: de.t('signIn.title') })).toBeVisible();
  await noEnglish('sign-in');
  await page.keyboard.type('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(de.t('staff.wrongPin', { tries: 4 }));
  await noEnglish('wrong PIN');
});

test('switching the language in Preferences applies at once, and an ambiguous amount is refused with both readings', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Préférences' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle vente', exact: true }).click();
  await page.getByLabel('Montant').fill('1.230');
  await page.keyboard.press('Enter');
  await expect(page.getByText('« 1.230 » peut vouloir dire 1 230 ou 1,23.', { exact: false })).toBeVisible();
  expect(app.main.history.index.run({ sort: 'newest' }).count).toBe(0);
  await page.getByLabel('Montant').fill('1 230,00');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /1\s230,00\s\$US/ })).toBeVisible();
});

async function expectNothingCutOff(page: Page, screen: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${screen}: no sideways scroll`,
  ).toBeLessThanOrEqual(width);
  // Text wider than its own box is cut off (or spills over its neighbour).
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('button, label, h1, h2, th, .env-badge, .status, .chip, summary, legend')]
      .filter(
        (el) =>
          el instanceof HTMLElement &&
          el.offsetParent !== null &&
          el.clientWidth > 1 && // not the visually hidden labels kept for screen readers
          el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`),
  );
  expect(clipped, `${screen}: text cut off`).toEqual([]);
}

for (const language of ['de', 'en-XA'] as const) {
  test(`every screen fits 800×600 and passes axe in ${language}`, async ({ app, context }) => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    const words = await speak(app, language);
    const check = async (screen: string) => {
      await expectNothingCutOff(page, screen);
      await expectNoSeriousViolations(page, screen);
    };
    await check('builder: amount');
    await page.getByRole('radio', { name: words.t('builder.mode.cart') }).click();
    await page.getByRole('button', { name: words.t('cart.addItem') }).click();
    await check('builder: cart');
    await page.getByRole('radio', { name: words.t('builder.mode.donation') }).click();
    await check('builder: donation');
    await page.getByRole('radio', { name: words.t('builder.mode.amount') }).click();
    await page.getByLabel(words.t('builder.amount')).fill('3');
    await page.keyboard.press('Enter');
    await expect(page.locator('.link-text')).toBeVisible();
    await check('share');
    await page.keyboard.press('f');
    await check('customer view');
    await page.keyboard.press('Escape');
    await customerPaysOnPhone(page, context);
    await expect(page.getByRole('status').filter({ hasText: words.t('status.completed') })).toBeVisible();
    await check('paid');
    await page.getByRole('button', { name: words.t('nav.history'), exact: true }).click();
    const rows = page.getByRole('list', { name: words.t('history.sessions'), exact: true }).getByRole('listitem');
    await rows.first().getByRole('button').click();
    await check('history');
    await page.getByRole('radio', { name: words.t('history.tab.shifts') }).click();
    await page.getByRole('button', { name: words.t('shift.close') }).click();
    await page.getByRole('button', { name: words.t('shift.confirmYes') }).click();
    await expect(page.getByRole('region', { name: words.t('shift.reportLabel') })).toBeVisible();
    await check('shifts: a report');
    await page.getByRole('button', { name: words.t('nav.links'), exact: true }).click();
    await check('links');
    await page.getByRole('button', { name: words.t('nav.settings'), exact: true }).click();
    await check('settings');
  });
}

// `npm run screenshots`: every screen in each language, for a person to look at.
for (const language of ['de', 'fr', 'es', 'en-XA'] as const) {
  for (const size of [
    { name: '800x600', width: 800, height: 600 },
    { name: '1280x800', width: 1280, height: 800 },
  ]) {
    test(`screens in ${language} at ${size.name} @screenshots`, async ({ app, context }) => {
      const { page } = app;
      const dir = `screenshots/lang-${language}-${size.name}`;
      await mkdir(dir, { recursive: true });
      await page.setViewportSize(size);
      const words = await speak(app, language);
      await page.screenshot({ path: `${dir}/1-builder.png` });
      await page.getByRole('radio', { name: words.t('builder.mode.cart') }).click();
      await page.getByRole('button', { name: words.t('cart.addItem') }).click();
      await page.getByLabel(words.t('item.name')).fill('Croissant');
      await page.getByLabel(words.t('item.price'), { exact: true }).fill(words.decimal(250, 2));
      await page.screenshot({ path: `${dir}/2-cart.png`, fullPage: true });
      await page.getByRole('radio', { name: words.t('builder.mode.donation') }).click();
      await page.screenshot({ path: `${dir}/3-donation.png`, fullPage: true });
      await page.getByRole('radio', { name: words.t('builder.mode.amount') }).click();
      await page.getByLabel(words.t('builder.amount')).fill(words.decimal(1250, 2));
      await page.keyboard.press('Enter');
      await expect(page.locator('.link-text')).toBeVisible();
      await page.screenshot({ path: `${dir}/4-share.png` });
      await customerPaysOnPhone(page, context);
      await expect(page.getByRole('status').filter({ hasText: words.t('status.completed') })).toBeVisible();
      await page.screenshot({ path: `${dir}/5-paid.png` });
      await page.getByRole('button', { name: words.t('nav.history'), exact: true }).click();
      await page
        .getByRole('list', { name: words.t('history.sessions'), exact: true })
        .getByRole('listitem')
        .first()
        .getByRole('button')
        .click();
      await page.screenshot({ path: `${dir}/6-history.png`, fullPage: true });
      await page.getByRole('button', { name: words.t('nav.links'), exact: true }).click();
      await page.screenshot({ path: `${dir}/7-links.png`, fullPage: true });
      await page.getByRole('button', { name: words.t('nav.settings'), exact: true }).click();
      await page.screenshot({ path: `${dir}/8-settings.png`, fullPage: true });
    });
  }
}
