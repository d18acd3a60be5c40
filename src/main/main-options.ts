// The ports the main side is built from, and what it offers its host (the Electron entry point
// or the test harness) once built.
import type { Preferences } from '../shared/settings';
import type { StaffRole } from '../shared/staff';
import type { Command } from '../shared/shortcuts';
import type { EventListener } from './core/event-hub';
import type { HistoryStore } from './core/history/history-store';
import type { Dispatch } from './core/ipc/dispatcher';
import type { Clipboard, Logger, Timers } from './core/ports';
import type { Dialogs } from './core/ports-dialogs';
import type { Printer } from './core/ports-printer';
import type { KeyValueStore } from './core/settings/key-value-store';
import type { Cipher } from './core/settings/secret-vault';
import type { OzuraSandbox } from './sandbox/sandbox';
import type { Text } from '../shared/i18n/translator';
import type { Words } from './core/words';
import type { ImageResult } from './core/images/fetch-image';

export interface MainOptions {
  dataDir: string;
  version: string;
  clipboard: Clipboard;
  /** Opens a URL in the system browser (shell.openExternal in the app). Only checked URLs reach it. */
  openExternal: (url: string) => Promise<void>;
  /** A system notification (Electron's Notification in the app). */
  notify: (title: string, body: string) => void;
  /** Opens (or focuses) the customer-facing window, on a second display when there is one. */
  openCustomerWindow: () => Promise<void>;
  /** Whether the customer window is open now (where a customer chooses a tip, #20). */
  customerWindowOpen?: () => boolean;
  /** The OS print dialog and PDF rendering. */
  printer: Printer;
  /** Native open and save dialogs (Electron's dialog module in the app). */
  dialogs: Dialogs;
  /** Encryption at rest for the API keys (safeStorage in the app). */
  cipher: Cipher;
  /** Opens the JSON store `<dataDir>/<name>.json` (electron-store in the app, conf in tests). */
  openStore: (name: string) => KeyValueStore;
  /** True only for our own renderer page. */
  isTrustedSender: (url: string | undefined) => boolean;
  logger?: Logger;
  timers?: Timers;
  fetch?: typeof fetch;
  /** Fetches a logo or product image (fetchImage in the app; the harness adds its own test CA). */
  imageFetch?: (url: string) => Promise<ImageResult>;
  /** The system's preferred languages, most wanted first (app.getPreferredSystemLanguages()). */
  systemLanguages?: readonly string[];
}

export interface LinkdeskMain {
  dispatch: Dispatch;
  history: HistoryStore;
  /** The built-in sandbox, once a sandbox profile has started it. */
  readonly sandbox: OzuraSandbox | undefined;
  /** Things the user should be told at start, e.g. a damaged file that was moved aside. */
  readonly notices: readonly Text[];
  /** Words in the staff's current language, for the native menu and dialogs. */
  words: Words;
  onEvent(listener: EventListener): () => void;
  /** Passes a menu command on to the window. */
  runCommand(command: Command): void;
  /** The role of whoever is signed in (null: the counter is locked), for the native menu. */
  staffRole(): StaffRole | null;
  /** The current preferences (e.g. the theme, for the native parts of the window). */
  preferences(): Preferences;
  stop(): Promise<void>;
}

export type { EventListener };
