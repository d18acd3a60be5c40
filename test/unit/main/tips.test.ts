import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../src/shared/ipc/contract';
import { APP_URL, data, startMain } from '../helpers/main';

// Tips (#20) through main: the staff window asks, the customer window answers, main works out
// the buttons from the profile and charges sale + tip.

async function mainWithTipping(unit: 'percent' | 'amount' = 'percent', presets = ['10', '15', '20']) {
  let customerWindow = false;
  const main = await startMain({
    customerWindowOpen: () => customerWindow,
    openCustomerWindow: () => {
      customerWindow = true;
      return Promise.resolve();
    },
  });
  const settings = await data(main.api.settings.get());
  const [first] = settings.profiles;
  if (!first) throw new Error('no profile');
  const { keys: _keys, ...profile } = first;
  await data(main.api.settings.saveProfile({ ...profile, tipping: { enabled: true, unit, presets } }));
  const shown: EventPayload<'display:changed'>[] = [];
  const chosen: EventPayload<'display:tip-chosen'>[] = [];
  main.onEvent((channel, payload) => {
    if (channel === 'display:changed') shown.push(payload as EventPayload<'display:changed'>);
    if (channel === 'display:tip-chosen') chosen.push(payload as EventPayload<'display:tip-chosen'>);
  });
  return { main, shown, chosen };
}

describe('a tip chosen on the customer window', () => {
  it('shows the profile’s buttons worked out for the sale, passes the choice to the staff, and charges it', async () => {
    const { main, shown, chosen } = await mainWithTipping();
    await data(main.api.display.openCustomerWindow());
    const asked = await data(main.api.display.askTip({ currency: 'USD', saleMinor: 1234 }));
    expect(asked).toEqual({ onCustomerWindow: true });
    const prompt = shown.at(-1)?.tipPrompt;
    expect(prompt?.options.map((o) => o.tipMinor)).toEqual([123, 185, 247]);

    // The customer window's own call, as its bridge sends it.
    const answer = await main.dispatch('display:choose-tip', { tip: prompt?.options[1]?.choice }, APP_URL, 'customer');
    expect(answer).toEqual({ ok: true, data: { passedOn: true } });
    expect(chosen).toEqual([{ tip: { kind: 'percent', percent: '15' } }]);
    expect(shown.at(-1)?.tipPrompt).toBeNull();

    const record = await data(
      main.api.sessions.create({
        kind: 'amount',
        amount: '12.34',
        currency: 'USD',
        tip: { kind: 'percent', percent: '15' },
      }),
    );
    expect(record).toMatchObject({ amountMinor: 1419, tipMinor: 185 });
    const atSandbox = main.sandbox?.state.sessions.get(record.id)?.request;
    expect(atSandbox).toMatchObject({ amountMinor: 1419, metadata: { tip: '185' } });
  });

  it('passes nothing on when no tip is being asked, or once the staff went back to the builder', async () => {
    const { main, chosen } = await mainWithTipping();
    const early = await main.dispatch('display:choose-tip', { tip: null }, APP_URL, 'customer');
    expect(early).toEqual({ ok: true, data: { passedOn: false } });
    await data(main.api.display.askTip({ currency: 'USD', saleMinor: 500 }));
    await data(main.api.display.askTip(null));
    const late = await main.dispatch(
      'display:choose-tip',
      { tip: { kind: 'amount', amount: '1' } },
      APP_URL,
      'customer',
    );
    expect(late).toEqual({ ok: true, data: { passedOn: false } });
    expect(chosen).toEqual([]);
  });

  it('says the customer window is closed, so the staff screen shows the buttons itself', async () => {
    const { main } = await mainWithTipping('amount', ['1', '2', '5']);
    expect(await data(main.api.display.askTip({ currency: 'EUR', saleMinor: 800 }))).toEqual({
      onCustomerWindow: false,
    });
    expect((await data(main.api.display.get())).tipPrompt?.options.map((o) => o.tipMinor)).toEqual([100, 200, 500]);
  });

  it('a cart charges its Tip line, named in the staff’s language', async () => {
    const { main } = await mainWithTipping();
    const settings = await data(main.api.settings.get());
    await data(main.api.settings.setPreferences({ ...settings.preferences, language: 'de' }));
    const record = await data(
      main.api.sessions.create({
        kind: 'cart',
        currency: 'EUR',
        items: [{ productId: 'tea', name: 'Tee', price: '3.50', quantity: 2 }],
        tip: { kind: 'amount', amount: '1.00' },
      }),
    );
    expect(record).toMatchObject({ amountMinor: 800, tipMinor: 100 });
    const items = main.sandbox?.state.sessions.get(record.id)?.request.items;
    expect(items?.at(-1)).toMatchObject({ productId: 'tip', name: 'Trinkgeld', priceMinor: 100, quantity: 1 });
  });
});
