import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, hardenSession } from '../../../src/main/adapters/security';
import { createMainWindow } from '../../../src/main/adapters/window';
import { createAppUrlMatcher } from '../../../src/main/app-url';
import { FakeWebContents, fakeSession, type BrowserWindow } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

const appUrl = 'file:///opt/Linkdesk/resources/app.asar/out/renderer/index.html';
const isAppUrl = createAppUrlMatcher(appUrl);

describe('window security', () => {
  it('isolates and sandboxes every window', () => {
    const window = createMainWindow({
      preload: '/p/index.cjs',
      appUrl,
      isAppUrl,
      devTools: false,
    }) as unknown as BrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.loadedUrl).toBe(appUrl);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example' } as never)).toEqual({
      action: 'deny',
    });
  });

  it('blocks navigation and redirects away from the app, and webviews', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never, isAppUrl);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-redirect', 'https://checkout.ozura.com/')).toBe(true);
    expect(contents.attempt('will-navigate', `${appUrl}#share`)).toBe(false);
    expect(contents.attempt('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: appUrl } as never)).toEqual({ action: 'deny' });
  });

  it('denies every permission and adds the CSP header', () => {
    const { session, state } = fakeSession();
    hardenSession(session, "default-src 'self'");
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      state.permissionRequest?.({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
    }
    expect(state.permissionCheck?.()).toBe(false);
    let headers: Record<string, string[]> | undefined;
    state.headersListener?.({ responseHeaders: { 'x-a': ['1'] } }, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'x-a': ['1'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});

describe('createAppUrlMatcher', () => {
  it('accepts only our own page', () => {
    expect(isAppUrl(appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}?x=1#y`)).toBe(true);
    expect(isAppUrl('file:///tmp/evil.html')).toBe(false);
    expect(isAppUrl('https://checkout.ozura.com/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    const dev = createAppUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});
