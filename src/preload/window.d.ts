import type { LinkdeskApi } from '../shared/ipc/bridge-types';

declare global {
  interface Window {
    /** The only way the renderer reaches main; built by the preload from the IPC contract. */
    readonly linkdesk: LinkdeskApi;
  }
}

export {};
