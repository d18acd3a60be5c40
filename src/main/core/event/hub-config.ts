import { eventStream, eventSubjects, heartbeatSubject, stationSubject } from '../../../shared/event';

/** How long the hub drops a message whose id it has already stored: replays after a crash fall inside it. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The most an event's stream keeps on the hub's disk. */
export const MAX_STREAM_BYTES = 1024 * 1024 * 1024;
/** The largest message the stream takes: one session record is a few KB. */
export const MAX_EVENT_MESSAGE_BYTES = 256 * 1024;

export interface HubPlan {
  eventId: string;
  /** Each station's user name and password (one user per station). */
  stations: readonly { name: string; password: string }[];
  organiser: { user: string; password: string };
  /** Where the hub listens; 127.0.0.1 for a hub on the organiser's own computer. */
  host: string;
  port: number;
  storeDir: string;
}

const quote = (text: string): string => JSON.stringify(text);
const list = (items: readonly string[]): string => `[${items.map(quote).join(', ')}]`;

/**
 * A ready nats-server configuration for an event: JetStream on, one user per station who may
 * publish only to its own subject (and its heartbeat), and an organiser who may read the
 * stream, create it and its consumer, and nothing else.
 */
export function hubConfig(plan: HubPlan): string {
  const stream = eventStream(plan.eventId);
  const stationUser = ({ name, password }: { name: string; password: string }): string => `    {
      user: ${quote(name)}, password: ${quote(password)}
      permissions: {
        publish: ${list([stationSubject(plan.eventId, name), heartbeatSubject(plan.eventId, name), `$JS.API.STREAM.INFO.${stream}`])}
        subscribe: ["_INBOX.>"]
      }
    }`;
  const organiser = `    {
      user: ${quote(plan.organiser.user)}, password: ${quote(plan.organiser.password)}
      permissions: {
        publish: ${list([
          '$JS.API.INFO',
          `$JS.API.STREAM.CREATE.${stream}`,
          `$JS.API.STREAM.UPDATE.${stream}`,
          `$JS.API.STREAM.INFO.${stream}`,
          `$JS.API.CONSUMER.CREATE.${stream}.>`,
          `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.>`,
          `$JS.API.CONSUMER.INFO.${stream}.>`,
          `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
          `$JS.ACK.${stream}.>`,
        ])}
        subscribe: ${list(['_INBOX.>', heartbeatSubject(plan.eventId, '*')])}
      }
    }`;
  return `# nats-server configuration for Linkdesk event "${plan.eventId}" (made by Linkdesk).
# Stream ${stream} holds ${eventSubjects(plan.eventId)}.
host: ${quote(plan.host)}
port: ${plan.port}
max_payload: ${MAX_EVENT_MESSAGE_BYTES}
jetstream {
  store_dir: ${quote(plan.storeDir)}
}
authorization {
  users: [
${[...plan.stations.map(stationUser), organiser].join(',\n')}
  ]
}
`;
}
