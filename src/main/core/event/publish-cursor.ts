import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SessionStatus } from '../../../shared/ozura/status';
import { moveAside } from '../files/move-aside';
import { parseJsonOrUndefined, writeFileDurably } from '../files/durable-files';
import type { Logger } from '../ports';

/** The largest cursor file read back (a season's sessions at ~40 bytes each). */
export const MAX_CURSOR_BYTES = 64 * 1024 * 1024;

const CursorFile = z.object({
  version: z.literal(1),
  /** Per session, the last status the hub acknowledged. */
  published: z.record(z.string(), SessionStatus),
});

/**
 * What the hub has acknowledged, per session: the station's place in its own history. It
 * names sessions, not log offsets, so rewriting (compacting) the log cannot confuse it; it moves
 * only after a PubAck, so at worst a crash replays a message, which the hub drops by its id.
 */
export class PublishCursor {
  private constructor(
    private readonly path: string,
    private readonly published: Map<string, SessionStatus>,
  ) {}

  /** Reads the cursor; a damaged one is moved aside and everything is offered again (the hub drops repeats). */
  static async open(path: string, logger: Logger): Promise<PublishCursor> {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) return new PublishCursor(path, new Map());
    const parsed = text.length <= MAX_CURSOR_BYTES ? CursorFile.safeParse(parseJsonOrUndefined(text)) : undefined;
    if (parsed?.success) return new PublishCursor(path, new Map(Object.entries(parsed.data.published)));
    const aside = await moveAside(path);
    logger.warn('The event cursor was damaged; every record is offered to the hub again', { aside });
    return new PublishCursor(path, new Map());
  }

  statusOf(id: string): SessionStatus | undefined {
    return this.published.get(id);
  }

  acknowledged(id: string, status: SessionStatus): void {
    this.published.set(id, status);
  }

  save(): Promise<void> {
    return writeFileDurably(this.path, JSON.stringify({ version: 1, published: Object.fromEntries(this.published) }));
  }
}
