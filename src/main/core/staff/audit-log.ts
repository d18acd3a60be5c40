import { join } from 'node:path';
import { AuditEntry, MAX_AUDIT_SUBJECT_CHARS, type AuditAction } from '../../../shared/audit';
import type { StaffMember } from '../../../shared/staff';
import type { Logger, Timers } from '../ports';
import { appendLineDurably, parseJsonOrUndefined, readNewestLines } from '../files/durable-files';

/** How much of the end of the audit log the manager's screen reads: the newest few thousand entries. */
export const MAX_AUDIT_READ_BYTES = 1024 * 1024;
/** The most entries the screen lists. */
export const MAX_AUDIT_ENTRIES_SHOWN = 1000;

export const AUDIT_FILE = 'audit.jsonl';

/**
 * An append-only JSON Lines file of manager actions in the data folder. Each entry is flushed
 * to disk before the action is reported done; nothing written is ever rewritten. An entry that
 * cannot be written (a full or read-only disk) is an error in the app's log, and never undoes
 * or hides what was done: the action already happened, and the counter must keep working.
 */
export class AuditLog {
  private queue: Promise<unknown> = Promise.resolve();
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly timers: Pick<Timers, 'now'>,
    private readonly logger: Logger,
  ) {
    this.path = join(dataDir, AUDIT_FILE);
  }

  /** Appends one entry, in call order; resolves once it is on disk, or its failure is logged. */
  record(action: AuditAction, by: StaffMember | undefined, subject?: string): Promise<void> {
    const entry: AuditEntry = {
      at: new Date(this.timers.now()).toISOString(),
      ...(by && { by: { id: by.id, name: by.name, initials: by.initials } }),
      action,
      ...(subject !== undefined && { subject: subject.slice(0, MAX_AUDIT_SUBJECT_CHARS) }),
    };
    const written = this.queue
      .then(() => this.append(`${JSON.stringify(entry)}\n`))
      .catch((error: unknown) => {
        this.logger.error('Could not write to the audit log', { action, message: String(error) });
      });
    this.queue = written;
    return written;
  }

  /** The newest entries first, from the last MAX_AUDIT_READ_BYTES; lines that do not read are skipped. */
  async recent(): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const line of await readNewestLines(this.path, MAX_AUDIT_READ_BYTES)) {
      if (entries.length === MAX_AUDIT_ENTRIES_SHOWN) break;
      const parsed = AuditEntry.safeParse(parseJsonOrUndefined(line));
      if (parsed.success) entries.push(parsed.data);
    }
    return entries;
  }

  private append(line: string): Promise<void> {
    return appendLineDurably(this.path, line);
  }
}
