/**
 * Per-key request limit (G18): off unless configured. A fixed one-minute window per key; past
 * the limit the API answers 429 with the seconds left in the window as `Retry-After`.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request for `key`; returns the seconds to wait when it is over the limit. */
  take(key: string): number | undefined {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.perMinute) return undefined;
    return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  }
}
