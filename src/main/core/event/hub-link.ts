import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { HubCredentials } from '../../../shared/event';

/** Waits between reconnect attempts to a hub that went away (nats.js adds jitter to it). */
export const HUB_RECONNECT_WAIT_MS = 2000;
/** How long a publish waits for the hub's acknowledgement before it counts as not sent. */
export const HUB_ACK_TIMEOUT_MS = 5000;

export interface HubAddress {
  url: string;
  credentials: HubCredentials;
}

/**
 * A connection to an event's hub that reconnects by itself once made: a venue network comes
 * and goes. A first connect that fails rejects, and the caller tries again on its own clock
 * (so stopping can always cancel the wait).
 */
export function connectToHub(hub: HubAddress, name: string): Promise<NatsConnection> {
  return connect({
    servers: hub.url,
    name,
    ...natsAuth(hub.credentials),
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: HUB_RECONNECT_WAIT_MS,
  });
}

/** The credentials as nats.js takes them: a token, or a user and password. */
export function natsAuth(credentials: HubCredentials): { token: string } | { user?: string; pass?: string } {
  return credentials.token !== undefined
    ? { token: credentials.token }
    : { user: credentials.user, pass: credentials.password };
}
