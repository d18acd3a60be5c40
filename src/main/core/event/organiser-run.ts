import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventMembership, EventStatus, StationHealth } from '../../../shared/event';
import type { HistoryTotals } from '../../../shared/history-query';
import { HistoryStore } from '../history/history-store';
import type { Logger, Timers } from '../ports';
import { HUB_RECONNECT_WAIT_MS, type HubAddress } from './hub-link';
import { EventOrganiser } from './organiser';
import { StationsHeard } from './stations-heard';

/** How often the organiser looks for stations that went quiet (a quiet station sends nothing). */
const QUIET_SWEEP_MS = 5000;

export type OrganiserState = Omit<EventStatus, 'membership' | 'signsInAs'>;

export interface OrganiserRunOptions {
  membership: EventMembership;
  hub: HubAddress;
  /** The event's folder in the data folder; the organiser's history is kept in `organiser/` in it. */
  folder: string;
  timers: Timers;
  logger: Logger;
  onState: (state: OrganiserState) => void;
}

/**
 * An organiser at work: its own history of the event, folded from the stream; the stations'
 * heartbeats; and a retry every HUB_RECONNECT_WAIT_MS while the hub is not up yet.
 */
export class OrganiserRun {
  private state: OrganiserState = { connected: false, backlog: 0, folded: 0 };
  private readonly heard = new StationsHeard();
  private readonly reader: EventOrganiser;
  private retry: unknown;
  private sweep: unknown;
  private online = '';
  private stopped = false;

  private constructor(
    readonly history: HistoryStore,
    private readonly options: OrganiserRunOptions,
  ) {
    const { timers } = options;
    this.reader = new EventOrganiser({
      history,
      hub: options.hub,
      eventId: options.membership.eventId,
      logger: options.logger,
      onFolded: () => this.tell({ connected: true, lastSyncedAt: timers.now() }),
      onConnection: (connected) => this.tell({ connected }),
      onHeartbeat: (subject, data) => {
        if (this.heard.hear(subject, data, timers.now())) this.sweepQuiet(true);
      },
    });
  }

  static async start(options: OrganiserRunOptions): Promise<OrganiserRun> {
    const dir = join(options.folder, 'organiser');
    await mkdir(dir, { recursive: true });
    const run = new OrganiserRun(await HistoryStore.open(dir, { logger: options.logger }), options);
    run.tell({});
    run.attempt();
    run.sweepQuiet(false);
    return run;
  }

  stations(): StationHealth[] {
    return this.heard.list(this.options.timers.now(), this.history.index.stations());
  }

  totals(): HistoryTotals {
    return this.history.index.run({ sort: 'oldest' }).totals;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.options.timers.clearTimeout(this.retry);
    this.options.timers.clearTimeout(this.sweep);
    await this.reader.stop().catch(() => undefined);
    await this.history.close();
  }

  private attempt(): void {
    this.reader.start().then(
      () => this.tell({ connected: true, problem: undefined }),
      (error: unknown) => {
        this.tell({ problem: String(error) });
        if (!this.stopped) this.retry = this.options.timers.setTimeout(() => this.attempt(), HUB_RECONNECT_WAIT_MS);
      },
    );
  }

  /** Tells when a station came online or went quiet; `heard`: a heartbeat just came (its backlog may have moved). */
  private sweepQuiet(heard: boolean): void {
    const { timers } = this.options;
    if (!heard) this.sweep = timers.setTimeout(() => this.sweepQuiet(false), QUIET_SWEEP_MS);
    const online = this.heard.onlineNow(timers.now());
    if (heard || online !== this.online) this.tell({});
    this.online = online;
  }

  private tell(change: Partial<OrganiserState>): void {
    const next = { ...this.state, ...change, folded: this.history.size };
    if ('problem' in change && change.problem === undefined) delete next.problem;
    this.state = next;
    this.options.onState(next);
  }
}
