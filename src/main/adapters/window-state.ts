import type { BrowserWindow, Rectangle } from 'electron';
import { screen } from 'electron';
import type { KeyValueStore } from '../core/settings/key-value-store';

interface Saved {
  bounds: Rectangle;
  displayId: number;
  maximized: boolean;
}

type Display = { id: number; workArea: Rectangle };

/**
 * Where to put the staff window: as it was last time on the same display, if that display is
 * still there and the window would still be on it; otherwise undefined (the default place).
 */
export function restoredBounds(saved: unknown, displays: readonly Display[]): Saved | undefined {
  const s = saved as Partial<Saved> | undefined;
  const b = s?.bounds;
  if (!b || ![b.x, b.y, b.width, b.height].every(Number.isFinite) || typeof s.displayId !== 'number') return undefined;
  const display = displays.find((d) => d.id === s.displayId);
  if (!display) return undefined;
  const a = display.workArea;
  // At least a title bar's worth of the window must be on that display.
  const visible = b.x < a.x + a.width - 80 && b.x + b.width > a.x + 80 && b.y >= a.y - 10 && b.y < a.y + a.height - 40;
  if (!visible) return undefined;
  return {
    bounds: { x: b.x, y: b.y, width: Math.max(800, b.width), height: Math.max(600, b.height) },
    displayId: s.displayId,
    maximized: s.maximized === true,
  };
}

/**
 * Restores the window's last size and place (per display) and remembers them when it moves.
 * A damaged state file only costs the remembered place, never the start.
 */
export function rememberWindowState(window: BrowserWindow, openStore: () => KeyValueStore): void {
  let store: KeyValueStore;
  try {
    store = openStore();
  } catch {
    return;
  }
  const saved = restoredBounds(store.get('main'), screen.getAllDisplays());
  if (saved) {
    window.setBounds(saved.bounds);
    if (saved.maximized) window.maximize();
  }
  const save = (): void => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    store.set('main', { bounds, displayId: screen.getDisplayMatching(bounds).id, maximized: window.isMaximized() });
  };
  window.on('resized', save);
  window.on('moved', save);
  window.on('close', save);
}
