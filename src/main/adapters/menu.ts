import { Menu, type MenuItemConstructorOptions } from 'electron';
import { SHORTCUTS, type Command } from '../../shared/shortcuts';

/**
 * The application menu: the platform's standard roles (so copy and paste work on macOS) and the
 * app's own commands, generated from the one shortcut table.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  run: (command: Command) => void,
  openLogs: () => void,
  { devTools }: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const commands: MenuItemConstructorOptions[] = SHORTCUTS.filter((s) => s.inMenu).map((s) => ({
    label: s.label,
    accelerator: s.accelerator,
    click: () => run(s.command),
  }));
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Sale',
      submenu: [...commands, { type: 'separator' }, platform === 'darwin' ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    // The stock View menu carries Toggle Developer Tools, which a packaged build must not offer.
    {
      label: 'View',
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
        { label: 'Keyboard shortcuts', click: () => run('cheat-sheet') },
        { label: 'Open logs folder', click: openLogs },
      ],
    },
  ];
}

export function installMenu(
  platform: NodeJS.Platform,
  run: (command: Command) => void,
  openLogs: () => void,
  options: { devTools: boolean },
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, run, openLogs, options)));
}
