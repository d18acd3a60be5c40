import Papa from 'papaparse';

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula.
 * A file may be opened with another list separator than the comma (";" in German or French
 * Excel, tabs, pipes), so every place in a cell where such a split could start a cell is
 * neutralised too: a quote in front makes it plain text, so the file cannot run anything.
 */
export function neutraliseFormula(cell: string): string {
  return cell.replace(/(^|[,;\t|\r\n])(?=[=+\-@\t\r])/g, "$1'");
}

/** RFC 4180 CSV lines (CRLF, every field quoted), every cell neutralised; no trailing newline. */
export function csvLines(rows: readonly (readonly string[])[], delimiter = ','): string {
  return Papa.unparse(
    rows.map((row) => row.map(neutraliseFormula)),
    { newline: '\r\n', quotes: true, escapeFormulae: false, delimiter },
  );
}

/** A whole CSV document: the header line, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvLines([header, ...rows]);
}

/** Parses CSV text with a header row into records; also reports rows the parser could not read. */
export function parseCsv(text: string): { rows: Record<string, string>[]; errors: { row: number; message: string }[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return {
    rows: result.data,
    // Papa counts data rows from 0; in the file the header is row 1.
    errors: result.errors.map((e) => ({ row: (e.row ?? -1) + 2, message: e.message })),
  };
}
