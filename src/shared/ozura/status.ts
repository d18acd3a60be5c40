import { z } from 'zod';

/** Session statuses of the Ozura Checkout API (ozura-api.md §5.1). */
export const SESSION_STATUSES = ['pending', 'completed', 'failed', 'cancelled', 'expired'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

const TERMINAL: ReadonlySet<SessionStatus> = new Set(['completed', 'failed', 'cancelled', 'expired']);

/** A terminal status never changes again: no later check may replace it. */
export function isTerminal(status: SessionStatus): boolean {
  return TERMINAL.has(status);
}

export const CHECKOUT_MODES = ['payment', 'donation', 'recurring'] as const;
export const CheckoutMode = z.enum(CHECKOUT_MODES);
export type CheckoutMode = z.infer<typeof CheckoutMode>;
