import type { App } from 'electron';

/**
 * One Linkdesk at a time: a second launch hands over to the first, which comes to the front.
 * Returns false in the second instance, which should quit.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', focus);
  return true;
}
