import { isTerminal } from '../../../shared/ozura/status';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { SessionRecord } from '../../../shared/session-record';
import type { HistoryStore } from '../history/history-store';
import { OzuraApiError } from '../ozura-client/errors';
import type { Logger, Timers } from '../ports';
import { updateFrom, visiblyChanged } from './records';

export interface WatchState {
  sessionId: string;
  /** `retrying`: the last check failed; the status on screen may be out of date. */
  connection: 'ok' | 'retrying';
  message?: string;
  retryInMs?: number;
}

export interface StatusSchedulerOptions {
  history: HistoryStore;
  /** A fresh `GET /api/sessions/{id}` against the API the session was created in. */
  getSession: (record: SessionRecord) => Promise<RemoteSession>;
  timers: Timers;
  logger: Logger;
  /**
   * Called after a change is on disk: for the session on screen after every check (its "last
   * checked" moves), for the others only when something a user can see changed.
   */
  onChange: (record: SessionRecord, onScreen: boolean) => void;
  /** Told when checks of the session on screen start failing (and when they work again). */
  onWatchState?: (state: WatchState) => void;
  /** Cadence for the session on screen, read before each wait (it is a preference). */
  onScreenIntervalMs?: () => number;
  /** Requests in flight at once for the sessions in the background. */
  concurrency?: number;
  /** Background requests a minute at most, whatever the number of pending sessions. */
  budgetPerMinute?: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The session on screen: the longest wait between checks while the API fails. */
const ON_SCREEN_MAX_BACKOFF = 30 * SECOND;
/** The session on screen: its final check comes this long after `expiresAt`. */
const ON_SCREEN_FINAL_CHECK_DELAY = SECOND;
/** Background: the final check comes this long after `expiresAt`. */
const FINAL_CHECK_DELAY = 2 * SECOND;
/** Background: if the API still says pending after expiry, two more chances, then no more asking. */
const AFTER_EXPIRY_RETRIES = [MINUTE, 5 * MINUTE];
const MAX_BACKOFF = 5 * MINUTE;

interface Tracked {
  dueAt: number;
  failures: number;
  afterExpiryChecks: number;
}

/**
 * Keeps every pending session's status current, with one clock and one set of rules. The
 * session on screen is the priority: it is checked about every 2 s outside the budget, backs off
 * to at most 30 s while the API fails (honouring Retry-After) and gets a last check just after
 * `expiresAt`. Every other pending session is checked in the background at a cost that follows
 * the number of pending sessions, not the size of history: young ones more often than old ones,
 * at most `concurrency` requests at once, a token bucket per minute, per-session back-off, a 429
 * pauses the background for its Retry-After, and with nothing pending there is no timer at all.
 */
export class StatusScheduler {
  private readonly tracked = new Map<string, Tracked>();
  private readonly concurrency: number;
  private readonly budget: number;
  private readonly onScreenInterval: () => number;
  private focusedId?: string;
  private tokens: number;
  private tokensAt: number;
  private inFlight = 0;
  private readonly running = new Set<Promise<void>>();
  private pausedUntil = 0;
  /** Out of budget: no background check starts before the next token is earned. */
  private budgetUntil = 0;
  private timer?: unknown;
  private timerAt = Infinity;
  private stopped = false;
  /** Requests made so far (for the benchmark and the tests). */
  requests = 0;

  constructor(private readonly options: StatusSchedulerOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.budget = options.budgetPerMinute ?? 240;
    this.onScreenInterval = options.onScreenIntervalMs ?? (() => 2 * SECOND);
    this.tokens = this.budget;
    this.tokensAt = options.timers.now();
  }

  /** Picks up every session that was still pending (on start). */
  start(): void {
    for (const record of this.options.history.pending()) this.track(record);
  }

  /** Adds (or re-adds) a pending session to the background checks. */
  track(record: SessionRecord): void {
    if (this.stopped || isTerminal(record.status)) return;
    if (record.id === this.focusedId && this.tracked.has(record.id)) return;
    this.tracked.set(record.id, { dueAt: this.backgroundDue(record, 0), failures: 0, afterExpiryChecks: 0 });
    this.wake();
  }

  /** Makes `id` the session on screen (the one before it goes back to the background). */
  focus(id: string): void {
    this.unfocus();
    const record = this.options.history.get(id);
    if (this.stopped || !record || isTerminal(record.status)) return;
    this.focusedId = id;
    const entry = this.tracked.get(id);
    const due = this.options.timers.now() + this.onScreenInterval();
    if (entry && entry.dueAt === Infinity)
      entry.failures = 0; // in flight: its answer reschedules it
    else this.tracked.set(id, { dueAt: due, failures: 0, afterExpiryChecks: entry?.afterExpiryChecks ?? 0 });
    this.wake();
  }

  /** Nothing is on screen any more; the session that was keeps being checked in the background. */
  unfocus(): void {
    const id = this.focusedId;
    this.focusedId = undefined;
    const entry = id === undefined ? undefined : this.tracked.get(id);
    const record = id === undefined ? undefined : this.options.history.get(id);
    if (!entry || !record || entry.dueAt === Infinity) return;
    entry.failures = 0;
    entry.dueAt = this.backgroundDue(record, entry.afterExpiryChecks);
    if (entry.dueAt === Infinity) this.tracked.delete(record.id);
    this.wake();
  }

  /** The session on screen, if any. */
  get focused(): string | undefined {
    return this.focusedId;
  }

  get pendingCount(): number {
    return this.tracked.size;
  }

  /** Resolves when no check is running. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Stops scheduling and waits for the checks already running, so history is not closed under them. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.focusedId = undefined;
    this.clearTimer();
    this.tracked.clear();
    await this.drain();
  }

  /**
   * When a background session should next be checked: often while young, rarely when old,
   * then once just after expiry (`checksAfterExpiry` counts the checks already made past it).
   */
  private backgroundDue(record: SessionRecord, checksAfterExpiry: number): number {
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

  /** The on-screen cadence, but never past the moment just after expiry; after that, rarely. */
  private onScreenDue(record: SessionRecord): number {
    const now = this.options.timers.now();
    const untilFinalCheck = Date.parse(record.expiresAt) + ON_SCREEN_FINAL_CHECK_DELAY - now;
    if (untilFinalCheck <= 0) return now + ON_SCREEN_MAX_BACKOFF;
    return now + Math.min(this.onScreenInterval(), untilFinalCheck);
  }

  private wake(): void {
    if (this.stopped) return;
    let background = Infinity;
    for (const [id, entry] of this.tracked) if (id !== this.focusedId) background = Math.min(background, entry.dueAt);
    const onScreen = this.focusedId === undefined ? Infinity : (this.tracked.get(this.focusedId)?.dueAt ?? Infinity);
    // The background waits out a 429 pause and the budget; the session on screen does not.
    const at = Math.min(
      onScreen,
      background === Infinity ? Infinity : Math.max(background, this.pausedUntil, this.budgetUntil),
    );
    if (at === Infinity) return this.clearTimer();
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

  /** Starts the checks that are due: the session on screen first, then as far as the budget allows. */
  private run(): void {
    const now = this.options.timers.now();
    const focused = this.focusedId === undefined ? undefined : this.tracked.get(this.focusedId);
    if (this.focusedId !== undefined && focused && focused.dueAt <= now) this.launch(this.focusedId, focused);
    if (now >= this.pausedUntil) this.runBackground(now);
    this.wake();
  }

  private runBackground(now: number): void {
    this.refill(now);
    const due = [...this.tracked.entries()]
      .filter(([id, t]) => t.dueAt <= now && id !== this.focusedId)
      .sort((a, b) => a[1].dueAt - b[1].dueAt);
    for (const [id, entry] of due) {
      if (this.inFlight >= this.concurrency) break;
      if (this.tokens < 1) {
        // Out of budget: the due sessions wait, in order, for the next token.
        this.budgetUntil = now + ((1 - this.tokens) * MINUTE) / this.budget;
        break;
      }
      this.tokens -= 1;
      this.inFlight += 1;
      this.launch(id, entry, () => (this.inFlight -= 1));
    }
  }

  private launch(id: string, entry: Tracked, done?: () => void): void {
    entry.dueAt = Infinity; // in flight
    const check = this.check(id, entry)
      .finally(() => {
        done?.();
        this.running.delete(check);
        if (!this.stopped) this.run();
      })
      .catch((error: unknown) => this.options.logger.error('Status check crashed', { message: String(error) }));
    this.running.add(check);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.budget, this.tokens + ((now - this.tokensAt) * this.budget) / MINUTE);
    this.tokensAt = now;
  }

  private async check(id: string, entry: Tracked): Promise<void> {
    const { history, timers } = this.options;
    const record = history.get(id);
    if (!record) {
      this.tracked.delete(id);
      return;
    }
    this.requests += 1;
    try {
      const remote = await this.options.getSession(record);
      if (this.stopped) return;
      if (entry.failures > 0 && id === this.focusedId) this.options.onWatchState?.({ sessionId: id, connection: 'ok' });
      entry.failures = 0;
      const updated = await history.update(id, updateFrom(remote, record.currency, timers.now()));
      // The screen's "last checked" moves on every check; the rest of the app hears only real changes.
      const onScreen = id === this.focusedId;
      if (updated && (onScreen || visiblyChanged(record, updated))) this.options.onChange(updated, onScreen);
      if (!updated || isTerminal(updated.status)) return this.forget(id);
      const now = timers.now();
      if (id === this.focusedId) {
        entry.dueAt = this.onScreenDue(updated);
        return;
      }
      const expired = now >= Date.parse(updated.expiresAt);
      if (expired) entry.afterExpiryChecks += 1;
      entry.dueAt = this.backgroundDue(updated, expired ? entry.afterExpiryChecks : 0);
      if (entry.dueAt === Infinity) this.tracked.delete(id); // the API never said expired; stop asking
    } catch (error) {
      if (this.stopped) return;
      this.failed(id, entry, error);
    }
  }

  private failed(id: string, entry: Tracked, error: unknown): void {
    entry.failures += 1;
    const now = this.options.timers.now();
    const retryAfter = error instanceof OzuraApiError ? error.retryAfterMs : undefined;
    // A struggling host (5xx) keeps its back-off even when it asks for a quicker retry.
    const serverError = error instanceof OzuraApiError && (error.status ?? 0) >= 500;
    const message = error instanceof Error ? error.message : String(error);
    if (id === this.focusedId) {
      const backoff = Math.min(this.onScreenInterval() * 2 ** entry.failures, ON_SCREEN_MAX_BACKOFF);
      const wait = retryAfter === undefined ? backoff : serverError ? Math.max(backoff, retryAfter) : retryAfter;
      entry.dueAt = now + wait;
      this.options.logger.warn('Status check failed', { sessionId: id, message, retryInMs: wait });
      this.options.onWatchState?.({ sessionId: id, connection: 'retrying', message, retryInMs: wait });
      return;
    }
    if (retryAfter !== undefined && error instanceof OzuraApiError && error.status === 429)
      this.pausedUntil = now + retryAfter;
    const backoff = 5 * SECOND * 2 ** entry.failures;
    const wait = retryAfter === undefined ? backoff : serverError ? Math.max(backoff, retryAfter) : retryAfter;
    entry.dueAt = now + Math.min(MAX_BACKOFF, wait);
    this.options.logger.warn('Background status check failed', { sessionId: id, message });
  }

  private forget(id: string): void {
    this.tracked.delete(id);
    if (id === this.focusedId) this.focusedId = undefined;
  }
}
