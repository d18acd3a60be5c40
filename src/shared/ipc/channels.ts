// The list of IPC channels and their kinds, without schemas, so the preload can build its
// bridge without bundling zod. `contract.ts` must give every one of these its schemas (the
// compiler checks), so the two cannot drift.

export const CHANNELS = {
  'app:get-info': 'invoke',
  'staff:sign-in': 'invoke',
  'staff:lock': 'invoke',
  'staff:activity': 'invoke',
  'staff:save': 'invoke',
  'staff:remove': 'invoke',
  'audit:list': 'invoke',
  'sessions:create': 'invoke',
  'sessions:get': 'invoke',
  'sessions:copy-link': 'invoke',
  'sessions:open-in-browser': 'invoke',
  'sessions:similar-recent': 'invoke',
  'sessions:focus': 'invoke',
  'sessions:reissue': 'invoke',
  'sessions:save-qr': 'invoke',
  'sessions:print-slip': 'invoke',
  'sessions:save-slip-pdf': 'invoke',
  'receipts:print': 'invoke',
  'receipts:save-pdf': 'invoke',
  'display:get': 'invoke',
  'display:open-customer-window': 'invoke',
  'display:changed': 'event',
  'display:ask-tip': 'invoke',
  'display:choose-tip': 'invoke',
  'display:tip-chosen': 'event',
  'links:create': 'invoke',
  'links:list': 'invoke',
  'links:copy': 'invoke',
  'links:save-qr': 'invoke',
  'links:save-poster': 'invoke',
  'links:print-poster': 'invoke',
  'history:query': 'invoke',
  'history:totals': 'invoke',
  'history:products': 'invoke',
  'history:verify': 'invoke',
  'history:lookup': 'invoke',
  'history:export': 'invoke',
  'history:export-progress': 'event',
  'event:get': 'invoke',
  'event:join': 'invoke',
  'event:leave': 'invoke',
  'event:test': 'invoke',
  'event:set-up': 'invoke',
  'event:changed': 'event',
  'event:overview': 'invoke',
  'shifts:list': 'invoke',
  'shifts:close': 'invoke',
  'shifts:get': 'invoke',
  'shifts:print': 'invoke',
  'shifts:save-pdf': 'invoke',
  'sessions:changed': 'event',
  'sessions:watch-state': 'event',
  'builder:get-draft': 'invoke',
  'builder:save-draft': 'invoke',
  'catalogue:list': 'invoke',
  'images:get': 'invoke',
  'catalogue:save': 'invoke',
  'catalogue:delete': 'invoke',
  'catalogue:import': 'invoke',
  'catalogue:export': 'invoke',
  'settings:get': 'invoke',
  'settings:save-profile': 'invoke',
  'settings:delete-profile': 'invoke',
  'settings:set-active-profile': 'invoke',
  'settings:set-credentials': 'invoke',
  'settings:clear-credentials': 'invoke',
  'settings:set-preferences': 'invoke',
  'settings:test-connection': 'invoke',
  'settings:changed': 'event',
  'app:changed': 'event',
  'app:command': 'event',
} as const;

export type ChannelName = keyof typeof CHANNELS;

/** Who a window is for: staff see the app; the customer window faces the public. */
export type Audience = 'staff' | 'customer';

/** All the customer window may call or hear: what to show, and the customer's tip (#20). */
export const CUSTOMER_CHANNELS = [
  'display:get',
  'display:changed',
  'display:choose-tip',
] as const satisfies readonly ChannelName[];

/** The argument the customer window's renderer is started with, so its preload builds the small bridge. */
export const CUSTOMER_AUDIENCE_ARG = '--linkdesk-audience=customer';

/** The channels a window of `audience` gets in its bridge, may call, and is sent. */
export function channelsFor(audience: Audience): readonly ChannelName[] {
  return audience === 'customer' ? CUSTOMER_CHANNELS : (Object.keys(CHANNELS) as ChannelName[]);
}

export function isOpenTo(channel: ChannelName, audience: Audience): boolean {
  return audience === 'staff' || (CUSTOMER_CHANNELS as readonly ChannelName[]).includes(channel);
}
export type ChannelKind = 'invoke' | 'event';
export type InvokeChannel = { [K in ChannelName]: (typeof CHANNELS)[K] extends 'invoke' ? K : never }[ChannelName];
export type EventChannel = { [K in ChannelName]: (typeof CHANNELS)[K] extends 'event' ? K : never }[ChannelName];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(CHANNELS, value);
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return isChannelName(value) && CHANNELS[value] === 'invoke';
}

/** `sessions:copy-link` → ["sessions", "copyLink"]; events get an `on` prefix: `onChanged`. */
export function bridgePath(channel: ChannelName): [domain: string, method: string] {
  const [domain = '', verb = ''] = channel.split(':');
  const camel = verb.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const method = CHANNELS[channel] === 'event' ? `on${camel[0]?.toUpperCase() ?? ''}${camel.slice(1)}` : camel;
  return [domain, method];
}
