import { minorUnits } from '../../../shared/create-session-input';
import { isTerminal } from '../../../shared/ozura/status';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { SessionRecord, SessionUpdate } from '../../../shared/session-record';
import type { HistoryStore } from '../history/history-store';
import { OzuraApiError } from '../ozura-client/errors';
import type { Logger, Timers } from '../ports';

export interface WatchState {
  sessionId: string;
  /** `retrying`: the last check failed; the status on screen may be out of date. */
  connection: 'ok' | 'retrying';
  message?: string;
  retryInMs?: number;
}

export interface WatcherOptions {
  /** A fresh `GET /api/sessions/{id}` against the API the session was created in. */
  getSession: (record: SessionRecord) => Promise<RemoteSession>;
  history: HistoryStore;
  timers: Timers;
  /** Called after a change is on disk. */
  onChange: (record: SessionRecord) => void;
  /** Told when checks start failing (and when they work again), so the screen can say so. */
  onConnection?: (state: WatchState) => void;
  logger: Logger;
  /** Cadence for the session on screen, read before each wait (it is a preference). */
  intervalMs?: () => number;
  /** Longest wait between checks while the API is failing. */
  maxBackoffMs?: number;
  /** How long after `expiresAt` the final check is made. */
  expiryGraceMs?: number;
}

/**
 * Watches the session on screen: checks it about every 2 s until it reaches a terminal status,
 * backs off while the API fails (honouring Retry-After), and makes one last check just after
 * `expiresAt` so an unpaid session is recorded as expired.
 */
export class SessionWatcher {
  private focusedId?: string;
  private timer?: unknown;
  private failures = 0;
  private readonly interval: () => number;
  private readonly maxBackoffMs: number;
  private readonly expiryGraceMs: number;

  constructor(private readonly options: WatcherOptions) {
    this.interval = options.intervalMs ?? (() => 2000);
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.expiryGraceMs = options.expiryGraceMs ?? 1000;
  }

  /** Starts watching `id` (and stops watching whatever was on screen before). */
  focus(id: string): void {
    this.stop();
    const record = this.options.history.get(id);
    if (!record || isTerminal(record.status)) return;
    this.focusedId = id;
    this.failures = 0;
    this.schedule(this.interval());
  }

  /** The session on screen, if any. */
  get focused(): string | undefined {
    return this.focusedId;
  }

  stop(): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.focusedId = undefined;
  }

  private schedule(delayMs: number): void {
    const id = this.focusedId;
    if (!id) return;
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined;
      void this.check(id);
    }, delayMs);
  }

  private async check(id: string): Promise<void> {
    const { history, timers } = this.options;
    let delay: number;
    try {
      const known = history.get(id);
      if (!known) return;
      const remote = await this.options.getSession(known);
      if (this.failures > 0) this.options.onConnection?.({ sessionId: id, connection: 'ok' });
      this.failures = 0;
      const record = await history.update(id, updateFrom(remote, known.currency, timers.now()));
      if (record) this.options.onChange(record);
      if (id !== this.focusedId || !record || isTerminal(record.status)) {
        if (id === this.focusedId) this.stop();
        return;
      }
      delay = this.nextDelay(record);
    } catch (error) {
      if (id !== this.focusedId) return;
      this.failures += 1;
      const retryAfter = error instanceof OzuraApiError ? error.retryAfterMs : undefined;
      delay = Math.min(
        retryAfter ?? this.interval() * 2 ** this.failures,
        Math.max(this.maxBackoffMs, retryAfter ?? 0),
      );
      this.options.logger.warn('Status check failed', {
        sessionId: id,
        message: (error as Error).message,
        retryInMs: delay,
      });
      this.options.onConnection?.({
        sessionId: id,
        connection: 'retrying',
        message: (error as Error).message,
        retryInMs: delay,
      });
    }
    if (id === this.focusedId) this.schedule(delay);
  }

  /** The regular cadence, but never past the moment just after expiry; after that, stop. */
  private nextDelay(record: SessionRecord): number {
    const untilFinalCheck = Date.parse(record.expiresAt) + this.expiryGraceMs - this.options.timers.now();
    if (untilFinalCheck <= 0) return this.maxBackoffMs; // still pending past expiry: check rarely
    return Math.min(this.interval(), untilFinalCheck);
  }
}

/** What a GET tells us, as a history update. */
export function updateFrom(remote: RemoteSession, currency: string, nowMs: number): SessionUpdate {
  const paidMinor =
    remote.status === 'completed' && remote.amount !== undefined
      ? minorUnits(String(remote.amount), currency)
      : undefined;
  const payment =
    remote.transactionId || remote.cardBrand || remote.cardLastFour
      ? {
          ...(paidMinor !== undefined && { paidMinor }),
          ...(remote.transactionId && { transactionId: remote.transactionId }),
          ...(remote.cardBrand && { cardBrand: remote.cardBrand }),
          ...(remote.cardLastFour && { cardLastFour: remote.cardLastFour }),
        }
      : undefined;
  return {
    status: remote.status,
    statusCheckedAt: new Date(nowMs).toISOString(),
    ...(remote.errorCode && { errorCode: remote.errorCode }),
    ...(payment && { payment }),
  };
}
