import { isTerminal } from '../../../shared/ozura/status';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { SessionRecord } from '../../../shared/session-record';
import type { HistoryStore } from '../history/history-store';
import { OzuraApiError } from '../ozura-client/errors';
import type { Logger, Timers } from '../ports';
import { updateFrom } from './watcher';

export interface SyncOptions {
  history: HistoryStore;
  getSession: (record: SessionRecord) => Promise<RemoteSession>;
  timers: Timers;
  onChange: (record: SessionRecord) => void;
  logger: Logger;
  /** The session on screen has its own 2-second watcher; the sync engine leaves it alone. */
  isFocused: (id: string) => boolean;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Requests a minute at most, whatever the number of pending sessions. */
  budgetPerMinute?: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The final check comes this long after `expiresAt`. */
const FINAL_CHECK_DELAY = 2 * SECOND;
/** If the API still says pending after expiry, two more chances, then the engine stops asking. */
const AFTER_EXPIRY_RETRIES = [MINUTE, 5 * MINUTE];
const MAX_BACKOFF = 5 * MINUTE;

interface Tracked {
  dueAt: number;
  failures: number;
  afterExpiryChecks: number;
}

/**
 * Keeps every pending session's status current when it is not on screen, and across restarts.
 * Its cost follows the number of pending sessions, not the size of history: young sessions are
 * checked more often than old ones, at most `concurrency` requests run at once, a token bucket
 * caps requests per minute, errors back off per session, a 429 pauses everything for its
 * Retry-After, and with nothing pending there is no timer and no request at all.
 */
export class SyncEngine {
  private readonly tracked = new Map<string, Tracked>();
  private readonly concurrency: number;
  private readonly budget: number;
  private tokens: number;
  private tokensAt: number;
  private inFlight = 0;
  private readonly running = new Set<Promise<void>>();
  private pausedUntil = 0;
  /** Out of budget: nothing starts before the next token is earned. */
  private budgetUntil = 0;
  private timer?: unknown;
  private timerAt = Infinity;
  private stopped = false;
  /** Requests made so far (for the benchmark and the tests). */
  requests = 0;

  constructor(private readonly options: SyncOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.budget = options.budgetPerMinute ?? 240;
    this.tokens = this.budget;
    this.tokensAt = options.timers.now();
  }

  /** Picks up every session that was still pending (on start). */
  start(): void {
    for (const record of this.options.history.pending()) this.track(record);
  }

  /** Adds (or re-adds) a pending session. */
  track(record: SessionRecord): void {
    if (this.stopped || isTerminal(record.status)) return;
    this.tracked.set(record.id, { dueAt: this.nextDue(record, 0), failures: 0, afterExpiryChecks: 0 });
    this.wake();
  }

  get pendingCount(): number {
    return this.tracked.size;
  }

  /** Resolves when no check is running (none may start meanwhile if the engine is stopped). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Stops scheduling and waits for the checks already running, so history is not closed under them. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    this.tracked.clear();
    await this.drain();
  }

  /**
   * When a session should next be checked: often while young, rarely when old, then once just
   * after expiry (`checksAfterExpiry` counts the checks already made past it).
   */
  private nextDue(record: SessionRecord, checksAfterExpiry: number): number {
    const now = this.options.timers.now();
    const expiresAt = Date.parse(record.expiresAt);
    if (now < expiresAt) {
      const age = now - Date.parse(record.createdAt);
      const cadence = age < 2 * MINUTE ? 5 * SECOND : age < 10 * MINUTE ? 15 * SECOND : 30 * SECOND;
      return Math.min(now + cadence, expiresAt + FINAL_CHECK_DELAY);
    }
    if (checksAfterExpiry === 0) return Math.max(now, expiresAt + FINAL_CHECK_DELAY);
    const wait = AFTER_EXPIRY_RETRIES[checksAfterExpiry - 1];
    return wait === undefined ? Infinity : now + wait;
  }

  private wake(): void {
    if (this.stopped) return;
    let earliest = Infinity;
    for (const entry of this.tracked.values()) earliest = Math.min(earliest, entry.dueAt);
    if (earliest === Infinity) return this.clearTimer();
    const at = Math.max(earliest, this.pausedUntil, this.budgetUntil);
    if (this.timer !== undefined && at >= this.timerAt) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = this.options.timers.setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.run();
      },
      Math.max(0, at - this.options.timers.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  /** Starts the checks that are due, as far as the concurrency and the budget allow. */
  private run(): void {
    const now = this.options.timers.now();
    if (now < this.pausedUntil) return this.wake();
    this.refill(now);
    const due = [...this.tracked.entries()].filter(([, t]) => t.dueAt <= now).sort((a, b) => a[1].dueAt - b[1].dueAt);
    for (const [id, entry] of due) {
      if (this.inFlight >= this.concurrency) break;
      if (this.tokens < 1) {
        // Out of budget: the due sessions wait, in order, for the next token.
        this.budgetUntil = now + ((1 - this.tokens) * MINUTE) / this.budget;
        break;
      }
      if (this.options.isFocused(id)) {
        entry.dueAt = now + 5 * SECOND;
        continue;
      }
      this.tokens -= 1;
      entry.dueAt = Infinity; // in flight
      const check = this.check(id, entry).finally(() => this.running.delete(check));
      this.running.add(check);
    }
    this.wake();
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.budget, this.tokens + ((now - this.tokensAt) * this.budget) / MINUTE);
    this.tokensAt = now;
  }

  private async check(id: string, entry: Tracked): Promise<void> {
    const record = this.options.history.get(id);
    if (!record) {
      this.tracked.delete(id);
      return;
    }
    this.inFlight += 1;
    this.requests += 1;
    try {
      const remote = await this.options.getSession(record);
      const updated = await this.options.history.update(
        id,
        updateFrom(remote, record.currency, this.options.timers.now()),
      );
      if (updated) this.options.onChange(updated);
      entry.failures = 0;
      if (!updated || isTerminal(updated.status)) this.tracked.delete(id);
      else {
        const now = this.options.timers.now();
        const expired = now >= Date.parse(updated.expiresAt);
        if (expired) entry.afterExpiryChecks += 1;
        entry.dueAt = this.nextDue(updated, expired ? entry.afterExpiryChecks : 0);
        if (entry.dueAt === Infinity) this.tracked.delete(id); // the API never said expired; stop asking
      }
    } catch (error) {
      entry.failures += 1;
      const retryAfter = error instanceof OzuraApiError ? error.retryAfterMs : undefined;
      const now = this.options.timers.now();
      if (retryAfter !== undefined && error instanceof OzuraApiError && error.status === 429)
        this.pausedUntil = now + retryAfter;
      entry.dueAt = now + Math.min(MAX_BACKOFF, retryAfter ?? 5 * SECOND * 2 ** entry.failures);
      this.options.logger.warn('Background status check failed', { sessionId: id, message: (error as Error).message });
    } finally {
      this.inFlight -= 1;
      if (!this.stopped) this.run();
    }
  }
}
