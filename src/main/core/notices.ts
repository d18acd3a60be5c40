// What the user is told once the window opens: files that were damaged and what became of them.
// Collected here, in one wording, from every store that opens at start.
import { text, type Text } from '../../shared/i18n/translator';

export class StartupNotices {
  private readonly texts: Text[] = [];

  /** Kept as message keys: they are said in whatever language the window shows them in. */
  get list(): readonly Text[] {
    return this.texts;
  }

  storeMovedAside(name: string, aside: string): void {
    this.texts.push(text('notice.storeMovedAside', { name, aside }));
  }

  settingsReset(aside: string): void {
    this.texts.push(text('notice.settingsReset', { aside }));
  }

  /** Sign-in is off on this machine until a manager adds staff again. */
  staffReset(aside: string): void {
    this.texts.push(text('notice.staffReset', { aside }));
  }

  linksDropped(count: number): void {
    this.texts.push(text('notice.linksDropped', { count }));
  }

  sandboxMovedAside(aside: string): void {
    this.texts.push(text('notice.sandboxMovedAside', { aside }));
  }

  historyOpened(report: { movedAside?: string; droppedLines: number }): void {
    if (report.movedAside) this.texts.push(text('notice.historyMovedAside', { aside: report.movedAside }));
    else if (report.droppedLines > 0)
      this.texts.push(text('notice.historyLinesDropped', { count: report.droppedLines }));
  }
}
