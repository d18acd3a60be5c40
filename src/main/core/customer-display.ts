import type { TipPrompt } from '../../shared/ipc/contract';
import type { SessionRecord } from '../../shared/session-record';
import type { TipChoice } from '../../shared/tips';
import type { HistoryStore } from './history/history-store';

/**
 * What the customer window mirrors: the session the staff window shows, or the tip the customer
 * is asked for before a sale is made (#20), or nothing. Kept here, not in a handler, so the
 * sessions and display channels read and change the same state.
 */
export class CustomerDisplay {
  private shownId: string | null = null;
  private prompt: TipPrompt | null = null;

  constructor(
    private readonly history: HistoryStore,
    /** Tells the customer window to show what is current now. */
    private readonly onChange: () => void,
    /** Tells the staff window what the customer chose. */
    private readonly onTipChosen: (tip: TipChoice | null) => void,
  ) {}

  show(record: SessionRecord | null): void {
    this.shownId = record?.id ?? null;
    this.prompt = null;
    this.onChange();
  }

  /** The record on show, as history has it now (its status may have moved on). */
  current(): SessionRecord | null {
    return this.shownId === null ? null : (this.history.get(this.shownId) ?? null);
  }

  /** The tip buttons on show, if the customer is being asked. */
  tipPrompt(): TipPrompt | null {
    return this.prompt;
  }

  /** Asks the customer for a tip (the screen shows no session meanwhile); null stops asking. */
  askTip(prompt: TipPrompt | null): void {
    this.prompt = prompt;
    if (prompt) this.shownId = null;
    this.onChange();
  }

  /** The customer's answer, passed on to the staff window; false when no tip was being asked. */
  tipChosen(tip: TipChoice | null): boolean {
    if (!this.prompt) return false;
    this.prompt = null;
    this.onChange();
    this.onTipChosen(tip);
    return true;
  }

  /** Passes on a change to the record on show. */
  changed(record: SessionRecord): void {
    if (record.id === this.shownId) this.onChange();
  }
}
