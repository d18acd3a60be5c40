import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CreateSessionInput } from '../../src/shared/create-session-input';
import { translator } from '../../src/shared/i18n/translator';
import type { SessionRecord } from '../../src/shared/session-record';
import { postCancelForm, postCardForm } from '../support/checkout-form';
import { expect, test } from './harness/fixtures';
import type { Harness } from './harness/launch';
import { pdfText } from './harness/pdf';

// #20: closing the shift. Fifty sessions of every kind, currency and outcome are made through
// main and settled at the sandbox as phones would; the close checks them and its report must
// equal what this test works out from the sessions themselves.

const SYSTEM_ERROR_CARD = '4000 0000 0000 0119';
const en = translator('en');

type Outcome = 'paid' | 'failed' | 'cancelled' | 'pending';

/** Session n of the shift: kind, currency and outcome all vary, and every fourth sale carries a 10 % tip. */
function plannedSale(n: number): { input: CreateSessionInput; outcome: Outcome; donated?: string } {
  const currency = n % 7 === 3 ? 'JPY' : n % 5 === 4 ? 'EUR' : 'USD';
  const price = currency === 'JPY' ? `${300 + n * 10}` : `${n + 1}.${String((n * 37) % 100).padStart(2, '0')}`;
  const outcome: Outcome =
    (['paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'failed', 'cancelled', 'pending', 'pending'] as const)[n % 10] ??
    'paid';
  const tip = n % 4 === 0 ? { tip: { kind: 'percent' as const, percent: '10' } } : {};
  if (n % 6 === 5) {
    return { input: { kind: 'donation', currency, reference: `d${n}` }, outcome, donated: price };
  }
  if (n % 3 === 1) {
    const items = [
      { productId: 'a', name: 'Flat white', price, quantity: 2 },
      { productId: 'b', name: 'Croissant', price, quantity: 1 },
    ];
    return { input: { kind: 'cart', currency, items, reference: `c${n}`, ...tip }, outcome };
  }
  return { input: { kind: 'amount', amount: price, currency, reference: `a${n}`, ...tip }, outcome };
}

async function create(app: Harness, input: CreateSessionInput): Promise<SessionRecord> {
  const answer = await app.main.dispatch('sessions:create', input, app.rendererUrl);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data as SessionRecord;
}

async function settle(record: SessionRecord, outcome: Outcome, donated?: string): Promise<void> {
  if (outcome === 'paid') await postCardForm(record.checkoutUrl, donated ? { donationAmount: donated } : {});
  if (outcome === 'failed') await postCardForm(record.checkoutUrl, { cardNumber: SYSTEM_ERROR_CARD });
  if (outcome === 'cancelled') await postCancelForm(record.checkoutUrl);
}

async function closeShift(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.getByRole('radio', { name: 'Shifts' }).click();
  await page.getByRole('button', { name: 'Close shift' }).click();
  await page.getByRole('button', { name: 'Yes, close the shift' }).click();
  await expect(page.getByText('Shift closed.', { exact: false })).toBeVisible();
}

test('a shift of 50 mixed sessions closes with totals equal to a computation in the test', async ({ app }) => {
  const { page } = app;
  test.setTimeout(120_000);
  const expected = new Map<string, { collected: number; tips: number; count: number }>();
  const paidIds: string[] = [];
  const pendingIds: string[] = [];
  for (let n = 0; n < 50; n++) {
    const { input, outcome, donated } = plannedSale(n);
    const record = await create(app, input);
    await settle(record, outcome, donated);
    if (outcome === 'pending') pendingIds.push(record.id);
    if (outcome !== 'paid') continue;
    paidIds.push(record.id);
    const sum = expected.get(record.currency) ?? { collected: 0, tips: 0, count: 0 };
    const charged = donated ? Number(donated) * (record.currency === 'JPY' ? 1 : 100) : record.amountMinor;
    expected.set(record.currency, {
      collected: sum.collected + Math.round(charged),
      tips: sum.tips + (record.tipMinor ?? 0),
      count: sum.count + 1,
    });
  }

  await closeShift(page);
  const report = page.getByRole('region', { name: 'Shift report' });
  const totals = report.getByRole('region', { name: 'Totals' });
  for (const currency of expected.keys()) {
    // The totals card's "Collected" is sales + tips + surcharges; donations show on their own line.
    await expect(totals).toContainText(`Collected · ${currency}`);
  }
  await expect(totals).toContainText(`Paid: ${paidIds.length}`);
  await expect(totals).toContainText(`Waiting for payment: ${pendingIds.length}`);
  await expect(report.getByRole('table', { name: 'Paid sales' }).getByRole('row')).toHaveCount(paidIds.length + 1);
  await expect(
    report.getByRole('table', { name: 'Still waiting for payment at the close' }).getByRole('row'),
  ).toHaveCount(pendingIds.length + 1);

  const file = join(app.dataDir, 'shift.pdf');
  app.dialogs.savePaths.push(file);
  await report.getByRole('button', { name: 'Save report as PDF' }).click();
  await expect(page.getByText(`Report saved to ${file}`)).toBeVisible();
  const printed = (await pdfText(file)).replace(/\s+/g, ' ');
  for (const [currency, sum] of expected) {
    expect(printed, currency).toContain(en.money(sum.collected, currency));
    if (sum.tips > 0) expect(printed, `${currency} tips`).toContain(en.money(sum.tips, currency));
  }
  for (const id of paidIds) {
    const transactionId = app.main.sandbox?.state.sessions.get(id)?.payment?.transactionId ?? 'missing';
    expect(printed).toContain(transactionId);
  }
  for (const id of pendingIds) expect(printed).toContain(id);
  expect(printed).toContain(`${paidIds.length} paid · ${pendingIds.length} waiting · 5 failed · 5 cancelled`);

  // The next shift starts empty, and the closed one is listed under Shifts.
  await page.getByRole('radio', { name: 'Sessions' }).click();
  await page.getByLabel('When').selectOption({ label: 'This shift (since the last close)' });
  await expect(page.getByRole('status').filter({ hasText: /^0 sessions$/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Shifts' }).click();
  await expect(page.getByRole('list', { name: 'Past shifts' }).getByRole('listitem')).toHaveCount(1);
});
