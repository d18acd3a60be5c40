// What the user is told once the window opens: files that were damaged and what became of them.
// Collected here, in one wording, from every store that opens at start.

export class StartupNotices {
  private readonly texts: string[] = [];

  get list(): readonly string[] {
    return this.texts;
  }

  storeMovedAside(name: string, aside: string): void {
    this.texts.push(
      `The ${name} file could not be read, so Linkdesk started afresh. The old file is kept at ${aside}.`,
    );
  }

  settingsReset(aside: string): void {
    this.texts.push(
      `The settings file did not make sense, so Linkdesk started with its defaults. The old settings are kept in ${aside}.`,
    );
  }

  linksDropped(count: number): void {
    this.texts.push(`${count} saved payment link(s) could not be read and were left out of the Links list.`);
  }

  sandboxMovedAside(aside: string): void {
    this.texts.push(`The sandbox's saved state could not be read and was moved to ${aside}.`);
  }

  historyOpened(report: { movedAside?: string; droppedLines: number }): void {
    if (report.movedAside) this.texts.push(`The history file could not be read and was moved to ${report.movedAside}.`);
    else if (report.droppedLines > 0)
      this.texts.push(`${report.droppedLines} damaged line(s) of history could not be read and were skipped.`);
  }
}
