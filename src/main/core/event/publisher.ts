import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { heartbeatSubject, stationSubject } from '../../../shared/event';
import type { SessionStatus } from '../../../shared/ozura/status';
import type { SessionRecord } from '../../../shared/session-record';
import type { HistoryStore } from '../history/history-store';
import type { Logger, Timers } from '../ports';
import { connectToHub, HUB_ACK_TIMEOUT_MS, type HubAddress } from './hub-link';
import type { PublishCursor } from './publish-cursor';

/** A station's heartbeat to the organiser: version, backlog and clock. */
export const HEARTBEAT_MS = 15_000;
/** After a failed publish, the wait before the next try (the connection reconnects by itself). */
export const PUBLISH_RETRY_MS = 2000;
/** Acknowledged records written to the cursor together. */
const CURSOR_SAVE_EVERY = 50;
/**
 * Records sent before waiting for their acknowledgements: a backlog drains at the hub's pace,
 * not one round trip per record. They go out in order on one connection, so the hub stores them
 * in order; one refused stops the drain there, and what followed it is sent again later (the hub
 * drops the repeats by their ids).
 */
export const PUBLISH_WINDOW = 64;

/** What a station's header shows of its event. */
export interface PublisherState {
  connected: boolean;
  /** Records (or status changes) the hub has not acknowledged yet. */
  backlog: number;
  lastSyncedAt?: number;
  /** Why the hub is not taking records, in the log's words (wrong credentials, not allowed). */
  problem?: string;
}

/** One message of a station: the record as stored, under its station's name. */
export interface EventMessage {
  v: 1;
  station: string;
  record: SessionRecord;
}

export interface PublisherOptions {
  history: HistoryStore;
  cursor: PublishCursor;
  hub: HubAddress;
  eventId: string;
  station: string;
  /** Sessions made from this instant on belong to the event. */
  since: string;
  version: string;
  timers: Timers;
  logger: Logger;
  onState?: (state: PublisherState) => void;
}

interface Outgoing {
  record: SessionRecord;
  /** `<sessionId>:created` or `<sessionId>:<status>`: the hub drops a repeat of an id. */
  msgId: string;
  status: SessionStatus;
}

/**
 * Sends a station's history to its event's stream: every session made since it joined, then
 * each status change, in history order, each with a deterministic message id. history.jsonl
 * stays the truth; the hub is told, and the cursor moves only once the hub has acknowledged.
 * Selling never waits for any of it.
 */
export class EventPublisher {
  private connection?: NatsConnection;
  private js?: JetStreamClient;
  private draining?: Promise<void>;
  private again = false;
  private retry?: unknown;
  private heartbeat?: unknown;
  private stopped = false;
  private unsubscribe?: () => void;
  private readonly state: PublisherState = { connected: false, backlog: 0 };

  constructor(private readonly options: PublisherOptions) {}

  /** Connects (retrying in the background) and drains the backlog whenever the hub is there. */
  start(): void {
    this.unsubscribe = this.options.history.onWrite(() => this.drain());
    this.state.backlog = this.outgoing().length;
    this.tell();
    void this.connect();
  }

  current(): PublisherState {
    return { ...this.state };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.options.timers.clearTimeout(this.retry);
    this.options.timers.clearTimeout(this.heartbeat);
    await this.draining;
    await this.options.cursor.save().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { hub, station, logger } = this.options;
    try {
      const connection = await connectToHub(hub, `linkdesk ${station}`);
      if (this.stopped) return void (await connection.close());
      this.connection = connection;
      this.js = jetstream(connection);
      this.setConnected(true);
      this.beat();
      void this.followStatus(connection);
      this.drain();
    } catch (error) {
      this.state.problem = String(error);
      logger.warn('The event hub cannot be reached; records wait on this station', { message: String(error) });
      this.tell();
      if (!this.stopped) this.retry = this.options.timers.setTimeout(() => void this.connect(), PUBLISH_RETRY_MS);
    }
  }

  private async followStatus(connection: NatsConnection): Promise<void> {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') this.setConnected(false);
      if (status.type === 'reconnect') {
        this.setConnected(true);
        this.beat(); // back at once on the organiser's screen, not at the next beat
        this.drain();
      }
    }
  }

  private setConnected(connected: boolean): void {
    this.state.connected = connected;
    if (connected) delete this.state.problem;
    this.tell();
  }

  /** Says the station is alive (now, and again every HEARTBEAT_MS until stopped) and how much waits. */
  private beat(): void {
    const { eventId, station, version, timers } = this.options;
    if (this.stopped) return;
    timers.clearTimeout(this.heartbeat);
    this.heartbeat = timers.setTimeout(() => this.beat(), HEARTBEAT_MS);
    const beat = { station, version, backlog: this.state.backlog, clock: timers.now() };
    try {
      this.connection?.publish(heartbeatSubject(eventId, station), JSON.stringify(beat));
    } catch {
      // Not connected: the organiser sees the station go quiet, which is the news.
    }
  }

  /** Sends what the hub lacks, one at a time in order; a second call while it runs goes round again. */
  private drain(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.sendAll().finally(() => {
      this.draining = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.drain();
      }
    });
  }

  private async sendAll(): Promise<void> {
    const { cursor, eventId, station, logger } = this.options;
    const subject = stationSubject(eventId, station);
    const queue = this.outgoing();
    this.state.backlog = queue.length;
    this.tell();
    let unsaved = 0;
    for (let start = 0; start < queue.length; start += PUBLISH_WINDOW) {
      const { js } = this;
      if (this.stopped || !js || !this.state.connected) break;
      const window = queue.slice(start, start + PUBLISH_WINDOW);
      const answers = await Promise.allSettled(
        window.map((next) => {
          const message: EventMessage = { v: 1, station, record: next.record };
          return js.publish(subject, JSON.stringify(message), { msgID: next.msgId, timeout: HUB_ACK_TIMEOUT_MS });
        }),
      );
      // The cursor moves over what the hub acknowledged, up to the first it did not.
      const refused = answers.findIndex((answer) => answer.status === 'rejected');
      for (const next of refused === -1 ? window : window.slice(0, refused)) {
        cursor.acknowledged(next.record.id, next.status);
        this.state.backlog -= 1;
        unsaved += 1;
      }
      if (refused === -1 || refused > 0) {
        delete this.state.problem;
        this.state.lastSyncedAt = this.options.timers.now();
      }
      if (unsaved >= CURSOR_SAVE_EVERY) {
        unsaved = 0;
        await this.saveCursor();
      }
      if (refused !== -1) {
        const error = String((answers[refused] as PromiseRejectedResult).reason);
        // Logged when the reason changes, not on every retry while it stays the same.
        if (this.state.problem !== error)
          logger.warn('The event hub did not take a record; it waits on this station', { message: error });
        this.state.problem = error;
        this.retryLater();
        break;
      }
      this.tell();
    }
    if (unsaved > 0) await this.saveCursor();
    this.tell();
    // The organiser sees the backlog shrink as it happens, not up to HEARTBEAT_MS later.
    if (this.state.backlog < queue.length) this.beat();
  }

  private async saveCursor(): Promise<void> {
    // A cursor that cannot be written (a full disk) only means repeats later, which the hub drops.
    await this.options.cursor.save().catch((error: unknown) => {
      this.options.logger.warn('The event cursor could not be saved', { message: String(error) });
    });
  }

  private retryLater(): void {
    this.options.timers.clearTimeout(this.retry);
    this.retry = this.options.timers.setTimeout(() => this.drain(), PUBLISH_RETRY_MS);
  }

  /** What the hub has not acknowledged, oldest session first. */
  private outgoing(): Outgoing[] {
    const { history, cursor, since } = this.options;
    const found = history.index.run({ from: since, sort: 'oldest' });
    const queue: Outgoing[] = [];
    for (const record of found.page(0, found.count)) {
      const told = cursor.statusOf(record.id);
      if (told === undefined) queue.push({ record, msgId: `${record.id}:created`, status: 'pending' });
      if (record.status !== 'pending' && told !== record.status)
        queue.push({ record, msgId: `${record.id}:${record.status}`, status: record.status });
    }
    return queue;
  }

  private tell(): void {
    this.options.onState?.(this.current());
  }
}
