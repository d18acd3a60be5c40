import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../src/shared/ipc/channels';
import type { InvokeOutput } from '../../../src/shared/ipc/contract';
import { APP_URL, startMain, tempDir } from '../helpers/main';
import { submitCard, visitLink } from '../helpers/sandbox';

const DAY_MS = 24 * 60 * 60 * 1000;
const amountSale = { kind: 'amount', amount: '5.00', currency: 'USD' };
const link = (sale: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  sale,
  title: 'Entrance poster',
  expiresInDays: 7,
  usageLimit: null,
  ...extra,
});

type Main = Awaited<ReturnType<typeof startMain>>;

/** A call that must succeed, typed by its channel; the input stays loose so tests can build it freely. */
async function ok<K extends InvokeChannel>(main: Main, channel: K, input: unknown): Promise<InvokeOutput<K>> {
  const result = await main.dispatch(channel, input, APP_URL);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as InvokeOutput<K>;
}

describe('payment links through the real core and sandbox', () => {
  it('creates a link of each mode with the builder’s rules, the two link fields, and its title in metadata', async () => {
    const main = await startMain();
    const made = [
      await ok(main, 'links:create', link(amountSale)),
      await ok(
        main,
        'links:create',
        link(
          {
            kind: 'cart',
            currency: 'EUR',
            items: [
              { productId: 'tote', name: 'Tote bag', price: '12.00', quantity: 2 },
              { productId: 'pin', name: 'Pin', price: '2.50', quantity: 1 },
            ],
          },
          { title: 'Merch table', expiresInDays: 30, usageLimit: 50 },
        ),
      ),
      await ok(
        main,
        'links:create',
        link({ kind: 'donation', currency: 'USD' }, { title: 'Donation box', expiresInDays: 3650 }),
      ),
    ];
    expect(made.map((l) => [l.kind, l.amountMinor, l.currency, l.usageLimit])).toEqual([
      ['amount', 500, 'USD', null],
      ['cart', 2650, 'EUR', 50],
      ['donation', 0, 'USD', null],
    ]);
    const stored = made.map((l) => main.sandbox?.state.links.get(l.id));
    expect(stored.map((s) => s?.usageLimit)).toEqual([null, 50, null]);
    expect(stored[0]?.request.amountMinor).toBe(500);
    expect(stored[1]?.request.items?.map((item) => item.name)).toEqual(['Tote bag', 'Pin']);
    expect(stored[2]?.request.checkoutMode).toBe('donation');
    expect(stored[1]?.request.metadata).toEqual({ linkTitle: 'Merch table' });
    expect(Date.parse(made[1]?.expiresAt ?? '') - Date.parse(made[1]?.createdAt ?? '')).toBeCloseTo(30 * DAY_MS, -4);

    const listed = await ok(main, 'links:list', undefined);
    expect(listed.map((l) => l.title).sort()).toEqual(['Donation box', 'Entrance poster', 'Merch table']);
  });

  it.each([
    ['0 days', { expiresInDays: 0 }, 'expiresInDays'],
    ['3651 days', { expiresInDays: 3651 }, 'expiresInDays'],
    ['half a day', { expiresInDays: 1.5 }, 'expiresInDays'],
    ['a usage limit of 0', { usageLimit: 0 }, 'usageLimit'],
    ['a usage limit in words', { usageLimit: 'ten' }, 'usageLimit'],
    ['no title', { title: '   ' }, 'title'],
    ['a bad amount', { sale: { ...amountSale, amount: '1.999' } }, 'sale.amount'],
  ])('refuses %s naming the field, and makes no link', async (_name, change, field) => {
    const main = await startMain();
    const result = await main.dispatch('links:create', link(amountSale, change), APP_URL);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {})).toContain(field);
    expect(main.sandbox?.state.links.size).toBe(0);
    expect(await ok(main, 'links:list', undefined)).toEqual([]);
  });

  it('makes one link for a repeated request id, and keeps the links across a restart', async () => {
    const dataDir = await tempDir();
    const first = await startMain({ dataDir });
    const input = link({ ...amountSale, requestId: crypto.randomUUID() });
    const [a, b] = await Promise.all([ok(first, 'links:create', input), ok(first, 'links:create', input)]);
    expect(a.id).toBe(b.id);
    expect(first.sandbox?.state.links.size).toBe(1);
    await first.stop();

    const second = await startMain({ dataDir });
    expect((await ok(second, 'links:list', undefined)).map((l) => l.id)).toEqual([a.id]);
  });

  it('shares a link: copy, QR file, poster PDF on A4 or Letter, print', async () => {
    const pdfs: { html: string; paper: unknown }[] = [];
    const printed: string[] = [];
    const main = await startMain({
      printer: {
        print: (html) => {
          printed.push(html);
          return Promise.resolve();
        },
        savePdf: (html, _path, paper) => {
          pdfs.push({ html, paper });
          return Promise.resolve();
        },
      },
    });
    const made = await ok(main, 'links:create', link({ kind: 'donation', currency: 'GBP' }));
    expect(await ok(main, 'links:copy', { id: made.id })).toEqual({ copied: made.url });
    expect(main.copied).toEqual([made.url]);

    const dir = await tempDir();
    main.dialogs.savePaths.push(join(dir, 'qr.png'), join(dir, 'poster.pdf'));
    expect(await ok(main, 'links:save-qr', { id: made.id, format: 'png' })).toMatchObject({ cancelled: false });
    expect((await readFile(join(dir, 'qr.png'))).subarray(1, 4).toString()).toBe('PNG');
    await ok(main, 'links:save-poster', { id: made.id, paper: 'letter' });
    expect(pdfs[0]?.paper).toBe('letter');
    expect(pdfs[0]?.html).toContain('Choose your amount');
    expect(pdfs[0]?.html).toContain('Entrance poster');
    expect(pdfs[0]?.html).toContain('size: letter portrait');
    expect(await ok(main, 'links:save-poster', { id: made.id, paper: 'a4' })).toEqual({ cancelled: true });

    await ok(main, 'links:print-poster', { id: made.id, paper: 'a4' });
    expect(printed[0]).toContain('size: A4 portrait');
    expect(await main.dispatch('links:copy', { id: 'pl_unknown' }, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('prints its poster in the brand colour of the profile it was made under, kept with the link', async () => {
    const pdfs: string[] = [];
    const main = await startMain({
      printer: {
        print: () => Promise.resolve(),
        savePdf: (html) => {
          pdfs.push(html);
          return Promise.resolve();
        },
      },
    });
    const plain = await ok(main, 'links:create', link(amountSale));
    const settings = await ok(main, 'settings:get', undefined);
    const first = settings.profiles[0];
    if (!first) throw new Error('no profile');
    const { keys: _keys, ...profile } = first;
    await ok(main, 'settings:save-profile', { ...profile, appearance: { primaryColor: '#2f7d4f' } });
    const branded = await ok(main, 'links:create', link(amountSale));
    await ok(main, 'settings:save-profile', { ...profile, appearance: { primaryColor: '#c27c0e' } });

    const dir = await tempDir();
    main.dialogs.savePaths.push(join(dir, 'branded.pdf'), join(dir, 'plain.pdf'));
    await ok(main, 'links:save-poster', { id: branded.id, paper: 'a4' });
    await ok(main, 'links:save-poster', { id: plain.id, paper: 'a4' });
    expect(pdfs[0]).toContain('--brand: #2f7d4f;');
    expect(pdfs[1]).toContain('--brand: #000000;'); // made before there was a brand colour
  });

  it('adds a session a link spawned to history, by id or by the redirect URL, with the link it came from', async () => {
    const main = await startMain();
    const made = await ok(main, 'links:create', link({ ...amountSale, reference: 'Gate A' }));
    const base = new URL(made.url).origin;
    const paidId = (await visitLink(made.url)).sessionId ?? '';
    const otherId = (await visitLink(made.url)).sessionId ?? '';
    expect(paidId).not.toBe(otherId);
    const paid = await submitCard(base, paidId);

    const fromRedirect = await ok(main, 'history:lookup', { text: paid.location });
    expect(fromRedirect).toMatchObject({
      id: paidId,
      status: 'completed',
      kind: 'amount',
      amountMinor: 500,
      reference: 'Gate A',
      paymentLinkId: made.id,
      payment: { paidMinor: 500, cardLastFour: '4242' },
    });
    const waiting = await ok(main, 'history:lookup', { text: `  ${otherId} ` });
    expect(waiting).toMatchObject({ status: 'pending', paymentLinkId: made.id });
    expect(main.history.get(otherId)?.paymentLinkId).toBe(made.id);

    // Looking up a known session again checks it instead of adding a second record.
    await ok(main, 'history:lookup', { text: otherId });
    expect(main.history.size).toBe(2);
  });

  it('says what is wrong with a lookup that cannot work', async () => {
    const main = await startMain();
    expect(await main.dispatch('history:lookup', { text: 'not a session!' }, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { text: expect.stringContaining('session ID') } },
    });
    const unknown = await main.dispatch('history:lookup', { text: 'session_doesnotexist' }, APP_URL);
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('does not know') } });
    expect(main.history.size).toBe(0);
  });

  it('leaves out a damaged saved link and says so', async () => {
    const dataDir = await tempDir();
    const valid = await startMain({ dataDir });
    const made = await ok(valid, 'links:create', link(amountSale));
    await valid.stop();
    const file = join(dataDir, 'links.json');
    const saved = JSON.parse(await readFile(file, 'utf8')) as { links: unknown[] };
    await writeFile(file, JSON.stringify({ links: [...saved.links, { id: 'pl_broken', url: 42 }] }));

    const main = await startMain({ dataDir });
    expect((await ok(main, 'links:list', undefined)).map((l) => l.id)).toEqual([made.id]);
    expect(main.notices.map(main.words().say).join(' ')).toContain('1 saved payment link could not be read');
  });
});
