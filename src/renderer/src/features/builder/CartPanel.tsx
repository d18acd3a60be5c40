import { useWords } from '../../lib/i18n';
import { CartLineRow } from './CartLineRow';
import { MAX_ITEM_QUANTITY } from '../../../../shared/limits';
import { CatalogueBox } from './CatalogueBox';
import { draftTotal, type CartLine } from './draft';
import type { PanelProps } from './panel-props';
import { useCatalogue, type Product } from './useCatalogue';

const MAX_ITEMS = 100;

let counter = 0;
const newKey = (): string => `line-${Date.now()}-${(counter += 1)}`;

function lineFromProduct(product: Product): CartLine {
  // The tile's colour and star are the grid's own, not fields of a cart line.
  const { id: _id, colour: _colour, favourite: _favourite, ...fields } = product;
  return { key: newKey(), quantity: 1, ...fields };
}

/** An itemized cart: lines from the catalogue or typed in, with a live subtotal. */
export function CartPanel({
  draft,
  update,
  errors,
  currencySelect,
}: PanelProps & { currencySelect: React.ReactNode }): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const catalogue = useCatalogue();
  const lines = draft.items;
  const total = draftTotal(draft, words.locale);
  const full = lines.length >= MAX_ITEMS;

  const setLines = (change: (lines: CartLine[]) => CartLine[]): void =>
    update((d) => ({ ...d, items: change(d.items) }));
  const add = (line: CartLine): void => {
    if (full) return;
    setLines((current) => {
      // The same product again just adds one to its line.
      const same = line.productId
        ? current.findIndex((l) => l.productId === line.productId && l.name === line.name && l.price === line.price)
        : -1;
      if (same >= 0)
        return current.map((l, i) =>
          i === same ? { ...l, quantity: Math.min(MAX_ITEM_QUANTITY, l.quantity + 1) } : l,
        );
      return [...current, line];
    });
  };
  const move = (index: number, offset: -1 | 1): void =>
    setLines((current) => {
      const next = [...current];
      const [line] = next.splice(index, 1);
      if (line) next.splice(index + offset, 0, line);
      return next;
    });

  return (
    <div className="cart-layout">
      <CatalogueBox
        products={catalogue.products}
        onAdd={(p) => add(lineFromProduct(p))}
        onSave={catalogue.save}
        onRemove={catalogue.remove}
        importFile={catalogue.importFile}
        exportFile={catalogue.exportFile}
        currency={draft.currency}
      />
      <section className="cart" aria-label={t('cart.label')}>
        {lines.length === 0 ? (
          <p className="hint">{t('cart.empty')}</p>
        ) : (
          <ol className="cart-lines">
            {lines.map((line, index) => (
              <CartLineRow
                key={line.key}
                line={line}
                index={index}
                count={lines.length}
                currency={draft.currency}
                errors={errors}
                onChange={(changed) => setLines((current) => current.map((l) => (l.key === line.key ? changed : l)))}
                onRemove={() => setLines((current) => current.filter((l) => l.key !== line.key))}
                onMove={(offset) => move(index, offset)}
                onSaveToCatalogue={() => {
                  const { key: _key, quantity: _quantity, ...product } = line;
                  const existing = catalogue.products.find((p) => p.productId === line.productId);
                  return catalogue.save({ ...product, ...(existing && { id: existing.id }) });
                }}
              />
            ))}
          </ol>
        )}
        <div className="cart-foot">
          <button
            type="button"
            className="secondary"
            disabled={full}
            onClick={() =>
              add({ key: newKey(), productId: `item-${lines.length + 1}`, name: '', price: '', quantity: 1 })
            }
          >
            {t('cart.addItem')}
          </button>
          <span className="hint">{t('cart.count', { count: lines.length, max: MAX_ITEMS })}</span>
          <div className="cart-currency">{currencySelect}</div>
          <span className="subtotal">
            {t('cart.subtotal')}{' '}
            <strong className="mono">{total === undefined ? '—' : words.money(total, draft.currency)}</strong>
          </span>
        </div>
        {full && <p className="notice">{t('cart.fullNotice', { max: MAX_ITEMS })}</p>}
        {errors.items && (
          <p className="field-error" role="alert">
            {errors.items}
          </p>
        )}
      </section>
    </div>
  );
}
