import { test } from './harness/fixtures';
import { historyRows } from './harness/sale';

test('look at history', async ({ app }, testInfo) => {
  const { page } = app;
  for (let n = 0; n < 20; n++)
    await app.main.dispatch(
      'sessions:create',
      { currency: 'USD', kind: 'amount', amount: `${n + 1}.50`, reference: `Table ${n}` },
      app.rendererUrl,
    );
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await historyRows(page).first().waitFor();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    await page.setViewportSize(size);
    const visible = await page.evaluate(
      () =>
        [...document.querySelectorAll('.history-row')].filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= 0 && b.bottom <= window.innerHeight;
        }).length,
    );
    console.log(size.width, 'rows fully visible', visible);
    await page.screenshot({ path: testInfo.outputPath(`history-${size.width}.png`) });
  }
});
