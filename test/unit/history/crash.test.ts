import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/main/core/history/history-store';
import { sessionRecord } from '../../support/records';
import { tempDir } from '../helpers/main';

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/** Runs the writer in a child process and kills it with SIGKILL after `acks` acknowledgements. */
function writeThenKill(
  dir: string,
  acks: number,
  mode: 'one-by-one' | 'batches',
): Promise<{ put: Set<string>; completed: Set<string> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, mode], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const put = new Set<string>();
    const completed = new Set<string>();
    let buffer = '';
    let seen = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      buffer += text;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, id, what] = line.split(' ');
        if (!id) continue;
        if (what === 'completed') completed.add(id);
        else put.add(id);
        seen += 1;
        if (seen >= acks) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ put, completed })
        : reject(new Error(`writer exited without being killed (${signal})`)),
    );
  });
}

describe('history survives kill -9 in the middle of a write burst', () => {
  it.each([
    [50, 'one-by-one'],
    [333, 'one-by-one'],
    [1200, 'one-by-one'],
    [333, 'batches'],
    [2000, 'batches'],
  ] as const)('loses nothing acknowledged and corrupts nothing (killed after %i acks, %s)', async (acks, mode) => {
    const dir = await tempDir();
    const { put, completed } = await writeThenKill(dir, acks, mode);
    const store = await HistoryStore.open(dir);
    try {
      expect(put.size).toBeGreaterThan(0);
      for (const id of put) expect(store.get(id), id).toBeDefined();
      for (const id of completed) expect(store.get(id)?.status, id).toBe('completed');
      // At most the one line being written at the kill can be torn (a batch's earlier lines are
      // whole); it is reported, not fatal.
      expect(store.report.droppedLines).toBeLessThanOrEqual(1);
      expect(store.report.movedAside).toBeUndefined();
      await store.append(sessionRecord('session_after_crash'));
    } finally {
      await store.close();
    }
    const reopened = await HistoryStore.open(dir);
    expect(reopened.get('session_after_crash')).toBeDefined();
    expect(reopened.report.droppedLines).toBe(0); // the torn tail was cut off, once
    await reopened.close();
  });
});
