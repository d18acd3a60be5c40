import { translator } from '../../../src/shared/i18n/translator';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../src/main/adapters/menu';
import { SHORTCUTS, displayAccelerator, matches } from '../../../src/shared/shortcuts';

vi.mock('electron', () => import('../helpers/electron-mock'));

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  it('has no command and no key twice', () => {
    expect(new Set(SHORTCUTS.map((s) => s.command)).size).toBe(SHORTCUTS.length);
    expect(new Set(SHORTCUTS.map((s) => s.accelerator.toLowerCase())).size).toBe(SHORTCUTS.length);
  });

  it("gives a clerk's menu no Settings, and a locked counter's menu nothing but Lock", () => {
    const en = translator('en');
    const saleMenu = (role: 'clerk' | 'manager' | null) => {
      const sale = menuTemplate('linux', vi.fn(), () => {}, { devTools: false, words: en, role })[0];
      return (sale?.submenu as { label?: string }[]).map((i) => i.label).filter(Boolean);
    };
    expect(saleMenu('manager')).toContain('Settings');
    expect(saleMenu('clerk')).not.toContain('Settings');
    expect(saleMenu('clerk')).toContain('New sale');
    expect(saleMenu(null)).toEqual([en.t('shortcut.lock')]);
  });

  it('is what the application menu is built from, beside the standard roles', () => {
    const run = vi.fn();
    const en = translator('en');
    const template = menuTemplate('linux', run, () => {}, { devTools: false, words: en, role: 'manager' });
    const sale = template.find((m) => m.label === 'Sale');
    const items = (sale?.submenu as { label?: string; accelerator?: string; click?: () => void }[]).filter(
      (i) => i.label,
    );
    expect(items.map((i) => [i.label, i.accelerator])).toEqual(
      SHORTCUTS.filter((s) => s.inMenu).map((s) => [en.t(s.label), s.accelerator]),
    );
    items[0]?.click?.();
    expect(run).toHaveBeenCalledWith('new-sale');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['Sale', 'editMenu', 'View', 'windowMenu', 'help']);
    const view = template.find((m) => m.label === 'View')?.submenu as { role?: string }[];
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(menuTemplate('darwin', run, () => {}, { devTools: false, words: en, role: 'manager' })[0]).toEqual({
      role: 'appMenu',
    });
    // In German the same menu, in German.
    const german = menuTemplate('linux', run, () => {}, { devTools: false, words: translator('de'), role: 'manager' });
    expect(german[0]?.label).toBe(translator('de').t('menu.sale'));
    expect((german[0]?.submenu as { label?: string }[])[0]?.label).toBe(translator('de').t('shortcut.new-sale'));
  });

  it('matches keys as typed, on each platform', () => {
    expect(matches('CmdOrCtrl+N', key('n', { ctrlKey: true }), false)).toBe(true);
    expect(matches('CmdOrCtrl+N', key('n', { metaKey: true }), true)).toBe(true);
    expect(matches('CmdOrCtrl+N', key('n'), false)).toBe(false);
    expect(matches('CmdOrCtrl+Shift+C', key('C', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matches('CmdOrCtrl+Shift+C', key('c', { ctrlKey: true }), false)).toBe(false);
    expect(matches('F', key('f'), false)).toBe(true);
    expect(matches('Esc', key('Escape'), false)).toBe(true);
    expect(matches('?', key('?', { shiftKey: true }), false)).toBe(true);
    expect(matches('CmdOrCtrl+,', key(',', { ctrlKey: true }), false)).toBe(true);
    expect(displayAccelerator('CmdOrCtrl+Shift+C', false)).toBe('Ctrl+Shift+C');
    expect(displayAccelerator('CmdOrCtrl+Shift+C', true)).toBe('⌘⇧C');
  });
});
