import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isExplained, type AllowEntry } from '../../../scripts/electronegativity-allow.mjs';

// #15 attack 21: the allow-list explained a whole file, so a second openExternal in an allowed
// file would have passed the scan unseen.

const finding = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/handlers/sessions.ts', severity: 'MEDIUM' };

describe('attack 21: the security scan’s allow-list names lines, not files', () => {
  it('the reviewed call is explained; a new one in the same file is not', async () => {
    const { allowed } = JSON.parse(await readFile('.electronegativity-allow.json', 'utf8')) as {
      allowed: AllowEntry[];
    };
    expect(isExplained(finding, allowed, '      await ports.openExternal(record.checkoutUrl);')).toBe(true);
    expect(isExplained(finding, allowed, '      await ports.openExternal(input.url);')).toBe(false);
  });

  it('an entry without line text explains nothing', () => {
    const allowed = [{ check: finding.check, file: finding.file }] as AllowEntry[];
    expect(isExplained(finding, allowed, 'await ports.openExternal(record.checkoutUrl);')).toBe(false);
  });

  it('every entry in the list names the text of its line', async () => {
    const { allowed } = JSON.parse(await readFile('.electronegativity-allow.json', 'utf8')) as {
      allowed: AllowEntry[];
    };
    for (const entry of allowed) expect(entry.line, `${entry.check} ${entry.file}`).toMatch(/\S/);
  });
});
