import type { Timers } from '../../src/main/core/ports';

/**
 * Real timers whose clock a test can move forward: everything runs as usual, and `advance`
 * jumps the clock and fires at once every callback that came due (the idle lock, a back-off).
 */
export class ShiftableTimers implements Timers {
  private offset = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { due: number; callback: () => void; handle: NodeJS.Timeout }>();

  now(): number {
    return Date.now() + this.offset;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    const handle = setTimeout(() => {
      this.pending.delete(id);
      callback();
    }, ms);
    this.pending.set(id, { due: this.now() + ms, callback, handle });
    return id;
  }

  clearTimeout(id: unknown): void {
    const timer = this.pending.get(id as number);
    if (!timer) return;
    clearTimeout(timer.handle);
    this.pending.delete(id as number);
  }

  advance(ms: number): void {
    this.offset += ms;
    for (const [id, timer] of [...this.pending].sort((a, b) => a[1].due - b[1].due)) {
      if (timer.due > this.now()) continue;
      this.clearTimeout(id);
      timer.callback();
    }
  }
}
