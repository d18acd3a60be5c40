import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { IdempotentReply, SandboxLink, SandboxSession } from './model';

/** How long after a change the state file is written (changes meanwhile go in the same write). */
export const STATE_WRITE_DELAY_MS = 100;

/** The saved file: checked field by field on load (the request bodies were validated when created). */
const Request = z.looseObject({
  merchantId: z.string(),
  merchantName: z.string(),
  currency: z.string(),
  checkoutMode: z.enum(['payment', 'donation', 'recurring']),
  subtotalMinor: z.int().nonnegative(),
  successUrl: z.string(),
  cancelUrl: z.string(),
  errorUrl: z.string(),
  metadata: z.record(z.string(), z.unknown()),
});
const Snapshot = z.object({
  version: z.literal(1),
  sessions: z.array(
    z.looseObject({
      sessionId: z.string(),
      request: Request,
      status: z.enum(['pending', 'completed', 'failed', 'cancelled', 'expired']),
      createdAt: z.number(),
      expiresAt: z.number(),
      failedAttempts: z.int().nonnegative(),
    }),
  ),
  links: z.array(
    z.looseObject({
      paymentLinkId: z.string(),
      request: Request,
      createdAt: z.number(),
      expiresAt: z.number(),
      usageLimit: z.int().positive().nullable(),
      payments: z.int().nonnegative(),
    }),
  ),
});
interface Snapshot {
  version: 1;
  sessions: SandboxSession[];
  links: SandboxLink[];
}

/**
 * The sandbox's records. In memory by default; given a file, every change is written back
 * (coalesced, atomically through a temporary file) so sessions survive a restart.
 */
export class SandboxState {
  readonly sessions = new Map<string, SandboxSession>();
  readonly links = new Map<string, SandboxLink>();
  readonly idempotency = new Map<string, IdempotentReply>();
  private writing: Promise<void> = Promise.resolve();
  /** Writes of the state file that failed (e.g. on a full disk); the next change tries again. */
  writeFailures = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly file?: string) {}

  /** Loads the file if there is one. A file that cannot be read is moved aside, never deleted. */
  async load(): Promise<{ movedAside?: string }> {
    if (!this.file) return {};
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      // Checked against the schema; fields beyond it are as this class wrote them.
      const snapshot = Snapshot.parse(JSON.parse(text)) as unknown as Snapshot;
      for (const session of snapshot.sessions) this.sessions.set(session.sessionId, session);
      for (const link of snapshot.links) this.links.set(link.paymentLinkId, link);
      return {};
    } catch {
      const aside = `${this.file}.unreadable-${Date.now()}`;
      await rename(this.file, aside);
      return { movedAside: aside };
    }
  }

  /**
   * Marks the state changed; the file is rewritten once for any burst of changes, a moment
   * later: the built-in sandbox shares main's event loop, and writing every session out in the
   * same turn as a create held up the app's own answer to the clerk.
   */
  changed(): void {
    if (!this.file || this.dirty) return;
    this.dirty = true;
    this.timer = setTimeout(() => this.writeNow(), STATE_WRITE_DELAY_MS);
  }

  /** Resolves once every change so far is on disk. */
  async flush(): Promise<void> {
    if (this.timer) this.writeNow();
    await this.writing;
  }

  private writeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // A failed write (a full disk) leaves the state dirty, so the next change writes it all again.
    this.writing = this.writing
      .then(() => this.write())
      .catch(() => {
        this.dirty = false;
        this.writeFailures += 1;
      });
  }

  private async write(): Promise<void> {
    if (!this.file) return;
    this.dirty = false;
    const snapshot: Snapshot = { version: 1, sessions: [...this.sessions.values()], links: [...this.links.values()] };
    const temporary = `${this.file}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(temporary, JSON.stringify(snapshot));
    await rename(temporary, this.file);
  }
}
