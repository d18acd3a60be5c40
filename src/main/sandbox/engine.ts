// The session state machine of the emulator (ozura-api.md §5): create, lazy expiry, pay,
// decline, fail, cancel. HTTP lives elsewhere; this file only changes records.
import { newSessionId, newTransactionId } from './ids';
import { cardOutcome, type CheckedCard } from './cards';
import { SESSION_LIFETIME_MS, type SandboxBilling, type SandboxSession } from './model';
import { surchargeOf } from './present';
import type { Clock } from './clock';
import type { SandboxState } from './state';
import type { ValidCreate } from './validate-create';

/** Failed attempts after which a session ends in FORBIDDEN (G19). */
export const DEFAULT_ATTEMPT_LIMIT = 5;

export type PayResult =
  | { kind: 'completed' }
  | { kind: 'declined'; message: string }
  | { kind: 'failed'; errorCode: string; message: string };

export type SessionListener = (session: SandboxSession) => void;

export class CheckoutEngine {
  constructor(
    private readonly state: SandboxState,
    private readonly clock: Clock,
    private readonly onChange: SessionListener,
    private readonly attemptLimit = DEFAULT_ATTEMPT_LIMIT,
  ) {}

  create(request: ValidCreate, paymentLinkId?: string): SandboxSession {
    const now = this.clock.now();
    const session: SandboxSession = {
      sessionId: newSessionId(),
      request,
      status: 'pending',
      createdAt: now,
      expiresAt: now + SESSION_LIFETIME_MS,
      failedAttempts: 0,
      ...(paymentLinkId && { paymentLinkId }),
    };
    this.state.sessions.set(session.sessionId, session);
    this.save(session);
    return session;
  }

  /** Looks a session up, expiring it first if its time is up (G7: lazy expiry on read). */
  get(sessionId: string): SandboxSession | undefined {
    const session = this.state.sessions.get(sessionId);
    if (session?.status === 'pending' && this.clock.now() > session.expiresAt) {
      session.status = 'expired';
      session.finishedAt = session.expiresAt;
      this.save(session);
    }
    return session;
  }

  pay(session: SandboxSession, card: CheckedCard, billing: SandboxBilling, donationMinor?: number): PayResult {
    if (donationMinor !== undefined) {
      session.request = { ...session.request, amountMinor: donationMinor, subtotalMinor: donationMinor };
    }
    if (billing.name || billing.email) session.billing = billing;
    const outcome = cardOutcome(card.pan);
    if (outcome.kind === 'approve') {
      const now = this.clock.now();
      const surchargeMinor = surchargeOf(session.request.subtotalMinor, session.request.surchargeBasisPoints);
      session.status = 'completed';
      session.finishedAt = now;
      session.payment = {
        transactionId: newTransactionId(now),
        transactionType: 'sale',
        chargedMinor: session.request.subtotalMinor + surchargeMinor,
        surchargeMinor,
        transDate: new Date(now).toISOString(),
        cardBrand: card.brand,
        cardLastFour: card.pan.slice(-4),
        cardExpMonth: card.expMonth,
        cardExpYear: card.expYear,
      };
      this.save(session);
      return { kind: 'completed' };
    }
    if (outcome.kind === 'fail') return this.fail(session, outcome.errorCode, outcome.message);
    session.failedAttempts += 1;
    if (session.failedAttempts >= this.attemptLimit) {
      return this.fail(session, 'FORBIDDEN', 'Too many failed payment attempts');
    }
    this.save(session);
    return { kind: 'declined', message: 'Your card was declined. Try another card.' };
  }

  cancel(session: SandboxSession): void {
    session.status = 'cancelled';
    session.finishedAt = this.clock.now();
    this.save(session);
  }

  private fail(session: SandboxSession, errorCode: string, message: string): PayResult {
    session.status = 'failed';
    session.errorCode = errorCode;
    session.errorMessage = message;
    session.finishedAt = this.clock.now();
    this.save(session);
    return { kind: 'failed', errorCode, message };
  }

  private save(session: SandboxSession): void {
    this.state.changed();
    this.onChange(session);
  }
}
