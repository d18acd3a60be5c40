import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './ports';

/** Detail keys that could carry a key or personal data are never written. */
const PRIVATE = /key|secret|token|password|authorization|email|name|billing|address|phone|card/i;

function clean(details: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!details) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(details)) {
    if (PRIVATE.test(k)) continue;
    kept[k] =
      typeof v === 'string'
        ? v.slice(0, 500)
        : typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v).slice(0, 500);
  }
  return kept;
}

/**
 * Logs as JSON lines in `dir/linkdesk.log`, rotated at `maxBytes` into `.1`, `.2` … up to
 * `keep` files. Details are filtered: anything that looks like a key or personal data is left out.
 */
export function createFileLogger(dir: string, maxBytes = 1024 * 1024, keep = 3): Logger & { readonly dir: string } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'linkdesk.log');
  const rotate = (): void => {
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(i === 1 ? file : `${file}.${i - 1}`, `${file}.${i}`);
      } catch {
        // That generation does not exist yet.
      }
    }
  };
  const write = (level: string, message: string, details?: Record<string, unknown>): void => {
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= maxBytes) rotate();
      appendFileSync(
        file,
        `${JSON.stringify({ time: new Date().toISOString(), level, message, ...(details && { details: clean(details) }) })}\n`,
      );
    } catch {
      // A full or read-only disk must not stop the app; the console still has the message.
    }
  };
  return {
    dir,
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
  };
}
