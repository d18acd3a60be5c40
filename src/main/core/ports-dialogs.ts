/** Native file dialogs: the renderer never supplies a path; main asks the user. */
export interface Dialogs {
  chooseOpenFile(options: { title: string; extensions: string[] }): Promise<string | undefined>;
  chooseSaveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | undefined>;
}
