import { useEffect } from 'react';
import type { StaffRole, StaffState } from '../../../../shared/staff';
import { linkdesk } from '../../lib/api';

/** The role the window shows things for: a manager's on a profile without staff, none while locked. */
export function roleOf(staff: StaffState | undefined): StaffRole | null {
  if (!staff?.enabled) return 'manager';
  return staff.signedIn?.role ?? null;
}

/** How often, at most, the window tells main it is being used: the idle lock counts minutes. */
export const ACTIVITY_PING_MS = 15_000;

/** While someone is signed in, a key or a click tells main the counter is in use, so it does not lock. */
export function useActivityPings(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    let last = Date.now(); // signing in counted as a touch
    const touched = (): void => {
      if (Date.now() - last < ACTIVITY_PING_MS) return;
      last = Date.now();
      void linkdesk.staff.activity();
    };
    window.addEventListener('keydown', touched, true);
    window.addEventListener('pointerdown', touched, true);
    return () => {
      window.removeEventListener('keydown', touched, true);
      window.removeEventListener('pointerdown', touched, true);
    };
  }, [signedIn]);
}
