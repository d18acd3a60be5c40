import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../src/main/core/file-logger';
import { tempDir } from '../helpers/main';

describe('file logger', () => {
  it('writes JSON lines without keys or personal data', async () => {
    const dir = await tempDir();
    const logger = createFileLogger(dir);
    logger.warn('Status check failed', {
      sessionId: 'session_a',
      apiKey: 'vault_secret',
      email: 'ada@example.com',
      retryInMs: 4000,
    });
    const [line] = (await readFile(join(dir, 'linkdesk.log'), 'utf8')).trim().split('\n');
    const entry = JSON.parse(line ?? '{}') as { level: string; message: string; details: Record<string, unknown> };
    expect(entry).toMatchObject({
      level: 'warn',
      message: 'Status check failed',
      details: { sessionId: 'session_a', retryInMs: 4000 },
    });
    expect(line).not.toMatch(/vault_secret|ada@example\.com/);
  });

  it('rotates at the size limit and keeps a fixed number of files', async () => {
    const dir = await tempDir();
    const logger = createFileLogger(dir, 2000, 3);
    for (let i = 0; i < 200; i++) logger.info(`line ${i} ${'x'.repeat(50)}`);
    expect((await readdir(dir)).sort()).toEqual(['linkdesk.log', 'linkdesk.log.1', 'linkdesk.log.2']);
    const newest = await readFile(join(dir, 'linkdesk.log'), 'utf8');
    expect(newest).toContain('line 199');
    expect(newest.length).toBeLessThan(2200);
  });
});
