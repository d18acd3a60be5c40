import type { EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import { eventPayload } from './ipc/dispatcher';

export type EventListener = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

/** Main's pushed events: each payload is checked against the contract before any window hears it. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  readonly emit: EventListener = (channel, payload) => {
    const checked = eventPayload(channel, payload);
    for (const listener of this.listeners) listener(channel, checked);
  };

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }
}
