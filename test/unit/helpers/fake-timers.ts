import type { Timers } from '../../../src/main/core/ports';

interface Pending {
  at: number;
  callback: () => void;
  handle: number;
}

/** A clock the test moves by hand; callbacks run when their time is reached. */
export class FakeTimers implements Timers {
  private current: number;
  private nextHandle = 1;
  private queue: Pending[] = [];
  /** Every delay ever asked for, in order. */
  readonly delays: number[] = [];

  constructor(start = Date.parse('2026-11-23T10:00:00.000Z')) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.delays.push(ms);
    this.queue.push({ at: this.current + ms, callback, handle });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((p) => p.handle !== handle);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** When the next callback is due, if any. */
  nextAt(): number | undefined {
    return this.queue.length > 0 ? Math.min(...this.queue.map((p) => p.at)) : undefined;
  }

  setNow(ms: number): void {
    this.current = Math.max(this.current, ms);
  }

  /** Moves to the next scheduled callback and runs it. */
  runNext(): void {
    const next = [...this.queue].sort((a, b) => a.at - b.at)[0];
    if (!next) throw new Error('nothing is scheduled');
    this.queue = this.queue.filter((p) => p !== next);
    this.current = next.at;
    next.callback();
  }

  /** Moves the clock on by `ms` and runs every callback that came due, in time order. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (;;) {
      const next = [...this.queue].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > until) break;
      this.queue = this.queue.filter((p) => p !== next);
      this.current = next.at;
      next.callback();
    }
    this.current = until;
  }
}
