import type { Logger } from './ports';

/** Logs to stdout/stderr. Callers never pass keys or billing details in `details`. */
export const consoleLogger: Logger = {
  info: (message, details) => console.log(`[linkdesk] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[linkdesk] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[linkdesk] ${message}`, details ?? ''),
};
