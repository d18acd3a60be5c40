import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Appends one line and flushes it to disk before resolving. A line that cannot be written whole
 * (a full disk) is cut back off, so the file never ends in half a line for the next append.
 */
export async function appendLineDurably(path: string, line: string): Promise<void> {
  const file = await open(path, 'a');
  try {
    const before = (await file.stat()).size;
    try {
      await file.appendFile(line.endsWith('\n') ? line : `${line}\n`);
      await file.datasync();
    } catch (error) {
      await file.truncate(before).catch(() => undefined);
      throw error;
    }
  } finally {
    await file.close();
  }
}

/**
 * The lines in the last `maxBytes` of a file, newest first (a line cut by the window is left
 * out); none when the file does not exist yet.
 */
export async function readNewestLines(path: string, maxBytes: number): Promise<string[]> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const start = Math.max(0, size - maxBytes);
  const file = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(size - start);
    await file.read(bytes, 0, bytes.length, start);
    const lines = bytes.toString('utf8').split('\n');
    if (start > 0) lines.shift(); // begins mid-line
    return lines.filter((line) => line !== '').reverse();
  } finally {
    await file.close();
  }
}

/** Writes a whole file so that it is either there complete or not at all: a temporary file, flushed, renamed. */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(data);
    await file.datasync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
}

/** JSON.parse that answers undefined for a line that does not read. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
