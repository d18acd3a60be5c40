import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIFT_REPORTS_DIR } from '../../../src/main/core/shifts/shift-book';
import { postCardForm } from '../../support/checkout-form';
import { data, startMain } from '../helpers/main';
import { fillDisk, mountTinyDisk } from '../helpers/tiny-disk';

// Closing the shift through main over the real sandbox (#20): fresh checks first, a report of
// what history holds, and "this shift" starts empty after it.

const DECLINED_SYSTEM = '4000 0000 0000 0119';

type Main = Awaited<ReturnType<typeof startMain>>;

const sell = (main: Main, amount: string) =>
  data(main.api.sessions.create({ kind: 'amount', amount, currency: 'USD', reference: `sale ${amount}` }));

const thisShift = async (main: Main) =>
  (await data(main.api.history.query({ sort: 'oldest', thisShift: true, offset: 0, limit: 100 }))).rows.map(
    (r) => r.id,
  );

describe('closing the shift', () => {
  it('checks each waiting sale with a fresh GET, reports what it finds, and the next shift starts empty', async () => {
    const main = await startMain();
    const paid = await sell(main, '12.00');
    const waiting = await sell(main, '3.00');
    const refused = await sell(main, '7.50');
    // Paid and refused at the sandbox: main has not checked them yet, the close must.
    await postCardForm(paid.checkoutUrl);
    await postCardForm(refused.checkoutUrl, { cardNumber: DECLINED_SYSTEM });
    expect((await data(main.api.sessions.get({ id: paid.id }))).status).toBe('pending');

    const report = await data(main.api.shifts.close());
    expect(report.totals.byCurrency).toEqual([
      expect.objectContaining({ currency: 'USD', salesMinor: 1200, salesCount: 1, tipsMinor: 0 }),
    ]);
    expect(report.totals.counts).toMatchObject({ completed: 1, pending: 1, failed: 1 });
    const transactionId = main.sandbox?.state.sessions.get(paid.id)?.payment?.transactionId;
    expect(report.sales).toEqual([
      expect.objectContaining({ id: paid.id, chargedMinor: 1200, transactionId, card: 'VISA 4242' }),
    ]);
    expect(report.unresolved).toEqual([
      expect.objectContaining({ id: waiting.id, amountMinor: 300, checked: true, carried: false }),
    ]);
    expect(report.from).toBeUndefined();
    expect(report.includesTest).toBe(true);

    expect(await thisShift(main)).toEqual([]);
    const next = await sell(main, '4.00');
    expect(await thisShift(main)).toEqual([next.id]);
    const listed = await data(main.api.shifts.list());
    expect(listed.open.since).toBe(report.to);
    expect(listed.past).toEqual([
      expect.objectContaining({
        id: report.id,
        collected: [{ currency: 'USD', amountMinor: 1200, count: 1 }],
        unresolvedCount: 1,
      }),
    ]);
    expect(await data(main.api.shifts.get({ id: report.id }))).toEqual(report);
  });

  it('lists a sale paid after its shift closed in the next report, apart from that shift’s totals', async () => {
    const main = await startMain();
    const waiting = await sell(main, '3.00');
    const first = await data(main.api.shifts.close());
    expect(first.unresolved.map((u) => u.id)).toEqual([waiting.id]);

    await postCardForm(waiting.checkoutUrl);
    const sold = await sell(main, '5.00');
    await postCardForm(sold.checkoutUrl);
    const second = await data(main.api.shifts.close());
    expect(second.from).toBe(first.to);
    expect(second.paidLate).toEqual([expect.objectContaining({ id: waiting.id, chargedMinor: 300 })]);
    expect(second.sales.map((s) => s.id)).toEqual([sold.id]);
    expect(second.totals.byCurrency).toEqual([expect.objectContaining({ salesMinor: 500, salesCount: 1 })]);
    expect(second.unresolved).toEqual([]);
  });

  it('carries a sale still waiting from close to close until it settles', async () => {
    const main = await startMain();
    const waiting = await sell(main, '3.00');
    await data(main.api.shifts.close());
    const second = await data(main.api.shifts.close());
    expect(second.unresolved).toEqual([expect.objectContaining({ id: waiting.id, carried: true, checked: true })]);
    expect(second.totals.counts.pending).toBe(0);
  });

  it('says so when a past report is damaged, and the others still open', async () => {
    const main = await startMain();
    const first = await data(main.api.shifts.close());
    const second = await data(main.api.shifts.close());
    await writeFile(join(main.dataDir, SHIFT_REPORTS_DIR, `${first.id}.json`), '{"id": "not a report"');
    const answer = await main.api.shifts.get({ id: first.id });
    expect(answer).toMatchObject({ ok: false, error: { message: /could not be read: it is damaged/ } });
    expect((await data(main.api.shifts.get({ id: second.id }))).id).toBe(second.id);
    // A third close carries nothing from the damaged one and still closes.
    expect((await data(main.api.shifts.close())).from).toBe(second.to);
  });

  it('refuses a report id that is not one, without touching the disk', async () => {
    const main = await startMain();
    const answer = await main.dispatch('shifts:get', { id: '../settings' }, 'http://127.0.0.1:5999/');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('leaves the shift open when the disk is full, says what to do, and closes once there is room', async () => {
    const disk = await mountTinyDisk(2 * 1024 * 1024);
    if (!disk) return;
    try {
      const main = await startMain({ dataDir: join(disk.dir, 'data') });
      const sale = await sell(main, '6.00');
      await fillDisk(disk.dir);
      const answer = await main.api.shifts.close();
      expect(answer).toMatchObject({ ok: false, error: { code: 'disk-full', message: /Free some space/ } });
      expect((await data(main.api.shifts.list())).open.since).toBeUndefined();
      expect(await thisShift(main)).toEqual([sale.id]);
      await rm(join(disk.dir, 'filler'));
      const report = await data(main.api.shifts.close());
      expect(report.unresolved.map((u) => u.id)).toEqual([sale.id]);
      const index = await readFile(join(main.dataDir, 'shifts.jsonl'), 'utf8');
      expect(index.trim().split('\n')).toHaveLength(1);
      await main.stop();
    } finally {
      await disk.unmount();
    }
  });
});
