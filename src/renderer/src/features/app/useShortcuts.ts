import { useEffect, useRef } from 'react';
import { SHORTCUTS, matches, type Command } from '../../../../shared/shortcuts';
import { linkdesk } from '../../lib/api';
import { isMac } from './CheatSheet';

/**
 * Carries out shortcuts typed in the window and commands chosen in the application menu.
 * While the focus is in a text field only modified shortcuts (and Esc) count, so typing "f" or
 * "/" into a field stays typing.
 */
export function useShortcuts(run: (command: Command) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing = target?.matches('input, textarea, select, [contenteditable="true"]') ?? false;
      const shortcut = SHORTCUTS.find((s) => matches(s.accelerator, event, isMac));
      if (!shortcut) return;
      const modified = shortcut.accelerator.includes('CmdOrCtrl');
      if (typing && !modified && shortcut.command !== 'back') return;
      event.preventDefault();
      latest.current(shortcut.command);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = linkdesk.app.onCommand(({ command }) => latest.current(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);
}
