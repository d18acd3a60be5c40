import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../ports';
import { writeFileDurably } from '../files/durable-files';
import { MAX_IMAGE_BYTES } from '../../../shared/limits';
import type { ImageResult } from './fetch-image';
import { checkImage } from './image-bytes';

/** Images held in memory at once (each at most MAX_IMAGE_BYTES); the oldest goes first. */
export const MAX_IMAGES_IN_MEMORY = 100;
/** Image files kept on disk for when the network is away; the least recently fetched go first. */
export const MAX_IMAGE_FILES = 300;

/**
 * Logos and product images, fetched by main and kept on disk, so a poster prints and a tile
 * shows its picture at a festival gate with no network. A copy on disk is served at once and
 * refreshed in the background; a fetch that fails falls back to the copy.
 */
export class ImageCache {
  private readonly memory = new Map<string, Promise<ImageResult>>();

  constructor(
    private readonly dir: string,
    private readonly fetch: (url: string) => Promise<ImageResult>,
    private readonly logger: Logger,
  ) {}

  get(url: string): Promise<ImageResult> {
    const known = this.memory.get(url);
    if (known) return known;
    const found = this.load(url);
    this.remember(url, found);
    // A failure is not remembered: the next ask tries again.
    void found.then((result) => {
      if (!result.ok && this.memory.get(url) === found) this.memory.delete(url);
    });
    return found;
  }

  private async load(url: string): Promise<ImageResult> {
    const kept = await this.readKept(url);
    if (kept) {
      void this.fetchAndKeep(url, kept.bytes).then((fresh) => {
        if (fresh.ok) this.remember(url, Promise.resolve(fresh));
      });
      return kept;
    }
    return this.fetchAndKeep(url);
  }

  /** Fetches and keeps a copy; the same bytes as the copy there are only marked fetched, not written again. */
  private async fetchAndKeep(url: string, keptBytes?: Buffer): Promise<ImageResult> {
    const result = await this.fetch(url);
    if (!result.ok) return result;
    if (keptBytes?.equals(result.bytes)) await this.markFetched(url);
    else await this.keep(url, result.bytes);
    return result;
  }

  /** The copy's time says when it was last fetched, which the trim goes by. */
  private async markFetched(url: string): Promise<void> {
    const now = new Date();
    await utimes(this.fileOf(url), now, now).catch((error: unknown) => {
      this.logger.warn('Could not mark a kept image as fetched', { message: String(error) });
    });
  }

  private remember(url: string, result: Promise<ImageResult>): void {
    this.memory.delete(url);
    this.memory.set(url, result);
    const oldest = this.memory.keys().next().value;
    if (this.memory.size > MAX_IMAGES_IN_MEMORY && oldest !== undefined) this.memory.delete(oldest);
  }

  private fileOf(url: string): string {
    return join(this.dir, createHash('sha256').update(url).digest('hex'));
  }

  /** The copy on disk, if it is there and still an image of a size we accept; a damaged one is removed. */
  private async readKept(url: string): Promise<Extract<ImageResult, { ok: true }> | undefined> {
    const file = this.fileOf(url);
    try {
      if ((await stat(file)).size > MAX_IMAGE_BYTES) throw new Error('too large');
      const bytes = await readFile(file);
      const checked = checkImage(bytes);
      if (!('type' in checked)) throw new Error(checked.refused);
      return { ok: true, type: checked.type, bytes };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') await rm(file, { force: true }).catch(() => undefined);
      return undefined;
    }
  }

  /** Keeps a copy for offline use; a full or read-only disk only costs the copy, never the image. */
  private async keep(url: string, bytes: Buffer): Promise<void> {
    try {
      await writeFileDurably(this.fileOf(url), bytes);
      await this.trim();
    } catch (error) {
      this.logger.warn('Could not keep a copy of an image', { message: String(error) });
    }
  }

  private async trim(): Promise<void> {
    const names = (await readdir(this.dir)).filter((name) => /^[0-9a-f]{64}$/.test(name));
    if (names.length <= MAX_IMAGE_FILES) return;
    const aged = await Promise.all(
      names.map(async (name) => ({ name, mtime: (await stat(join(this.dir, name))).mtimeMs })),
    );
    aged.sort((a, b) => a.mtime - b.mtime);
    for (const { name } of aged.slice(0, aged.length - MAX_IMAGE_FILES))
      await rm(join(this.dir, name), { force: true });
  }
}
