import type { SessionRecord } from '../../shared/session-record';
import type { HistoryStore } from './history/history-store';

/**
 * What the customer window mirrors: the session the staff window shows, or nothing. Kept here,
 * not in a handler, so the sessions and display channels read and change the same state.
 */
export class CustomerDisplay {
  private shownId: string | null = null;

  constructor(
    private readonly history: HistoryStore,
    /** Tells the customer window what to show now. */
    private readonly onChange: (session: SessionRecord | null) => void,
  ) {}

  show(record: SessionRecord | null): void {
    this.shownId = record?.id ?? null;
    this.onChange(record);
  }

  /** The record on show, as history has it now (its status may have moved on). */
  current(): SessionRecord | null {
    return this.shownId === null ? null : (this.history.get(this.shownId) ?? null);
  }

  /** Passes on a change to the record on show. */
  changed(record: SessionRecord): void {
    if (record.id === this.shownId) this.onChange(record);
  }
}
