import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { claimSingleInstance } from '../../../src/main/adapters/single-instance';
import { applyNativeTheme } from '../../../src/main/adapters/theme';
import { rememberWindowState, restoredBounds } from '../../../src/main/adapters/window-state';
import { BrowserWindow, nativeTheme, screen } from '../helpers/electron-mock';

vi.mock('electron', () => import('../helpers/electron-mock'));

const displays = [
  { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1024 } },
];

describe('single instance', () => {
  it('lets the first launch run and brings it forward when a second one starts', () => {
    const handlers = new Map<string, () => void>();
    const focus = vi.fn();
    const app = {
      requestSingleInstanceLock: () => true,
      on: (event: string, handler: () => void) => handlers.set(event, handler),
    };
    expect(claimSingleInstance(app as never, focus)).toBe(true);
    handlers.get('second-instance')?.();
    expect(focus).toHaveBeenCalledOnce();
  });

  it('tells the second launch to quit', () => {
    expect(claimSingleInstance({ requestSingleInstanceLock: () => false, on: vi.fn() }, vi.fn())).toBe(false);
  });
});

describe('window state', () => {
  it('restores size and place on the display it was on', () => {
    expect(
      restoredBounds({ bounds: { x: 2000, y: 50, width: 1000, height: 700 }, displayId: 2, maximized: true }, displays),
    ).toEqual({
      bounds: { x: 2000, y: 50, width: 1000, height: 700 },
      displayId: 2,
      maximized: true,
    });
  });

  it('falls back to the default place when that display is gone, the window would be off-screen, or the state is junk', () => {
    expect(
      restoredBounds({ bounds: { x: 2000, y: 50, width: 1000, height: 700 }, displayId: 3 }, displays),
    ).toBeUndefined();
    expect(
      restoredBounds({ bounds: { x: 5000, y: 50, width: 1000, height: 700 }, displayId: 2 }, displays),
    ).toBeUndefined();
    expect(restoredBounds('nonsense', displays)).toBeUndefined();
    expect(restoredBounds({ bounds: { x: 'a' }, displayId: 1 }, displays)).toBeUndefined();
  });

  it('is read at start and saved when the window moves, per display', () => {
    screen.displays = displays;
    const values = new Map<string, unknown>([
      ['main', { bounds: { x: 100, y: 100, width: 900, height: 650 }, displayId: 1, maximized: false }],
    ]);
    const store = {
      get: (k: string) => values.get(k),
      set: (k: string, v: unknown) => values.set(k, v),
      delete: vi.fn(),
      path: '/x',
    };
    const window = new BrowserWindow({});
    rememberWindowState(window as never, () => store);
    expect(window.bounds).toEqual({ x: 100, y: 100, width: 900, height: 650 });
    window.bounds = { x: 2100, y: 40, width: 1000, height: 800 };
    window.emit('moved');
    expect(values.get('main')).toEqual({
      bounds: { x: 2100, y: 40, width: 1000, height: 800 },
      displayId: 2,
      maximized: false,
    });
    expect(() =>
      rememberWindowState(new BrowserWindow({}) as never, () => {
        throw new SyntaxError('damaged');
      }),
    ).not.toThrow();
  });
});

describe('packaging config', () => {
  it('flips the fuses and leaves tests, sources and source maps out of the package', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as Record<string, any>;
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', '!**/*.map', '!src/**', '!test/**']));
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.appId).toBe('com.linkdesk.app');
    expect(config.productName).toBe('Linkdesk');
  });
});

describe('native theme', () => {
  it('follows the preference: the OS by default, or light (also for high contrast) or dark', () => {
    applyNativeTheme('dark');
    expect(nativeTheme.themeSource).toBe('dark');
    applyNativeTheme('high-contrast');
    expect(nativeTheme.themeSource).toBe('light');
    applyNativeTheme('system');
    expect(nativeTheme.themeSource).toBe('system');
  });
});
