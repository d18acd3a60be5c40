import type { InvokeChannel } from './channels';

// Who may make each call, enforced in main at the dispatcher (#19). Once a profile has staff,
// every call needs someone signed in with at least the role named here; a profile without
// staff is one person's stall and may do everything. The window hides what main would refuse.

/** `anyone`: also with nobody signed in (the sign-in screen, the customer window). */
export type Access = 'anyone' | 'clerk' | 'manager';

export const CHANNEL_ACCESS = {
  'app:get-info': 'anyone',
  'staff:sign-in': 'anyone',
  'staff:lock': 'anyone',
  'staff:activity': 'clerk',
  'staff:save': 'manager',
  'staff:remove': 'manager',
  'audit:list': 'manager',
  'display:get': 'anyone',
  'display:open-customer-window': 'clerk',
  'display:ask-tip': 'clerk',
  'display:choose-tip': 'clerk',
  // Selling, sharing, printing and checking a sale.
  'sessions:create': 'clerk',
  'sessions:get': 'clerk',
  'sessions:copy-link': 'clerk',
  'sessions:open-in-browser': 'clerk',
  'sessions:similar-recent': 'clerk',
  'sessions:focus': 'clerk',
  'sessions:reissue': 'clerk',
  'sessions:save-qr': 'clerk',
  'sessions:print-slip': 'clerk',
  'sessions:save-slip-pdf': 'clerk',
  'receipts:print': 'clerk',
  'receipts:save-pdf': 'clerk',
  'builder:get-draft': 'clerk',
  'builder:save-draft': 'clerk',
  'catalogue:list': 'clerk',
  'images:get': 'clerk',
  // A clerk may show an existing payment link's QR or poster; making one is the manager's.
  'links:list': 'clerk',
  'links:copy': 'clerk',
  'links:save-qr': 'clerk',
  'links:save-poster': 'clerk',
  'links:print-poster': 'clerk',
  'links:create': 'manager',
  // A clerk sees the current shift (main narrows the query) and never billing details.
  'history:query': 'clerk',
  'history:totals': 'clerk',
  'history:products': 'clerk',
  'history:verify': 'clerk',
  'history:lookup': 'clerk',
  'history:export': 'manager',
  // Event mode (#21): anyone at the counter sees whether sales reach the event; joining is a manager's.
  'event:get': 'clerk',
  'event:overview': 'clerk',
  'event:join': 'manager',
  'event:leave': 'manager',
  'event:test': 'manager',
  'event:set-up': 'manager',
  // Closing the shift and its reports (#20): every sale of a shift, so a manager's.
  'shifts:list': 'manager',
  'shifts:close': 'manager',
  'shifts:get': 'manager',
  'shifts:print': 'manager',
  'shifts:save-pdf': 'manager',
  // Settings are read by every screen (theme, sound); only a manager changes them.
  'settings:get': 'clerk',
  'catalogue:save': 'manager',
  'catalogue:delete': 'manager',
  'catalogue:import': 'manager',
  'catalogue:export': 'manager',
  'settings:save-profile': 'manager',
  'settings:delete-profile': 'manager',
  'settings:set-active-profile': 'manager',
  'settings:set-credentials': 'manager',
  'settings:clear-credentials': 'manager',
  'settings:set-preferences': 'manager',
  'settings:test-connection': 'manager',
} as const satisfies Record<InvokeChannel, Access>;

const RANK: Record<Access, number> = { anyone: 0, clerk: 1, manager: 2 };

/** Whether someone holding `held` (null: nobody signed in) may make a call that needs `needed`. */
export function grants(held: 'clerk' | 'manager' | null, needed: Access): boolean {
  return RANK[held ?? 'anyone'] >= RANK[needed];
}
