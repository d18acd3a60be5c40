import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../src/main/csp';

// #15 attack 17: a catalogue image URL made the window fetch a third-party address (a tracking
// pixel). The window may load images only from itself, data: and blob: URLs.

function directive(csp: string, name: string): string[] {
  const found = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found?.slice(1) ?? [];
}

describe('attack 17: the window loads no remote image', () => {
  it('the CSP header allows images only from the app, data: and blob:', () => {
    expect(directive(RENDERER_CSP, 'img-src').sort()).toEqual(["'self'", 'blob:', 'data:']);
  });

  it('the page carries the same policy in its meta tag', async () => {
    const html = await readFile('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(directive(meta, 'img-src').sort()).toEqual(["'self'", 'blob:', 'data:']);
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'object-src', 'base-uri'])
      expect(directive(meta, name), name).toEqual(directive(RENDERER_CSP, name));
  });
});
