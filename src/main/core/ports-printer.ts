/** Paper sizes Linkdesk lays pages out for. */
export type Paper = 'a4' | 'letter';

/** Printing: the OS print dialog, and "save as PDF" (a hidden Electron window in the app). */
export interface Printer {
  /** Shows the system print dialog for this self-contained HTML page. */
  print(html: string): Promise<void>;
  /** Renders the page to a PDF file at `path` on the given paper (A4 unless said). */
  savePdf(html: string, path: string, paper?: Paper): Promise<void>;
}
