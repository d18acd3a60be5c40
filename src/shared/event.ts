import { z } from 'zod';

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

/** How a station or organiser signs in to the hub; kept encrypted, never sent to the window. */
export const HubCredentials = z.union([
  z.strictObject({ user: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
  z.strictObject({ token: z.string().min(1).max(500) }),
]);
export type HubCredentials = z.infer<typeof HubCredentials>;
