import { afterEach, describe, expect, it } from 'vitest';
import { APP_URL, data, startMain } from '../helpers/main';
import { fetchTrustingTestCa, pngOf, serveFiles, startImageHost, type ImageHost } from '../../support/image-host';

// images:get and the poster's logo through the real core: main fetches, the window gets a data URL.

type Main = Awaited<ReturnType<typeof startMain>>;
const hosts: ImageHost[] = [];
afterEach(async () => Promise.all(hosts.splice(0).map((host) => host.close())));

const sale = { kind: 'amount', amount: '5.00', currency: 'USD' } as const;
const link = { sale, title: 'Gate poster', expiresInDays: 7, usageLimit: null };

/** Main on the tests' image host, keeping each page sent to the printer in `printed`. */
function startPrinting(printed: string[]): Promise<Main> {
  return startMain({
    imageFetch: fetchTrustingTestCa,
    printer: {
      print: (html) => {
        printed.push(html);
        return Promise.resolve();
      },
      savePdf: () => Promise.resolve(),
    },
  });
}

/** Saves the profile with this logo; answers how to ask for the profile's logo. */
async function withLogo(main: Main, logoUrl: string): Promise<{ of: 'profile'; id: string }> {
  const settings = await data(main.api.settings.get());
  const first = settings.profiles[0];
  if (!first) throw new Error('no profile');
  const { keys: _keys, ...profile } = first;
  await data(main.api.settings.saveProfile({ ...profile, appearance: { logoUrl } }));
  return { of: 'profile', id: first.id };
}
const firstProfile = async (main: Main): Promise<{ of: 'profile'; id: string }> => ({
  of: 'profile',
  id: (await data(main.api.settings.get())).activeProfileId,
});

describe('pictures fetched by main', () => {
  it("gives the window the profile's logo and puts it on the poster of a link made with it", async () => {
    const png = await pngOf('Corner Café');
    const host = await startImageHost(serveFiles({ '/logo.png': png }));
    hosts.push(host);
    const printed: string[] = [];
    const main = await startPrinting(printed);
    expect(await data(main.api.images.get(await firstProfile(main)))).toEqual({ dataUrl: null });
    const before = await data(main.api.links.create(link));

    const profileLogo = await withLogo(main, `${host.base}/logo.png`);
    const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
    expect(await data(main.api.images.get(profileLogo))).toEqual({ dataUrl });
    const made = await data(main.api.links.create(link));
    expect(await data(main.api.images.get({ of: 'link', id: made.id }))).toEqual({ dataUrl });
    expect(await data(main.api.images.get({ of: 'link', id: before.id }))).toEqual({ dataUrl: null });

    await data(main.api.links.printPoster({ id: made.id, paper: 'a4' }));
    await data(main.api.links.printPoster({ id: before.id, paper: 'a4' }));
    expect(printed[0]).toContain(`<img class="logo" src="${dataUrl}" alt="">`);
    expect(printed[1]).not.toContain('<img');
  });

  it('prints the poster without the logo when its host is down, and tells Settings why', async () => {
    const host = await startImageHost(serveFiles({}));
    await host.close();
    const printed: string[] = [];
    const main = await startPrinting(printed);
    const profileLogo = await withLogo(main, `${host.base}/logo.png`);
    const made = await data(main.api.links.create(link));
    expect(await data(main.api.links.printPoster({ id: made.id, paper: 'letter' }))).toEqual({ printed: true });
    expect(printed[0]).toContain('Gate poster');
    expect(printed[0]).not.toContain('<img');
    const answer = await main.dispatch('images:get', profileLogo, APP_URL);
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'api-unavailable',
        message: expect.stringMatching(/^Cannot reach 127\.0\.0\.1:\d+ to fetch the picture/),
      },
    });
  });

  it("gives a product's picture, nothing for a product without one, and refuses ids it does not know", async () => {
    const png = await pngOf('tea');
    const host = await startImageHost(serveFiles({ '/tea.png': png }), 'http');
    hosts.push(host);
    const main = await startMain({ imageFetch: fetchTrustingTestCa });
    await data(
      main.api.catalogue.save({
        productId: 'tea',
        name: 'Tea',
        price: '2.50',
        imageUrl: `${host.base}/tea.png`,
      }),
    );
    const products = await data(main.api.catalogue.save({ productId: 'cake', name: 'Cake', price: '3.00' }));
    const [tea, cake] = ['tea', 'cake'].map((id) => products.find((p) => p.productId === id));
    if (!tea || !cake) throw new Error('no products');
    expect(await data(main.api.images.get({ of: 'product', id: tea.id }))).toEqual({
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    });
    expect(await data(main.api.images.get({ of: 'product', id: cake.id }))).toEqual({ dataUrl: null });
    expect(await main.dispatch('images:get', { of: 'product', id: crypto.randomUUID() }, APP_URL)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That product is no longer in the catalogue.' },
    });
    // The window names what to show, never an address: main would not fetch one it is handed.
    expect(
      await main.dispatch('images:get', { of: 'url', url: 'https://attacker.example/x.png' }, APP_URL),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(host.asked).toEqual(['/tea.png']);
  });
});
