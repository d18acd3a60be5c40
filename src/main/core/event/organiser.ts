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
import type { HistoryChange, HistoryStore } from '../history/history-store';
import type { Logger } from '../ports';
import { DUPLICATE_WINDOW_MS, MAX_EVENT_MESSAGE_BYTES, MAX_STREAM_BYTES } from './hub-config';
import { connectToHub, type HubAddress } from './hub-link';
import { parseJsonOrUndefined } from '../files/durable-files';
import { AppError } from '../app-error';
import { text } from '../../../shared/i18n/translator';
import type { RemoteSession } from '../../../shared/ozura/responses';
import { updateFrom } from '../sessions/records';

/**
 * The most messages folded with one write while catching up. Well under the consumer's 1,000
 * unacknowledged messages (`max_ack_pending`), past which the hub would stop sending.
 */
export const FOLD_BATCH_MAX = 500;

/** The organiser's durable consumer: a restart resumes where it stopped. */
export const ORGANISER_CONSUMER = 'linkdesk-organiser';

const EventMessage = z.object({ v: z.literal(1), station: EventToken, record: SessionRecord });

/** What folding one message did to the organiser's history. */
export type Folded = 'added' | 'updated' | 'unchanged' | 'conflict' | 'refused';

/** One station's word on one session, as folded. */
export interface StationReport {
  station: string;
  record: SessionRecord;
}

/**
 * What one report does to what is known of its session: a new session is added under its
 * station; a later status replaces an earlier one by the lifecycle (a terminal status is never
 * replaced); two different terminal statuses are a conflict: the first told is kept, the other
 * noted on the record, for Verify now to settle. The same report twice changes nothing.
 */
function foldOne(
  known: SessionRecord | undefined,
  { station, record }: StationReport,
): { outcome: Folded; change?: HistoryChange; after?: SessionRecord } {
  if (!known) {
    const added = { ...record, station };
    return { outcome: 'added', change: { op: 'put', record: added }, after: added };
  }
  if (known.status === record.status) return { outcome: 'unchanged' };
  if (isTerminal(known.status)) {
    // Noted once; a settled conflict (null) stays settled when the other report is replayed.
    if (!isTerminal(record.status) || known.conflict !== undefined) return { outcome: 'unchanged' };
    const update = { conflict: { status: record.status, station } };
    return { outcome: 'conflict', change: { op: 'patch', id: record.id, update }, after: { ...known, ...update } };
  }
  const { status, statusCheckedAt, errorCode, payment } = record;
  const update = {
    status,
    ...(statusCheckedAt && { statusCheckedAt }),
    ...(errorCode && { errorCode }),
    ...(payment && { payment }),
  };
  return { outcome: 'updated', change: { op: 'patch', id: record.id, update }, after: { ...known, ...update } };
}

/**
 * Folds station reports into the organiser's history, in order, with one write to disk for
 * all of them (a catch-up of thousands costs one flush per batch, not one per record).
 * Resolves with what each did once all of it is on disk.
 */
export async function foldRecords(history: HistoryStore, reports: readonly StationReport[]): Promise<Folded[]> {
  // Sessions as this batch leaves them, so a report sees the ones before it.
  const folded = new Map<string, SessionRecord>();
  const changes: HistoryChange[] = [];
  const outcomes = reports.map((report) => {
    const { outcome, change, after } = foldOne(folded.get(report.record.id) ?? history.get(report.record.id), report);
    if (change && after) {
      changes.push(change);
      folded.set(report.record.id, after);
    }
    return outcome;
  });
  await history.writeAll(changes);
  return outcomes;
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

  /**
   * Folds as messages come: one at a time when live, and while the hub says more are waiting
   * (a catch-up), up to FOLD_BATCH_MAX together, each acknowledged once it is on disk.
   */
  private async fold(messages: ConsumerMessages): Promise<void> {
    let batch: JsMsg[] = [];
    for await (const message of messages) {
      batch.push(message);
      if (message.info.pending > 0 && batch.length < FOLD_BATCH_MAX) continue;
      await this.foldAll(batch);
      batch = [];
    }
  }

  private async foldAll(messages: readonly JsMsg[]): Promise<void> {
    const { history, logger } = this.options;
    const reports: { message: JsMsg; report: StationReport }[] = [];
    for (const message of messages) {
      const parsed =
        message.data.length <= MAX_EVENT_MESSAGE_BYTES
          ? EventMessage.safeParse(parseJsonOrUndefined(message.string()))
          : undefined;
      // A message from another subject than its station's own is not that station's to tell.
      const subjectStation = message.subject.split('.').at(-1);
      if (!parsed?.success || parsed.data.station !== subjectStation) {
        logger.warn('An event message was not a station record; skipped', {
          subject: message.subject,
          seq: message.seq,
        });
        message.term();
        continue;
      }
      reports.push({ message, report: parsed.data });
    }
    const outcomes = await foldRecords(
      history,
      reports.map(({ report }) => report),
    );
    reports.forEach(({ message, report }, at) => {
      const outcome = outcomes[at] ?? 'unchanged';
      if (outcome === 'conflict')
        logger.warn('Two stations report different outcomes for one session', { id: report.record.id });
      message.ack();
      this.options.onFolded?.(outcome, report.record);
    });
  }
}
