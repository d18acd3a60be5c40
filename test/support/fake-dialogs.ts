import type { Dialogs } from '../../src/main/core/ports-dialogs';

/** Dialogs that answer with the paths a test queued (or "cancelled" when none is queued). */
export class FakeDialogs implements Dialogs {
  readonly openPaths: string[] = [];
  readonly savePaths: string[] = [];
  readonly asked: string[] = [];

  chooseOpenFile({ title }: { title: string }): Promise<string | undefined> {
    this.asked.push(title);
    return Promise.resolve(this.openPaths.shift());
  }

  chooseSaveFile({ title }: { title: string }): Promise<string | undefined> {
    this.asked.push(title);
    return Promise.resolve(this.savePaths.shift());
  }
}
