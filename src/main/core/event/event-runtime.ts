import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventOverview, EventStatus } from '../../../shared/event';
import type { HistoryStore } from '../history/history-store';
import type { Logger, Timers } from '../ports';
import type { EventMemberships } from './event-memberships';
import { OrganiserRun, type OrganiserState } from './organiser-run';
import { PublishCursor } from './publish-cursor';
import { EventPublisher } from './publisher';

/** Where event mode keeps its files in the data folder. */
export const EVENTS_DIR = 'events';
/**
 * Pushes to the window are at most this often: an organiser catching up folds thousands of
 * records a second, and a draining station moves its backlog as fast.
 */
export const EVENT_PUSH_INTERVAL_MS = 250;

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

const IDLE: OrganiserState = { connected: false, backlog: 0, folded: 0 };

/**
 * Runs the active profile's part in its event: a station's publisher, or an organiser's reader
 * folding every station into a history of its own. Following another profile stops the one
 * before; selling never waits on any of it.
 */
export class EventRuntime {
  private running?: { profileId: string; stop: () => Promise<void>; organiser?: OrganiserRun };
  private state: OrganiserState = IDLE;
  private queue: Promise<void> = Promise.resolve();
  private push?: unknown;

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
    const live = this.running?.profileId === profileId ? this.state : IDLE;
    return { ...joined, ...live };
  }

  /** The history an organiser folds the stations into, while `profileId` runs as one. */
  organiserHistory(profileId: string): HistoryStore | undefined {
    return this.running?.profileId === profileId ? this.running.organiser?.history : undefined;
  }

  /** The organiser's Event screen: every station and the event's totals; none unless `profileId` organises. */
  overview(profileId: string): EventOverview | undefined {
    const status = this.status(profileId);
    const organiser = this.running?.profileId === profileId ? this.running.organiser : undefined;
    if (!status || !organiser) return undefined;
    return { status, stations: organiser.stations(), totals: organiser.totals() };
  }

  stop(): Promise<void> {
    return this.follow('');
  }

  private async switchTo(profileId: string): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
    this.state = IDLE;
    const { memberships, dataDir, logger, timers, version } = this.options;
    const joined = memberships.of(profileId);
    const credentials = joined && (await memberships.credentials(profileId));
    if (!joined || !credentials) return this.tellNow();
    const { membership } = joined;
    const hub = { url: membership.hubUrl, credentials };
    const folder = join(dataDir, EVENTS_DIR, membership.eventId);
    await mkdir(folder, { recursive: true });
    const onState = (state: Omit<OrganiserState, 'folded'> & { folded?: number }): void => {
      this.state = { folded: 0, ...state };
      this.tell();
    };
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
        onState,
      });
      publisher.start();
      this.running = { profileId, stop: () => publisher.stop() };
      return;
    }
    const organiser = await OrganiserRun.start({ membership, hub, folder, timers, logger, onState });
    this.running = { profileId, organiser, stop: () => organiser.stop() };
  }

  /** Tells the window within EVENT_PUSH_INTERVAL_MS, once for however many changes came meanwhile. */
  private tell(): void {
    if (this.push !== undefined) return;
    this.push = this.options.timers.setTimeout(() => this.tellNow(), EVENT_PUSH_INTERVAL_MS);
  }

  private tellNow(): void {
    this.options.timers.clearTimeout(this.push);
    this.push = undefined;
    this.options.onChange();
  }
}
