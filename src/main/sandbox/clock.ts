/** The sandbox's sense of time. Tests move it forward instead of waiting. */
export interface Clock {
  now(): number;
}

/** Wall-clock time plus an offset that `POST /__sandbox/clock` can advance. */
export class SandboxClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = Date) {}

  now(): number {
    return this.base.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
