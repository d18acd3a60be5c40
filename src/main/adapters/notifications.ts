import { Notification } from 'electron';

/** A system notification; silently skipped where the OS offers none. */
export function notify(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body, silent: true }).show();
}
