// What the core needs from the outside world. The Electron adapters, the harness and the unit
// tests each provide their own.

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface Clipboard {
  writeText(text: string): void | Promise<void>;
}

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** The merchant details and redirect targets every session is created with. */
export interface MerchantProfile {
  merchantId: string;
  merchantName: string;
  successUrl: string;
  cancelUrl: string;
  errorUrl: string;
  defaultCurrency: string;
  /** Goes into every session's metadata, e.g. "Till 2". */
  stationName: string;
  appearance: Record<string, unknown>;
}

/** Where the API lives, as the user may see it. */
export interface EnvironmentInfo {
  kind: 'sandbox' | 'ozura' | 'custom';
  label: string;
  baseUrl: string;
}
