import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { z } from 'zod';
import { eventStream, eventSubjects, EventToken, heartbeatSubject } from '../../../shared/event';
import { isTerminal } from '../../../shared/ozura/status';
import { SessionRecord } from '../../../shared/session-record';
import type { HistoryStore } from '../history/history-store';
import type { Logger } from '../ports';
import { DUPLICATE_WINDOW_MS, MAX_EVENT_MESSAGE_BYTES, MAX_STREAM_BYTES } from './hub-config';
import { connectToHub, type HubAddress } from './hub-link';
import { parseJsonOrUndefined } from '../files/durable-files';
import { AppError } from '../app-error';
import { text } from '../../../shared/i18n/translator';
import type { RemoteSession } from '../../../shared/ozura/responses';
import { updateFrom } from '../sessions/records';

/** The organiser's durable consumer: a restart resumes where it stopped. */
export const ORGANISER_CONSUMER = 'linkdesk-organiser';

const EventMessage = z.object({ v: z.literal(1), station: EventToken, record: SessionRecord });

/** What folding one message did to the organiser's history. */
export type Folded = 'added' | 'updated' | 'unchanged' | 'conflict' | 'refused';

/**
 * Folds one station record into the organiser's history, by session id: a new session is
 * added under its station; a later status replaces an earlier one by the lifecycle (a terminal
 * status is never replaced); two different terminal statuses are a conflict: the first told is
 * kept, the other noted on the record, for Verify now to settle. Folding the same message twice
 * changes nothing.
 */
export async function foldRecord(history: HistoryStore, station: string, record: SessionRecord): Promise<Folded> {
  const known = history.get(record.id);
  if (!known) {
    await history.append({ ...record, station });
    return 'added';
  }
  if (known.status === record.status) return 'unchanged';
  if (isTerminal(known.status)) {
    // Noted once; a settled conflict (null) stays settled when the other report is replayed.
    if (!isTerminal(record.status) || known.conflict !== undefined) return 'unchanged';
    await history.update(record.id, { conflict: { status: record.status, station } });
    return 'conflict';
  }
  const { status, statusCheckedAt, errorCode, payment } = record;
  await history.update(record.id, {
    status,
    ...(statusCheckedAt && { statusCheckedAt }),
    ...(errorCode && { errorCode }),
    ...(payment && { payment }),
  });
  return 'updated';
}

/**
 * Verify now on an organiser's history: a fresh `GET /api/sessions/{id}` (no key needed) at the
 * API the station sold in, recorded. Ozura's answer settles a conflict between two stations'
 * reports: it becomes the status, and the flag is cleared.
 */
export async function verifyFolded(
  history: HistoryStore,
  id: string,
  getSession: (record: SessionRecord) => Promise<RemoteSession>,
  nowMs: number,
): Promise<{ record: SessionRecord; billing?: RemoteSession['billing'] }> {
  const known = history.get(id);
  if (!known) throw new AppError('not-found', text('error.noSuchSession', { id }));
  const remote = await getSession(known);
  const update = { ...updateFrom(remote, known.currency, nowMs), ...(known.conflict && { conflict: null }) };
  const record = (await history.update(id, update)) ?? known;
  return { record, ...(remote.billing && { billing: remote.billing }) };
}

export interface OrganiserOptions {
  /** The organiser's own history of the event (never the one it sells from). */
  history: HistoryStore;
  hub: HubAddress;
  eventId: string;
  logger: Logger;
  /** After each message folded that changed something. */
  onFolded?: (outcome: Folded, record: SessionRecord) => void;
  /** Each message on a station's heartbeat subject, as it came (the caller checks it). */
  onHeartbeat?: (subject: string, data: Uint8Array) => void;
  /** The link to the hub dropped (false) or came back (true) after the first connect. */
  onConnection?: (connected: boolean) => void;
}

/** Creates the event's stream, or brings its settings up to date ("Set up event"). */
export async function ensureEventStream(connection: NatsConnection, eventId: string): Promise<void> {
  const jsm = await jetstreamManager(connection);
  const config = {
    name: eventStream(eventId),
    subjects: [eventSubjects(eventId)],
    max_bytes: MAX_STREAM_BYTES,
    max_msg_size: MAX_EVENT_MESSAGE_BYTES,
    duplicate_window: DUPLICATE_WINDOW_MS * 1_000_000,
  };
  try {
    await jsm.streams.info(config.name);
    await jsm.streams.update(config.name, config);
  } catch {
    await jsm.streams.add(config);
  }
}

/** Reads every station's records from the start of the event's stream and folds them, live. */
export class EventOrganiser {
  private connection?: NatsConnection;
  private messages?: ConsumerMessages;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly options: OrganiserOptions) {}

  /** Connects, sets the event up and starts folding; rejects when the hub is not there (try again). */
  async start(): Promise<void> {
    const { hub, eventId } = this.options;
    const connection = await connectToHub(hub, 'linkdesk organiser');
    if (this.stopped) return void (await connection.close());
    try {
      await ensureEventStream(connection, eventId);
      const jsm = await jetstreamManager(connection);
      const stream = eventStream(eventId);
      await jsm.consumers.info(stream, ORGANISER_CONSUMER).catch(() =>
        jsm.consumers.add(stream, {
          durable_name: ORGANISER_CONSUMER,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
        }),
      );
      const consumer = await jetstream(connection).consumers.get(stream, ORGANISER_CONSUMER);
      this.messages = await consumer.consume();
      const { onHeartbeat } = this.options;
      if (onHeartbeat)
        connection.subscribe(heartbeatSubject(eventId, '*'), {
          callback: (error, message) => {
            if (!error) onHeartbeat(message.subject, message.data);
          },
        });
    } catch (error) {
      await connection.close();
      throw error;
    }
    this.connection = connection;
    this.running = this.fold(this.messages);
    void this.followStatus(connection);
  }

  private async followStatus(connection: NatsConnection): Promise<void> {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') this.options.onConnection?.(false);
      if (status.type === 'reconnect') this.options.onConnection?.(true);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.messages?.close();
    await this.running;
    await this.connection?.close();
  }

  private async fold(messages: ConsumerMessages): Promise<void> {
    for await (const message of messages) await this.foldOne(message);
  }

  private async foldOne(message: JsMsg): Promise<void> {
    const { history, logger } = this.options;
    const parsed =
      message.data.length <= MAX_EVENT_MESSAGE_BYTES
        ? EventMessage.safeParse(parseJsonOrUndefined(message.string()))
        : undefined;
    // A message from another subject than its station's own is not that station's to tell.
    const subjectStation = message.subject.split('.').at(-1);
    if (!parsed?.success || parsed.data.station !== subjectStation) {
      logger.warn('An event message was not a station record; skipped', { subject: message.subject, seq: message.seq });
      message.term();
      return;
    }
    const outcome = await foldRecord(history, parsed.data.station, parsed.data.record);
    if (outcome === 'conflict')
      logger.warn('Two stations report different outcomes for one session', { id: parsed.data.record.id });
    message.ack();
    this.options.onFolded?.(outcome, parsed.data.record);
  }
}
