import { readdir, readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, isInvokeChannel } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { APP_URL, startMain } from '../helpers/main';

// Every invoke channel gets generated malformed payloads. Each must answer with a typed error
// (never throw, never crash main), and none may write anything to disk or reach the API.

const junk = fc.oneof(
  fc.anything({ maxDepth: 3, withBoxedValues: false, withNullPrototype: true, withObjectString: true }),
  fc.constantFrom(
    null,
    '',
    'x'.repeat(100_000),
    { __proto__: { polluted: true } },
    { kind: 'amount', amount: '1.00', currency: 'USD', extra: 1 },
    { id: 123 },
    { id: '' },
    { format: 'exe' },
    { id: 'pl_x', paper: 'tabloid' },
    { sale: { kind: 'amount', amount: '1.00', currency: 'USD' }, title: 'x', expiresInDays: 0, usageLimit: null },
    { sale: { kind: 'donation', currency: 'USD' }, title: '', expiresInDays: 7, usageLimit: -1 },
    { text: '' },
    [],
    { constructor: { prototype: { hacked: true } } },
  ),
);

async function snapshot(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  const contents = await Promise.all(
    names.map(async (name) => `${name}:${await readFile(`${dir}/${name}`, 'utf8').catch(() => '<dir>')}`),
  );
  return contents.join('\n');
}

describe('IPC fuzzing', () => {
  it('answers every malformed payload on every channel with a typed error, writing nothing', async () => {
    const main = await startMain();
    const channels = Object.keys(CHANNELS).filter(isInvokeChannel);
    const before = await snapshot(main.dataDir);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), junk, async (channel, payload) => {
        // Only malformed payloads are the point here; the odd valid one (null clears the draft) is skipped.
        if (contract[channel].input.safeParse(payload).success) return;
        const result = await main.dispatch(channel, payload, APP_URL);
        answered += 1;
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid-input');
        expect(typeof result.error.message).toBe('string');
      }),
      { numRuns: 600 },
    );
    expect(answered).toBeGreaterThan(500);
    expect(await snapshot(main.dataDir)).toBe(before);
    expect(main.sandbox?.state.sessions.size).toBe(0);
    expect(main.sandbox?.state.links.size).toBe(0);
    expect(main.history.size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown channels and foreign senders for any payload', async () => {
    const main = await startMain();
    await fc.assert(
      fc.asyncProperty(fc.string(), junk, async (channel, payload) => {
        const known = isInvokeChannel(channel);
        const result = await main.dispatch(channel, payload, known ? 'https://evil.example/' : APP_URL);
        expect(result).toMatchObject({ ok: false, error: { code: known ? 'forbidden-sender' : 'unknown-channel' } });
      }),
      { numRuns: 300 },
    );
  });
});
