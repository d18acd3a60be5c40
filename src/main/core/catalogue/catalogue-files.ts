import { readFile, stat, writeFile } from 'node:fs/promises';
import { CATALOGUE_COLUMNS, Product, type ImportReport } from '../../../shared/catalogue';
import { describeFieldErrors, fieldErrors } from '../../../shared/field-errors';
import type { Translator } from '../../../shared/i18n/translator';
import { parseCsv, toCsv } from '../csv';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ImportedProduct = Product.omit({ id: true });
type ImportedProduct = ReturnType<typeof ImportedProduct.parse>;

export type Format = 'csv' | 'json';

const REQUIRED_COLUMNS: readonly string[] = ['productId', 'name', 'price'];

/** Reads a catalogue file; every row is validated and a bad row is reported by its number, not fatal. */
export async function readCatalogueFile(
  path: string,
  format: Format,
  words: Translator,
): Promise<{ products: ImportedProduct[]; errors: ImportReport['errors'] }> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES)
    return {
      products: [],
      errors: [{ row: 0, message: words.t('catalogue.fileTooLarge', { megabytes: MAX_FILE_BYTES / 1024 / 1024 }) }],
    };
  const text = await readFile(path, 'utf8');
  const { rows, errors } = format === 'csv' ? fromCsv(text, words) : fromJson(text, words);
  const products: ImportedProduct[] = [];
  rows.forEach(({ row, value }) => {
    const parsed = ImportedProduct.safeParse(value);
    if (parsed.success) products.push(parsed.data);
    else errors.push({ row, message: describeFieldErrors(fieldErrors(parsed.error, words)) });
  });
  errors.sort((a, b) => a.row - b.row);
  return { products, errors };
}

function fromCsv(
  text: string,
  words: Translator,
): { rows: { row: number; value: unknown }[]; errors: ImportReport['errors'] } {
  const { rows, errors } = parseCsv(text);
  const header = Object.keys(rows[0] ?? {});
  for (const column of REQUIRED_COLUMNS) {
    if (rows.length > 0 && !header.includes(column))
      errors.push({ row: 1, message: words.t('catalogue.missingColumn', { column }) });
  }
  const known = new Set<string>(CATALOGUE_COLUMNS);
  return {
    errors,
    rows: rows.map((record, index) => {
      const value: Record<string, unknown> = {};
      for (const [key, cell] of Object.entries(record)) {
        if (!known.has(key) || cell === undefined) continue;
        // An empty optional cell means "not given"; an empty required one is reported as missing.
        if (cell.trim() === '' && !REQUIRED_COLUMNS.includes(key)) continue;
        value[key] = key === 'taxExempt' || key === 'favourite' ? parseBoolean(cell) : cell;
      }
      return { row: index + 2, value };
    }),
  };
}

function fromJson(
  text: string,
  words: Translator,
): { rows: { row: number; value: unknown }[]; errors: ImportReport['errors'] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { rows: [], errors: [{ row: 0, message: words.t('catalogue.notJson') }] };
  }
  const list = Array.isArray(data) ? data : (data as { products?: unknown } | null)?.products;
  if (!Array.isArray(list)) return { rows: [], errors: [{ row: 0, message: words.t('catalogue.notAList') }] };
  return {
    errors: [],
    rows: list.map((value: unknown, index) => {
      const { id: _id, ...rest } = (typeof value === 'object' && value !== null ? value : { value }) as Record<
        string,
        unknown
      >;
      return { row: index + 1, value: rest };
    }),
  };
}

function parseBoolean(cell: string): boolean | string {
  const lower = cell.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(lower)) return true;
  if (['false', 'no', '0'].includes(lower)) return false;
  return cell;
}

/** Writes products as CSV (formula-safe) or JSON. */
export async function writeCatalogueFile(path: string, format: Format, products: readonly Product[]): Promise<void> {
  if (format === 'json') {
    await writeFile(path, `${JSON.stringify({ products: products.map(({ id: _id, ...rest }) => rest) }, null, 2)}\n`);
    return;
  }
  const rows = products.map((p) =>
    CATALOGUE_COLUMNS.map((column) => (p[column] === undefined ? '' : String(p[column]))),
  );
  await writeFile(path, `${toCsv(CATALOGUE_COLUMNS, rows)}\r\n`);
}
