// Every keyboard shortcut, once. The application menu and the `?` cheat sheet are generated
// from this list, and the renderer's key handler reads it too.

import type { MessageKey } from './i18n/translator';
import { grants, type Access } from './ipc/access';
import type { StaffRole } from './staff';

export type Command =
  | 'new-sale'
  | 'copy-link'
  | 'customer-view'
  | 'back'
  | 'search-history'
  | 'settings'
  | 'cheat-sheet'
  | 'history'
  | 'links'
  | 'lock'
  | 'print-receipt';

export interface Shortcut {
  command: Command;
  /** Electron accelerator syntax; "CmdOrCtrl" is Cmd on macOS, Ctrl elsewhere. */
  accelerator: string;
  /** What the menu and the cheat sheet call it. */
  label: MessageKey;
  /** Shown in the app menu (some keys only make sense inside the window, like F or Esc). */
  inMenu: boolean;
  /** Who the menu offers it to once the profile has staff (signed in, unless said). */
  needs?: Access;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'new-sale', accelerator: 'CmdOrCtrl+N', label: 'shortcut.new-sale', inMenu: true },
  { command: 'copy-link', accelerator: 'CmdOrCtrl+Shift+C', label: 'shortcut.copy-link', inMenu: true },
  { command: 'history', accelerator: 'CmdOrCtrl+H', label: 'shortcut.history', inMenu: true },
  { command: 'links', accelerator: 'CmdOrCtrl+L', label: 'shortcut.links', inMenu: true },
  { command: 'settings', accelerator: 'CmdOrCtrl+,', label: 'shortcut.settings', inMenu: true, needs: 'manager' },
  { command: 'lock', accelerator: 'CmdOrCtrl+Shift+L', label: 'shortcut.lock', inMenu: true, needs: 'anyone' },
  { command: 'customer-view', accelerator: 'F', label: 'shortcut.customer-view', inMenu: false },
  { command: 'print-receipt', accelerator: 'R', label: 'shortcut.print-receipt', inMenu: false },
  { command: 'search-history', accelerator: '/', label: 'shortcut.search-history', inMenu: false },
  { command: 'back', accelerator: 'Esc', label: 'shortcut.back', inMenu: false },
  { command: 'cheat-sheet', accelerator: '?', label: 'shortcut.cheat-sheet', inMenu: false },
];

/** "CmdOrCtrl+Shift+C" as people read it on this platform: "Ctrl+Shift+C" or "⌘⇧C". */
export function displayAccelerator(accelerator: string, mac: boolean): string {
  if (!mac) return accelerator.replace('CmdOrCtrl', 'Ctrl');
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧');
}

/** Whether a keydown matches an accelerator (letters compare case-insensitively). */
export function matches(
  accelerator: string,
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  mac: boolean,
): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const wantsPrimary = parts.includes('CmdOrCtrl');
  const primary = mac ? event.metaKey : event.ctrlKey;
  if (wantsPrimary !== primary || event.altKey) return false;
  if (parts.includes('Shift') !== event.shiftKey && key.length === 1 && /[a-z]/i.test(key)) return false;
  const pressed = event.key === 'Escape' ? 'Esc' : event.key;
  return pressed.toLowerCase() === key.toLowerCase();
}

/** The shortcuts someone holding `role` (null: nobody signed in) may use. */
export function shortcutsFor(role: StaffRole | null): readonly Shortcut[] {
  return SHORTCUTS.filter((s) => grants(role, s.needs ?? 'clerk'));
}
