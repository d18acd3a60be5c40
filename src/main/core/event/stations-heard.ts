import { z } from 'zod';
import { EventToken, type StationHealth } from '../../../shared/event';
import type { StationSeen } from '../history/history-index';
import { parseJsonOrUndefined } from '../files/durable-files';
import { HEARTBEAT_MS } from './publisher';

/** A station not heard from for this long (three missed heartbeats) shows as offline. */
export const STATION_QUIET_AFTER_MS = 3 * HEARTBEAT_MS;
/** The largest heartbeat read; a real one is under 150 bytes. */
export const MAX_HEARTBEAT_BYTES = 1024;

const Heartbeat = z.object({
  station: EventToken,
  version: z.string().max(40),
  backlog: z.int().min(0),
  clock: z.number(),
});

interface Heard {
  at: number;
  backlog: number;
  version: string;
  clockSkewMs: number;
}

/** What an organiser has heard from each station's heartbeat, and who has gone quiet. */
export class StationsHeard {
  private readonly heard = new Map<string, Heard>();

  /** Notes a heartbeat; false when it is not one, or not from the station its subject names. */
  hear(subject: string, data: Uint8Array, nowMs: number): boolean {
    if (data.length > MAX_HEARTBEAT_BYTES) return false;
    const beat = Heartbeat.safeParse(parseJsonOrUndefined(new TextDecoder().decode(data)));
    if (!beat.success || beat.data.station !== subject.split('.').at(-1)) return false;
    const { station, backlog, version, clock } = beat.data;
    this.heard.set(station, { at: nowMs, backlog, version, clockSkewMs: clock - nowMs });
    return true;
  }

  /** Who is online now, as one string: it changes when any station comes or goes. */
  onlineNow(nowMs: number): string {
    return [...this.heard]
      .filter(([, heard]) => nowMs - heard.at < STATION_QUIET_AFTER_MS)
      .map(([station]) => station)
      .sort()
      .join(',');
  }

  /** Every station heard from or named on a session, by name. */
  list(nowMs: number, seen: readonly StationSeen[]): StationHealth[] {
    const sessions = new Map(seen.map((s) => [s.station, s]));
    const names = [...new Set([...this.heard.keys(), ...sessions.keys()])].sort();
    return names.map((station) => {
      const heard = this.heard.get(station);
      const records = sessions.get(station);
      return {
        station,
        online: heard !== undefined && nowMs - heard.at < STATION_QUIET_AFTER_MS,
        sessions: records?.sessions ?? 0,
        ...(records && { lastRecordAt: new Date(records.newestMs).toISOString() }),
        ...(heard && {
          lastHeardAt: heard.at,
          backlog: heard.backlog,
          version: heard.version,
          clockSkewMs: heard.clockSkewMs,
        }),
      };
    });
  }
}
