import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

// #18: Settings in sections with plain words — a shop owner finds the account, where customers
// are sent back to, the station, donations, tips and the brand without reading every field.

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a profile's settings come in named sections at ${size.width}×${size.height} (${scheme})`, async ({
      app,
    }, testInfo) => {
      const { page } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const form = page.getByRole('form', { name: 'Profile' });
      for (const [section, field] of [
        ['Account', 'Profile name'],
        ['Redirects after paying', 'Success URL'],
        ['Station', 'Default currency'],
        ['Donations', 'Donation presets'],
        ['Appearance on the checkout page', 'Brand colour'],
      ] as const) {
        await expect(form.getByRole('group', { name: section }).getByLabel(field, { exact: false })).toBeVisible();
      }
      // Side by side, the fields line up and keep their height, whichever of them has a hint below.
      for (const [section, left, right] of [
        ['Station', 'Default currency', 'Station name'],
        ['Appearance on the checkout page', 'Brand colour', 'Logo URL'],
      ] as const) {
        const group = form.getByRole('group', { name: section });
        const [a, b] = await Promise.all([left, right].map((name) => group.getByLabel(name).boundingBox()));
        expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1)), `${left} and ${right} tops`).toBeLessThanOrEqual(1);
        expect(Math.abs((a?.height ?? 0) - (b?.height ?? 1)), `${left} and ${right} heights`).toBeLessThanOrEqual(1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectNoSeriousViolations(page, `Settings (${scheme})`);
      await page.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });
    });
  }
}
