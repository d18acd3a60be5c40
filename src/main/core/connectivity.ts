import type { Text } from '../../shared/i18n/translator';
import { OzuraApiError } from './ozura-client/errors';
import type { Timers } from './ports';

/**
 * Knows whether the API host answers. A network failure (no answer at all, not an HTTP error)
 * marks it offline; from then on a cheap probe runs (after 3 s, then every `probeMs`) until the host answers
 * again. While online nothing runs.
 */
export class Connectivity {
  private offlineMessage?: Text;
  private timer?: unknown;

  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly timers: Timers,
    private readonly onChange: () => void,
    private readonly probeMs = 10_000,
    /** The first probe comes sooner: most outages at a counter are a blip. */
    private readonly firstProbeMs = 3_000,
  ) {}

  /** Why the host cannot be reached, or undefined while it can. */
  get offline(): Text | undefined {
    return this.offlineMessage;
  }

  /** Looks at a failure: only "no answer" (network, timeout) means offline. */
  report(error: unknown): void {
    if (!(error instanceof OzuraApiError) || error.kind !== 'unavailable' || error.status !== undefined) return;
    if (this.offlineMessage === undefined) {
      this.offlineMessage = error.text;
      this.onChange();
      this.schedule(this.firstProbeMs);
    }
  }

  /** Any answer from the API means it is reachable. */
  reachable(): void {
    if (this.offlineMessage === undefined) return;
    this.offlineMessage = undefined;
    this.stop();
    this.onChange();
  }

  stop(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs = this.probeMs): void {
    if (this.timer !== undefined) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.probe().then((ok) => (ok ? this.reachable() : this.schedule()));
    }, delayMs);
  }
}
