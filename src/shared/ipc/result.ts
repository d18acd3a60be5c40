// The envelope every invoke answers with. Electron drops custom error properties across IPC,
// so errors travel as data.

export type IpcErrorCode =
  | 'invalid-input' // the payload did not match the contract; `fields` says where
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'forbidden' // this window, or the role signed in (or nobody), may not make the call
  | 'wrong-secret' // a wrong PIN or passphrase; the message says how many tries are left
  | 'locked-out' // too many wrong PINs: this name is locked for a while; the message says how long
  | 'not-found'
  | 'not-configured' // e.g. no API keys for this profile yet; the message says where to add them
  | 'needs-consent' // the user must confirm first (keys stored with weak protection)
  | 'api-rejected' // the Ozura API answered 4xx
  | 'api-unavailable' // network error, timeout or 5xx after retries
  | 'disk-full' // nothing could be saved; the message says to free space and retry
  | 'read-only' // the data folder cannot be written; the message names it
  | 'closing' // the app is shutting down; nothing is done any more
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** Field path → message, for errors a form can show beside a field. */
  fields?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
