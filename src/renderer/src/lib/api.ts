// The renderer's typed door to main. Everything goes through `window.linkdesk`, which the
// preload builds from the IPC contract.
import type { LinkdeskApi } from '../../../shared/ipc/bridge-types';
import type { IpcError, IpcErrorCode, IpcResult } from '../../../shared/ipc/result';

export const linkdesk: LinkdeskApi = window.linkdesk;

export type { IpcError, IpcErrorCode, IpcResult };
export type { LinkStatus, PaymentLinkRecord } from '../../../shared/payment-link';
export type { ActiveProfile, AppInfo } from '../../../shared/ipc/contract';
export type { SessionRecord } from '../../../shared/session-record';
export type {
  ConnectionResult,
  KeyStatus,
  Preferences,
  Profile,
  ProfileInput,
  SettingsView,
} from '../../../shared/settings';
