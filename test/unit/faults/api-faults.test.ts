import { describe, expect, it } from 'vitest';
import type { FaultPlan } from '../../../src/main/sandbox/faults';
import type { SessionStatus } from '../../../src/shared/ozura/status';
import { data, startMain } from '../helpers/main';
import { postJson, submitCard } from '../helpers/sandbox';

// The fault suite: the whole main side (dispatcher, services, client, history) against the real
// sandbox over HTTP, with the sandbox's own fault injection. For session creation, link creation
// and status checks: the user gets a clear answer, retries back off, and exactly one thing exists.

type Main = Awaited<ReturnType<typeof startMain>>;

const sale = { kind: 'amount', amount: '7.50', currency: 'USD' } as const;

const operations = {
  'session creation': {
    create: (main: Main, requestId: string) => main.api.sessions.create({ ...sale, requestId }),
    madeInSandbox: (main: Main) => main.sandbox?.state.sessions.size ?? 0,
    keptByApp: (main: Main) => Promise.resolve(main.history.size),
  },
  'link creation': {
    create: (main: Main, requestId: string) =>
      main.api.links.create({ sale: { ...sale, requestId }, title: 'Gate', expiresInDays: 7, usageLimit: null }),
    madeInSandbox: (main: Main) => main.sandbox?.state.links.size ?? 0,
    keptByApp: async (main: Main) => {
      return (await data(main.api.links.list())).length;
    },
  },
};

const recoverable: [string, FaultPlan][] = [
  ['1.5 s of added latency', { latencyMs: 1500 }],
  ['a burst of 500s', { failNext: { count: 2, status: 500 } }],
  ['a burst of 502s', { failNext: { count: 3, status: 502 } }],
  ['a burst of 503s', { failNext: { count: 3, status: 503 } }],
  ['429 with Retry-After', { rateLimitNext: { count: 1, retryAfterSeconds: 1 } }],
  ['connection resets', { resetNext: 2 }],
  ['an answer lost after the server made it', { dropResponseNext: 1 }],
  [
    'a reset, then a 503, then a lost answer',
    { resetNext: 1, failNext: { count: 1, status: 503 }, dropResponseNext: 1 },
  ],
];

async function inject(main: Main, plan: FaultPlan | null): Promise<void> {
  const base = main.sandbox?.baseUrl ?? '';
  if (plan) await postJson(`${base}/__sandbox/faults`, plan);
  else await fetch(`${base}/__sandbox/faults`, { method: 'DELETE' });
}

for (const [name, operation] of Object.entries(operations)) {
  describe(`fault suite: ${name}`, () => {
    it.each(recoverable)('succeeds through %s, and exactly one exists afterwards', async (_fault, plan) => {
      const main = await startMain();
      await inject(main, plan);
      const result = await operation.create(main, crypto.randomUUID());
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(operation.madeInSandbox(main)).toBe(1);
      expect(await operation.keptByApp(main)).toBe(1);
    });

    it('says what to do while the API stays down; pressing again afterwards makes exactly one', async () => {
      const main = await startMain();
      const requestId = crypto.randomUUID();
      await inject(main, { failNext: { count: 50, status: 503 } });
      const failed = await operation.create(main, requestId);
      expect(failed).toMatchObject({
        ok: false,
        error: { code: 'api-unavailable', message: 'Ozura is having trouble (503). Try again in a moment.' },
      });
      expect(await operation.keptByApp(main)).toBe(0);

      // The server made it, but the answer never came back: the retry with the same key finds it.
      await inject(main, { dropResponseNext: 4 });
      expect((await operation.create(main, requestId)).ok).toBe(false);
      await inject(main, null);
      expect((await operation.create(main, requestId)).ok).toBe(true);
      expect(operation.madeInSandbox(main)).toBe(1);
      expect(await operation.keptByApp(main)).toBe(1);
    });

    it('answers a long 429 with a message to wait, and makes nothing', async () => {
      const main = await startMain();
      await inject(main, { rateLimitNext: { count: 5, retryAfterSeconds: 60 } });
      const result = await operation.create(main, crypto.randomUUID());
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'api-unavailable', message: 'Ozura is limiting requests (429). Wait a moment and try again.' },
      });
      expect(operation.madeInSandbox(main)).toBe(0);
    });
  });
}

describe('fault suite: status checks', () => {
  it('never records an older or worse status while checks fail, and catches up when they work again', async () => {
    const main = await startMain();
    const seen: SessionStatus[] = [];
    main.api.sessions.onChanged((changed) => seen.push(changed.status));
    const record = await data(main.api.sessions.create(sale));
    await data(main.api.sessions.focus({ id: record.id }));

    // Every kind of failure for the next checks; meanwhile the customer pays.
    // (The on-screen checks back off 4 s, then 8 s, then waits out the Retry-After: about 15 s in all.)
    await inject(main, {
      resetNext: 1,
      failNext: { count: 1, status: 502 },
      rateLimitNext: { count: 1, retryAfterSeconds: 1 },
    });
    const base = main.sandbox?.baseUrl ?? '';
    expect((await submitCard(base, record.id)).status).toBe(303);
    await expect.poll(() => main.history.get(record.id)?.status, { timeout: 35_000, interval: 200 }).toBe('completed');

    // A late answer from before the payment cannot undo it.
    const late = await main.history.update(record.id, { status: 'pending' });
    expect(late?.status).toBe('completed');
    expect(main.history.get(record.id)).toMatchObject({ status: 'completed', payment: { paidMinor: 750 } });
    const firstPaid = seen.indexOf('completed');
    expect(firstPaid).toBeGreaterThanOrEqual(0);
    expect(seen.slice(firstPaid).every((status) => status === 'completed')).toBe(true);
  }, 40_000);
});
