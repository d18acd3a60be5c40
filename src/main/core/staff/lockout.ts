import { z } from 'zod';

/** Wrong PINs in a row before a name is locked. */
export const MAX_WRONG_SECRETS = 5;
/** The first lock lasts this long; each wrong PIN after it doubles it... */
export const FIRST_LOCKOUT_MS = 30_000;
/** ...up to this. */
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** One name's wrong-PIN record. Kept on disk, so quitting the app does not reset it. */
export const Lockout = z.strictObject({
  /** Wrong secrets since the last right one. */
  wrong: z.int().min(0),
  /** Until when the name is locked (epoch ms); 0 when it is not. */
  lockedUntil: z.number().min(0),
});
export type Lockout = z.infer<typeof Lockout>;

export const NO_LOCKOUT: Lockout = { wrong: 0, lockedUntil: 0 };

/** How long a name stays locked after its `wrong`-th wrong secret in a row (0: not locked). */
export function lockoutMs(wrong: number): number {
  if (wrong < MAX_WRONG_SECRETS) return 0;
  const doublings = wrong - MAX_WRONG_SECRETS;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.min(doublings, 30), MAX_LOCKOUT_MS);
}

/** The record after one more wrong secret at `now`. */
export function afterWrong(lockout: Lockout, now: number): Lockout {
  const wrong = lockout.wrong + 1;
  const ms = lockoutMs(wrong);
  return { wrong, lockedUntil: ms > 0 ? now + ms : 0 };
}

/** Milliseconds the name is still locked for at `now` (0 when a secret may be tried). */
export function remainingMs(lockout: Lockout, now: number): number {
  return Math.max(0, lockout.lockedUntil - now);
}

/** Tries left before the next lock (when not locked). */
export function triesLeft(lockout: Lockout): number {
  return Math.max(0, MAX_WRONG_SECRETS - lockout.wrong);
}
