/** Paper sizes Linkdesk lays pages out for. */
export type Paper = 'a4' | 'letter';

/** A page to print on: a sheet of paper, or a strip of receipt roll cut to what it holds. */
export type PageSize = Paper | { widthMm: number; heightMm: number };

/** Printing: the OS print dialog, and "save as PDF" (a hidden Electron window in the app). */
export interface Printer {
  /** Shows the system print dialog for this self-contained HTML page (on this page size when given). */
  print(html: string, page?: PageSize): Promise<void>;
  /** Renders the page to a PDF file at `path` on the given page size (A4 unless said). */
  savePdf(html: string, path: string, page?: PageSize): Promise<void>;
}
