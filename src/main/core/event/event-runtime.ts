import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventStatus } from '../../../shared/event';
import { HistoryStore } from '../history/history-store';
import type { Logger, Timers } from '../ports';
import type { EventMemberships } from './event-memberships';
import { EventOrganiser } from './organiser';
import { HUB_RECONNECT_WAIT_MS } from './hub-link';
import { PublishCursor } from './publish-cursor';
import { EventPublisher, type PublisherState } from './publisher';

/** Where event mode keeps its files in the data folder. */
export const EVENTS_DIR = 'events';

export interface EventRuntimeOptions {
  memberships: EventMemberships;
  /** The station's own history, published as it is written. */
  history: HistoryStore;
  dataDir: string;
  version: string;
  timers: Timers;
  logger: Logger;
  onChange: () => void;
}

/**
 * Runs the active profile's part in its event: a station's publisher, or an organiser's reader
 * folding every station into a history of its own. Following another profile stops the one
 * before; selling never waits on any of it.
 */
export class EventRuntime {
  private running?: { profileId: string; stop: () => Promise<void> };
  private state: Omit<EventStatus, 'membership' | 'signsInAs'> = { connected: false, backlog: 0, folded: 0 };
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: EventRuntimeOptions) {}

  /** Starts (or restarts) the event work of `profileId`; none when it has joined no event. */
  follow(profileId: string): Promise<void> {
    this.queue = this.queue
      .then(() => this.switchTo(profileId))
      .catch((error: unknown) => {
        this.options.logger.error('Event mode could not start', { message: String(error) });
      });
    return this.queue;
  }

  status(profileId: string): EventStatus | undefined {
    const joined = this.options.memberships.of(profileId);
    if (!joined) return undefined;
    const live = this.running?.profileId === profileId ? this.state : { connected: false, backlog: 0, folded: 0 };
    return { ...joined, ...live };
  }

  stop(): Promise<void> {
    return this.follow('');
  }

  private async switchTo(profileId: string): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
    this.state = { connected: false, backlog: 0, folded: 0 };
    const { memberships, dataDir, logger, timers, version } = this.options;
    const joined = memberships.of(profileId);
    const credentials = joined && (await memberships.credentials(profileId));
    if (!joined || !credentials) return this.options.onChange();
    const { membership } = joined;
    const hub = { url: membership.hubUrl, credentials };
    const folder = join(dataDir, EVENTS_DIR, membership.eventId);
    await mkdir(folder, { recursive: true });
    if (membership.role === 'station' && membership.station) {
      const publisher = new EventPublisher({
        history: this.options.history,
        cursor: await PublishCursor.open(join(folder, `${membership.station}-cursor.json`), logger),
        hub,
        eventId: membership.eventId,
        station: membership.station,
        since: membership.joinedAt,
        version,
        timers,
        logger,
        onState: (state: PublisherState) => {
          this.state = { ...state, folded: 0 };
          this.options.onChange();
        },
      });
      publisher.start();
      this.running = { profileId, stop: () => publisher.stop() };
      return;
    }
    await mkdir(join(folder, 'organiser'), { recursive: true });
    const history = await HistoryStore.open(join(folder, 'organiser'), { logger });
    const reader = new EventOrganiser({
      history,
      hub,
      eventId: membership.eventId,
      logger,
      onFolded: () => {
        this.state = {
          ...this.state,
          connected: true,
          folded: history.index.run({ sort: 'oldest' }).count,
          lastSyncedAt: timers.now(),
        };
        this.options.onChange();
      },
    });
    this.running = {
      profileId,
      stop: async () => {
        await reader.stop().catch(() => undefined);
        await history.close();
      },
    };
    this.state = { ...this.state, folded: history.index.run({ sort: 'oldest' }).count };
    this.options.onChange();
    // In the background, and again every HUB_RECONNECT_WAIT_MS while the hub is not up yet.
    let retry: unknown;
    let stopped = false;
    const attempt = (): void => {
      reader.start().then(
        () => {
          this.state = { ...this.state, connected: true };
          delete this.state.problem;
          this.options.onChange();
        },
        (error: unknown) => {
          this.state = { ...this.state, problem: String(error) };
          this.options.onChange();
          if (!stopped) retry = timers.setTimeout(attempt, HUB_RECONNECT_WAIT_MS);
        },
      );
    };
    attempt();
    const stopReader = this.running.stop;
    this.running = {
      profileId,
      stop: async () => {
        stopped = true;
        timers.clearTimeout(retry);
        await stopReader();
      },
    };
  }
}
