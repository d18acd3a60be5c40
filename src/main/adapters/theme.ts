import { nativeTheme } from 'electron';
import type { Preferences } from '../../shared/settings';

/** Native parts (menus, dialogs, scroll bars) follow the theme chosen in Preferences, or the OS. */
export function applyNativeTheme(theme: Preferences['theme']): void {
  nativeTheme.themeSource = theme === 'system' ? 'system' : theme === 'dark' ? 'dark' : 'light';
}
