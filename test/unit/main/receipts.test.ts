import { describe, expect, it } from 'vitest';
import type { PageSize } from '../../../src/main/core/ports-printer';
import { postCardForm } from '../../support/checkout-form';
import { data, startMain } from '../helpers/main';

// Receipts through main (#20): only for a paid session, with the facts a fresh GET brings.

async function mainThatPrints() {
  const pdfs: { html: string; page: PageSize | undefined }[] = [];
  const main = await startMain({
    printer: {
      print: () => Promise.resolve(),
      savePdf: (html, _path, page) => {
        pdfs.push({ html, page });
        return Promise.resolve();
      },
    },
  });
  return { main, pdfs };
}

describe('a receipt', () => {
  it('is refused for a sale not yet paid, saying so', async () => {
    const { main } = await mainThatPrints();
    const sale = await data(main.api.sessions.create({ kind: 'amount', amount: '9.00', currency: 'USD' }));
    const answer = await main.api.receipts.savePdf({ id: sale.id });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('still waiting for payment');
  });

  it('carries the card and transaction id of a fresh check, on the paper the preferences name', async () => {
    const { main, pdfs } = await mainThatPrints();
    const prefs = await data(main.api.settings.get());
    await data(main.api.settings.setPreferences({ ...prefs.preferences, receiptPaper: 'roll-58' }));
    const sale = await data(main.api.sessions.create({ kind: 'amount', amount: '9.00', currency: 'USD' }));
    await postCardForm(sale.checkoutUrl);
    main.dialogs.savePaths.push('/tmp/receipt.pdf');
    await data(main.api.receipts.savePdf({ id: sale.id }));
    const [pdf] = pdfs;
    expect(pdf?.page).toMatchObject({ widthMm: 58 });
    const stored = main.sandbox?.state.sessions.get(sale.id);
    expect(pdf?.html).toContain(`Transaction ${stored?.payment?.transactionId ?? 'missing'}`);
    expect(pdf?.html).toContain('VISA ···· 4242');
    expect(pdf?.html).toContain('$9.00');
    expect(pdf?.html).toContain('TEST — no money moved');
  });
});
