import { translator } from '../../../src/shared/i18n/translator';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { APP_SCHEME, registerAppScheme, serveAppFiles } from '../../../src/main/adapters/app-protocol';
import { menuTemplate } from '../../../src/main/adapters/menu';
import { guardEveryWebContents } from '../../../src/main/adapters/security';
import { createMainWindow } from '../../../src/main/adapters/window';
import { createAppUrlMatcher } from '../../../src/main/app-url';
import { FakeWebContents, app, protocol, type BrowserWindow } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

// #15 attacks 4 and 21, read from the code (Electron itself cannot run here): these check the
// glue against a typed electron mock.

const appUrl = `${APP_SCHEME}://linkdesk/index.html`;
const isAppUrl = createAppUrlMatcher(appUrl);
const windowOptions = { preload: '/p/index.cjs', appUrl, isAppUrl };
const roles = (items: unknown): string[] =>
  JSON.stringify(items)
    .match(/"role":"[^"]+"/g)
    ?.map((r) => r.slice(8, -1)) ?? [];

describe('attack 4: DevTools only in development', () => {
  it('a packaged build opens windows without DevTools and its menu offers none', () => {
    const window = createMainWindow({ ...windowOptions, devTools: false }) as unknown as BrowserWindow;
    expect(window.options.webPreferences?.devTools).toBe(false);
    const menu = menuTemplate(
      'linux',
      () => {},
      () => {},
      { devTools: false, words: translator('en'), role: 'manager' },
    );
    expect(roles(menu)).not.toContain('toggleDevTools');
    expect(roles(menu)).not.toContain('viewMenu'); // the stock View menu carries Toggle Developer Tools
  });

  it('a development build keeps them', () => {
    const window = createMainWindow({ ...windowOptions, devTools: true }) as unknown as BrowserWindow;
    expect(window.options.webPreferences?.devTools).toBe(true);
    expect(
      roles(
        menuTemplate(
          'linux',
          () => {},
          () => {},
          { devTools: true, words: translator('en'), role: 'manager' },
        ),
      ),
    ).toContain('toggleDevTools');
  });
});

describe('attack 21: the renderer is served from app://, not file://', () => {
  it('the scheme is registered as a standard, secure origin before the app is ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toContainEqual({
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('serves files of the renderer folder only: no way out of it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'linkdesk-renderer-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<p>app</p>');
    await writeFile(join(root, 'assets', 'app.js'), 'ok');
    await writeFile(join(root, '..', 'secret.txt'), 'secret');
    serveAppFiles(root);
    const handler = protocol.handlers.get(APP_SCHEME);
    const get = async (url: string) => {
      const response = await handler?.({ url });
      return { status: response?.status, text: await response?.text() };
    };
    expect(await get(`${APP_SCHEME}://linkdesk/index.html`)).toEqual({ status: 200, text: '<p>app</p>' });
    expect(await get(`${APP_SCHEME}://linkdesk/assets/app.js`)).toEqual({ status: 200, text: 'ok' });
    for (const escape of [
      `${APP_SCHEME}://linkdesk/../secret.txt`,
      `${APP_SCHEME}://linkdesk/%2e%2e/secret.txt`,
      `${APP_SCHEME}://linkdesk/assets/..%2f..%2fsecret.txt`,
      `${APP_SCHEME}://other-host/index.html`,
      `${APP_SCHEME}://linkdesk//etc/passwd`,
    ]) {
      expect((await get(escape)).status, escape).toBe(404);
    }
  });

  it('the sender check and the navigation guard accept app://linkdesk only', () => {
    expect(isAppUrl(`${APP_SCHEME}://linkdesk/index.html#customer`)).toBe(true);
    expect(isAppUrl(`${APP_SCHEME}://evil/index.html`)).toBe(false);
    expect(isAppUrl('file:///opt/Linkdesk/resources/app.asar/out/renderer/index.html')).toBe(false);
  });

  it('the packaged app flips the fuse that takes file:// privileges away', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('every web contents, present and future, gets the navigation, window and webview guards', () => {
    guardEveryWebContents(app as never, isAppUrl);
    const later = new FakeWebContents();
    app.emit('web-contents-created', {}, later);
    expect(later.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(later.attempt('will-attach-webview')).toBe(true);
    expect(later.windowOpenHandler?.({ url: 'https://evil.example' } as never)).toEqual({ action: 'deny' });
  });
});
