import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Translator } from '../../shared/i18n/translator';
import { shortcutsFor, type Command } from '../../shared/shortcuts';
import type { StaffRole } from '../../shared/staff';

export interface MenuOptions {
  devTools: boolean;
  /** The staff's language; the menu is built again when it changes. */
  words: Translator;
  /** Who is signed in: a clerk's menu has no Settings, a locked counter's only Lock. */
  role: StaffRole | null;
}

/**
 * The application menu: the platform's standard roles (so copy and paste work on macOS) and the
 * app's own commands, generated from the one shortcut table.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  run: (command: Command) => void,
  openLogs: () => void,
  { devTools, words, role }: MenuOptions,
): MenuItemConstructorOptions[] {
  const commands: MenuItemConstructorOptions[] = shortcutsFor(role)
    .filter((s) => s.inMenu)
    .map((s) => ({
      label: words.t(s.label),
      accelerator: s.accelerator,
      click: () => run(s.command),
    }));
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: words.t('menu.sale'),
      submenu: [...commands, { type: 'separator' }, platform === 'darwin' ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    // The stock View menu carries Toggle Developer Tools, which a packaged build must not offer.
    {
      label: words.t('menu.view'),
      submenu: [
        ...(devTools
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: words.t('menu.shortcuts'), click: () => run('cheat-sheet') },
        { label: words.t('menu.openLogs'), click: openLogs },
      ],
    },
  ];
}

export function installMenu(
  platform: NodeJS.Platform,
  run: (command: Command) => void,
  openLogs: () => void,
  options: MenuOptions,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, run, openLogs, options)));
}
