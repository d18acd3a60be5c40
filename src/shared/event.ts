import { z } from 'zod';
import { HistoryTotals } from './history-query';

// Event mode (#21): stations publish their history to a NATS JetStream stream; an organiser
// folds every station's records into one history.

/** An event id or station name: one NATS subject token, readable in a config file. */
export const EventToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, { error: 'event.token' });

/** The subject a station publishes its records to. */
export const stationSubject = (eventId: string, station: string): string => `linkdesk.${eventId}.${station}`;
/** Every station's subject of an event: what the stream holds. */
export const eventSubjects = (eventId: string): string => `linkdesk.${eventId}.>`;
/** The stream of an event (stream names may not contain dots). */
export const eventStream = (eventId: string): string => `LINKDESK_${eventId.toUpperCase().replace(/-/g, '_')}`;
/** Where a station's heartbeat goes: plain NATS, outside the stream (health is live, not history). */
export const heartbeatSubject = (eventId: string, station: string): string => `linkdesk-health.${eventId}.${station}`;

/** A hub's address: `nats://` only on this computer (loopback), `tls://` everywhere else. */
export const HubUrl = z
  .string()
  .trim()
  .max(300)
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        if (url.protocol === 'tls:') return url.hostname !== '';
        return url.protocol === 'nats:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      } catch {
        return false;
      }
    },
    { error: 'event.hubUrl' },
  );

/** The longest hub token taken (a NATS token is a shared secret, typically 20–64 characters). */
export const MAX_HUB_TOKEN_CHARS = 500;

/**
 * How a station or organiser signs in to the hub: a user and password (what "Set up event"
 * makes, one user each), or a token (a hub set up by hand). Kept encrypted, never sent to the window.
 */
export const HubCredentials = z
  .strictObject({
    user: z.string().trim().max(100, { error: 'field.tooLong' }).optional(),
    password: z.string().max(200, { error: 'field.tooLong' }).optional(),
    token: z.string().trim().max(MAX_HUB_TOKEN_CHARS, { error: 'field.tooLong' }).optional(),
  })
  .superRefine((given, context) => {
    if (given.token !== undefined) {
      if (given.token === '') context.addIssue({ code: 'custom', path: ['token'], error: 'field.required' });
      return;
    }
    if (!given.user) context.addIssue({ code: 'custom', path: ['user'], error: 'field.required' });
    if (!given.password) context.addIssue({ code: 'custom', path: ['password'], error: 'field.required' });
  });
export type HubCredentials = z.infer<typeof HubCredentials>;

export const EventRole = z.enum(['station', 'organiser']);
export type EventRole = z.infer<typeof EventRole>;

/** A profile's part in an event: where the hub is, which event, and as which station. */
export const EventMembership = z.object({
  role: EventRole,
  hubUrl: HubUrl,
  eventId: EventToken,
  /** A station's name on the hub (its subject); an organiser has none. */
  station: EventToken.optional(),
  /** Sessions made from this instant on are the event's. */
  joinedAt: z.iso.datetime(),
});
export type EventMembership = z.infer<typeof EventMembership>;

/** What the window sends to join: the membership and the hub credentials (kept encrypted in main). */
export const EventJoinInput = z
  .strictObject({
    profileId: z.uuid(),
    role: EventRole,
    hubUrl: HubUrl,
    eventId: EventToken,
    station: EventToken.optional(),
    credentials: HubCredentials,
  })
  .refine((input) => input.role === 'organiser' || input.station !== undefined, {
    error: 'event.stationNeeded',
    path: ['station'],
  });
export type EventJoinInput = z.infer<typeof EventJoinInput>;

/** How the event looks from this profile: never the credentials, only who they sign in as. */
export const EventStatus = z.object({
  membership: EventMembership,
  /** The hub user these credentials sign in as (never the password); '' for a token. */
  signsInAs: z.string(),
  connected: z.boolean(),
  /** A station: records the hub has not acknowledged yet. An organiser: sessions folded so far. */
  backlog: z.int(),
  folded: z.int(),
  lastSyncedAt: z.number().optional(),
  problem: z.string().optional(),
});
export type EventStatus = z.infer<typeof EventStatus>;

/** The most stations one event's hub configuration holds. */
export const MAX_EVENT_STATIONS = 100;

/** "Set up event": the stations to make users for, and where the hub will listen. */
export const HubSetupInput = z.strictObject({
  eventId: EventToken,
  stations: z
    .array(EventToken)
    .min(1, { error: 'event.stationsNeeded' })
    .max(MAX_EVENT_STATIONS, { error: 'field.atMost' })
    .refine((names) => new Set(names).size === names.length, { error: 'event.stationsUnique' }),
  port: z.int({ error: 'field.wholeNumber' }).min(1, { error: 'field.atLeast' }).max(65_535, { error: 'field.atMost' }),
});
export type HubSetupInput = z.infer<typeof HubSetupInput>;

/** One station as the organiser sees it: alive or not, and what it last said (#21). */
export const StationHealth = z.object({
  station: z.string(),
  /** Heard from within STATION_QUIET_AFTER_MS. */
  online: z.boolean(),
  /** When its last heartbeat arrived (the organiser's clock); none heard yet since this organiser started. */
  lastHeardAt: z.number().optional(),
  /** Records still waiting on the station, as its last heartbeat said. */
  backlog: z.int().optional(),
  version: z.string().optional(),
  /** The station's clock minus the organiser's, when its last heartbeat came (ms; positive: it runs ahead). */
  clockSkewMs: z.number().optional(),
  /** When its newest session folded here was made. */
  lastRecordAt: z.iso.datetime().optional(),
  sessions: z.int(),
});
export type StationHealth = z.infer<typeof StationHealth>;

/** The organiser's Event screen: every station's health and the whole event's totals. */
export const EventOverview = z.object({
  status: EventStatus,
  stations: z.array(StationHealth),
  totals: HistoryTotals,
});
export type EventOverview = z.infer<typeof EventOverview>;

/** A station's clock within this of the organiser's reads "in step" on the Event screen. */
export const CLOCK_IN_STEP_MS = 5000;

/** How a station's clock reads against the organiser's: in step, or whole seconds ahead or behind. */
export function clockReading(skewMs: number): { reads: 'inStep' | 'ahead' | 'behind'; seconds: number } {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  if (Math.abs(skewMs) < CLOCK_IN_STEP_MS) return { reads: 'inStep', seconds };
  return { reads: skewMs > 0 ? 'ahead' : 'behind', seconds };
}
