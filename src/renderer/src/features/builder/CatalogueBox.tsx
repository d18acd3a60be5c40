import { useId, useMemo, useState } from 'react';
import type { ImportReport, Product } from './useCatalogue';
import { useUndoableDelete } from './useUndoableDelete';

interface Props {
  products: Product[];
  onAdd: (product: Product) => void;
  onRemove: (id: string) => Promise<void>;
  importFile: (format: 'csv' | 'json') => Promise<ImportReport | string>;
  exportFile: (format: 'csv' | 'json') => Promise<string>;
}

/** Search-as-you-type over the saved products; one click adds one to the cart. */
export function CatalogueBox({ products, onAdd, onRemove, importFile, exportFile }: Props): React.JSX.Element {
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
        <h2 id={`${id}-title`}>Catalogue</h2>
        <div className="catalogue-files">
          <button type="button" className="small secondary" onClick={() => void importFile('csv').then(setReport)}>
            Import CSV
          </button>
          <button type="button" className="small secondary" onClick={() => void importFile('json').then(setReport)}>
            Import JSON
          </button>
          <button type="button" className="small secondary" onClick={() => void exportFile('csv').then(setReport)}>
            Export CSV
          </button>
          <button type="button" className="small secondary" onClick={() => void exportFile('json').then(setReport)}>
            Export JSON
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id}>Search products</label>
        <input
          id={id}
          type="search"
          placeholder="Name, product ID or category"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {/* Where the product was, so the clerk sees it at once. */}
      {deletion.pending && (
        <p className="saved-note undo-note" role="status">
          {deletion.pending.name} deleted from the catalogue.{' '}
          <button type="button" className="small secondary" onClick={deletion.undo}>
            Undo
          </button>
        </p>
      )}
      {products.length === 0 ? (
        <p className="hint">
          No saved products yet. Add an item to the cart and press “Save to catalogue”, or import a CSV or JSON file.
        </p>
      ) : (
        <ul className="catalogue-results" aria-label="Matching products">
          {matches.map((product) => (
            <li key={product.id} className="catalogue-row">
              <button
                type="button"
                className="catalogue-item"
                onClick={() => onAdd(product)}
                aria-label={`Add ${product.name}`}
              >
                <span>{product.name}</span>
                <span className="mono">{product.price}</span>
              </button>
              <button
                type="button"
                className="small secondary"
                aria-label={`Delete ${product.name} from the catalogue`}
                onClick={() => deletion.remove(product)}
              >
                ✕
              </button>
            </li>
          ))}
          {matches.length === 0 && <li className="hint">Nothing matches “{query}”.</li>}
        </ul>
      )}
      {report !== undefined && report !== '' && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport | string }): React.JSX.Element | null {
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
        Imported {report.file}: {report.added} added, {report.updated} updated
        {report.errors.length > 0 && `, ${report.errors.length} row(s) skipped`}.
      </p>
      {report.errors.length > 0 && (
        <ul className="row-errors">
          {report.errors.map((e) => (
            <li key={`${e.row}-${e.message}`}>
              Row {e.row}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
