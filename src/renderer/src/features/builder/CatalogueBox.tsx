import { useWords } from '../../lib/i18n';
import { useId, useMemo, useState } from 'react';
import type { ImportReport, Product, ProductInput } from './useCatalogue';
import { useUndoableDelete } from './useUndoableDelete';
import { useIsManager } from '../../lib/role';
import { CategoryTabs, selectedTabId } from './CategoryTabs';
import { ALL_CATEGORIES, categoriesOf, MAX_TILES_SHOWN, productsShown } from './product-grid';
import { EditableTile, ProductTile } from './ProductTile';

const FILE_ACTIONS = [
  { label: 'catalogue.importCsv', run: 'import', format: 'csv' },
  { label: 'catalogue.importJson', run: 'import', format: 'json' },
  { label: 'catalogue.exportCsv', run: 'export', format: 'csv' },
  { label: 'catalogue.exportJson', run: 'export', format: 'json' },
] as const;

interface Props {
  products: Product[];
  onAdd: (product: Product) => void;
  onSave: (product: ProductInput) => Promise<string | undefined>;
  onRemove: (id: string) => Promise<void>;
  importFile: (format: 'csv' | 'json') => Promise<ImportReport | string>;
  exportFile: (format: 'csv' | 'json') => Promise<string>;
  /** The cart's currency: catalogue prices are plain amounts, shown in it. */
  currency: string;
}

/**
 * The saved products as a grid of tiles (#18): categories as tabs, favourites first, search.
 * One tap adds one. A manager changes the catalogue in a mode of its own ("Edit products"), so
 * a tap meant for the cart never deletes anything.
 */
export function CatalogueBox({
  products,
  onAdd,
  onSave,
  onRemove,
  importFile,
  exportFile,
  currency,
}: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const manager = useIsManager();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState(ALL_CATEGORIES);
  const [editing, setEditing] = useState(false);
  const [report, setReport] = useState<ImportReport | string>();
  const id = useId();
  const deletion = useUndoableDelete((product: Product) => onRemove(product.id));
  const deleting = deletion.pending?.id;
  const categories = useMemo(() => categoriesOf(products, words.locale), [products, words.locale]);
  // A tab whose last product went away falls back to All.
  const tab = categories.includes(category) ? category : ALL_CATEGORIES;
  const shown = useMemo(
    () => productsShown(products, { category: tab, query }).filter((p) => p.id !== deleting),
    [products, tab, query, deleting],
  );
  const panelId = `${id}-panel`;

  return (
    <section className="catalogue" aria-labelledby={`${id}-title`}>
      <div className="catalogue-head">
        <h2 id={`${id}-title`}>{t('catalogue.title')}</h2>
        {manager && products.length > 0 && (
          <button type="button" className="small secondary" aria-pressed={editing} onClick={() => setEditing(!editing)}>
            {editing ? t('catalogue.doneEditing') : t('catalogue.edit')}
          </button>
        )}
      </div>
      {/* Files are part of editing; an empty catalogue offers them at once. */}
      {manager && (editing || products.length === 0) && (
        <div className="catalogue-files">
          {FILE_ACTIONS.map(({ label, run, format }) => (
            <button
              key={label}
              type="button"
              className="small secondary"
              onClick={() => void (run === 'import' ? importFile : exportFile)(format).then(setReport)}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
      {products.length > 0 && (
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
      )}
      {categories.length > 0 && (
        <CategoryTabs categories={categories} selected={tab} onSelect={setCategory} panelId={panelId} />
      )}
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
        <p className="hint">{t(manager ? 'catalogue.empty' : 'catalogue.emptyClerk')}</p>
      ) : (
        <div
          id={panelId}
          className="product-grid"
          // A tab panel under category tabs; without categories, just the catalogue's group of tiles.
          role={categories.length > 0 ? 'tabpanel' : 'group'}
          aria-labelledby={categories.length > 0 ? selectedTabId(categories, tab, panelId) : `${id}-title`}
        >
          {shown
            .slice(0, MAX_TILES_SHOWN)
            .map((product) =>
              editing ? (
                <EditableTile
                  key={product.id}
                  product={product}
                  currency={currency}
                  onFavourite={() => void onSave({ ...product, favourite: !product.favourite })}
                  onDelete={() => deletion.remove(product)}
                />
              ) : (
                <ProductTile key={product.id} product={product} currency={currency} onAdd={() => onAdd(product)} />
              ),
            )}
          {shown.length === 0 && <p className="hint">{t('catalogue.noMatch', { query })}</p>}
        </div>
      )}
      {shown.length > MAX_TILES_SHOWN && (
        <p className="hint">{t('catalogue.moreTiles', { shown: MAX_TILES_SHOWN, total: shown.length })}</p>
      )}
      {editing && <p className="hint">{t('catalogue.editHint')}</p>}
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
