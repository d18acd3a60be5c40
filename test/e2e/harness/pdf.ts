import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Page 1 of a PDF as a PNG, drawn by poppler's pdftoppm (Debian's poppler-utils). */
export async function pdfPageAsPng(pdf: string, dpi = 110): Promise<Buffer> {
  const out = `${pdf}-page`;
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  return readFile(`${out}.png`);
}

/** The PDF's page count and page size in points, from poppler's pdfinfo. */
export async function pdfInfo(pdf: string): Promise<{ pages: number; widthPt: number; heightPt: number }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
}

/** The PDF's text as poppler's pdftotext lays it out (`-layout` keeps each printed line whole). */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout;
}

/** The pictures embedded in a PDF, as poppler's pdfimages lists them: width and height of each. */
export async function pdfImages(pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  // Two header lines, then "page num type width height …" per image.
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length > 4)
    .map((cells) => ({ width: Number(cells[3]), height: Number(cells[4]) }));
}
