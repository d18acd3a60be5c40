import { priceText } from '../../../../shared/record-text';
import { useWords } from '../../lib/i18n';
import { useId, useMemo, useState } from 'react';
import type { ImportReport, Product } from './useCatalogue';
import { useUndoableDelete } from './useUndoableDelete';
import { useIsManager } from '../../lib/role';

interface Props {
  products: Product[];
  onAdd: (product: Product) => void;
  onRemove: (id: string) => Promise<void>;
  importFile: (format: 'csv' | 'json') => Promise<ImportReport | string>;
  exportFile: (format: 'csv' | 'json') => Promise<string>;
  /** The cart's currency: catalogue prices are plain amounts, shown in it. */
  currency: string;
}

/** Search-as-you-type over the saved products; one click adds one to the cart. */
export function CatalogueBox({
  products,
  onAdd,
  onRemove,
  importFile,
  exportFile,
  currency,
}: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const manager = useIsManager();
  const [query, setQuery] = useState('');
  const [report, setReport] = useState<ImportReport | string>();
  const id = useId();
  const deletion = useUndoableDelete((product: Product) => onRemove(product.id));
  const deleting = deletion.pending?.id;
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const shown = products.filter((p) => p.id !== deleting);
    const found = needle
      ? shown.filter((p) =>
          [p.name, p.productId, p.category ?? '', p.brand ?? ''].some((f) => f.toLowerCase().includes(needle)),
        )
      : shown;
    return found.slice(0, 8);
  }, [products, query, deleting]);

  return (
    <section className="catalogue" aria-labelledby={`${id}-title`}>
      <div className="catalogue-head">
        <h2 id={`${id}-title`}>{t('catalogue.title')}</h2>
        {manager && (
          <div className="catalogue-files">
            <button type="button" className="small secondary" onClick={() => void importFile('csv').then(setReport)}>
              {t('catalogue.importCsv')}
            </button>
            <button type="button" className="small secondary" onClick={() => void importFile('json').then(setReport)}>
              {t('catalogue.importJson')}
            </button>
            <button type="button" className="small secondary" onClick={() => void exportFile('csv').then(setReport)}>
              {t('catalogue.exportCsv')}
            </button>
            <button type="button" className="small secondary" onClick={() => void exportFile('json').then(setReport)}>
              {t('catalogue.exportJson')}
            </button>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={id}>{t('catalogue.search')}</label>
        <input
          id={id}
          type="search"
          placeholder={t('catalogue.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {/* Where the product was, so the clerk sees it at once. */}
      {deletion.pending && (
        <p className="saved-note undo-note" role="status">
          {t('catalogue.deleted', { name: deletion.pending.name })}{' '}
          <button type="button" className="small secondary" onClick={deletion.undo}>
            {t('catalogue.undo')}
          </button>
        </p>
      )}
      {products.length === 0 ? (
        <p className="hint">{t('catalogue.empty')}</p>
      ) : (
        <ul className="catalogue-results" aria-label={t('catalogue.matches')}>
          {matches.map((product) => (
            <li key={product.id} className="catalogue-row">
              <button
                type="button"
                className="catalogue-item"
                onClick={() => onAdd(product)}
                aria-label={t('catalogue.add', { name: product.name })}
              >
                <span>{product.name}</span>
                <span className="mono">{priceText(product.price, currency, words)}</span>
              </button>
              {manager && (
                <button
                  type="button"
                  className="small secondary"
                  aria-label={t('catalogue.delete', { name: product.name })}
                  onClick={() => deletion.remove(product)}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
          {matches.length === 0 && <li className="hint">{t('catalogue.noMatch', { query })}</li>}
        </ul>
      )}
      {report !== undefined && report !== '' && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport | string }): React.JSX.Element | null {
  const { t } = useWords();
  if (typeof report === 'string') {
    return (
      <p className="saved-note" role="status">
        {report}
      </p>
    );
  }
  if (report.cancelled) return null;
  return (
    <div role="status" className="import-report">
      <p>
        {t('catalogue.imported', {
          file: report.file ?? '',
          added: report.added,
          updated: report.updated,
          skipped: report.errors.length,
        })}
      </p>
      {report.errors.length > 0 && (
        <ul className="row-errors">
          {report.errors.map((e) => (
            <li key={`${e.row}-${e.message}`}>{t('catalogue.rowError', { row: e.row, message: e.message })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
