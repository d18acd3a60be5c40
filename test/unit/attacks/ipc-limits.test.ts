import { describe, expect, it } from 'vitest';
import { CHANNELS, isInvokeChannel } from '../../../src/shared/ipc/channels';
import { MAX_IPC_ANSWER_BYTES } from '../../../src/main/core/ipc/limits';
import { APP_URL, startMain } from '../helpers/main';

// #15 attack 6: payloads built to hurt the gate. Every call must come back as a typed error of
// bounded size, and main must not write or create anything.

function deep(levels: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}
const manyUnknownKeys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown_key_${i}`, i]));

const hostile: [string, unknown][] = [
  ['a 10 MB string', 'x'.repeat(10 * 1024 * 1024)],
  ['an object with a 10 MB field', { id: 'x'.repeat(10 * 1024 * 1024), text: 'y'.repeat(10 * 1024 * 1024) }],
  ['100,000 levels of nesting', deep(100_000)],
  ['a 4 MB Uint8Array', new Uint8Array(4 * 1024 * 1024)],
  ['a Float64Array', new Float64Array(1000)],
  ['an ArrayBuffer', new ArrayBuffer(1024)],
  ['10,000 unknown keys', manyUnknownKeys],
  ['an amount with 10 MB of zeros', { kind: 'amount', currency: 'USD', amount: `1.${'0'.repeat(10 * 1024 * 1024)}` }],
];

describe('attack 6: the IPC gate under hostile payloads', () => {
  it.each(hostile)('every channel answers %s with a small typed error and does nothing', async (_name, payload) => {
    const main = await startMain();
    const slowest = { channel: '', ms: 0 };
    for (const channel of Object.keys(CHANNELS).filter(isInvokeChannel)) {
      const started = performance.now();
      const result = await main.dispatch(channel, payload, APP_URL);
      const ms = performance.now() - started;
      if (ms > slowest.ms) Object.assign(slowest, { channel, ms });
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, channel).toBe('invalid-input');
      expect(JSON.stringify(result).length, channel).toBeLessThan(MAX_IPC_ANSWER_BYTES);
    }
    console.info(`slowest answer to ${_name}: ${slowest.channel} in ${slowest.ms.toFixed(1)} ms`);
    expect(main.history.size).toBe(0);
    expect(main.sandbox?.state.sessions.size).toBe(0);
  });
});
