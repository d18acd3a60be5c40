import { priceText } from '../../../../shared/record-text';
import { useWords } from '../../lib/i18n';
import { usePicture } from '../../lib/usePicture';
import type { Product } from './useCatalogue';

/** The product's own colour, as a CSS variable the tile's stylesheet reads (no inline CSS). */
const colourOf = (product: Product): React.CSSProperties | undefined =>
  product.colour ? ({ '--tile-colour': product.colour } as React.CSSProperties) : undefined;

/** The product's picture once main has it; nothing at all while it loads or when there is none. */
function TilePicture({ product }: { product: Product }): React.JSX.Element | null {
  const picture = usePicture(product.imageUrl ? { of: 'product', id: product.id } : undefined, product.imageUrl);
  return picture.state === 'shown' ? <img className="tile-picture" src={picture.dataUrl} alt="" /> : null;
}

/** One tap adds one to the cart. */
export function ProductTile({
  product,
  currency,
  onAdd,
}: {
  product: Product;
  currency: string;
  onAdd: () => void;
}): React.JSX.Element {
  const words = useWords();
  const price = priceText(product.price, currency, words);
  // The name screen readers hear holds the visible words in order (name, then price).
  return (
    <button
      type="button"
      className="product-tile"
      style={colourOf(product)}
      onClick={onAdd}
      aria-label={words.t('catalogue.add', { name: product.name, price })}
    >
      <TilePicture product={product} />
      <span className="tile-name">
        {product.favourite && <span aria-hidden="true">★ </span>}
        {product.name}
      </span>{' '}
      <span className="tile-price mono">{price}</span>
    </button>
  );
}

/** The same tile while a manager edits the catalogue: star it, or delete it (with undo). */
export function EditableTile({
  product,
  currency,
  onFavourite,
  onDelete,
}: {
  product: Product;
  currency: string;
  onFavourite: () => void;
  onDelete: () => void;
}): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  return (
    <div className="product-tile editing" style={colourOf(product)}>
      <TilePicture product={product} />
      <span className="tile-name">{product.name}</span>
      <span className="tile-price mono">{priceText(product.price, currency, words)}</span>
      <span className="tile-edit">
        <button
          type="button"
          className="small secondary"
          aria-label={t(product.favourite ? 'catalogue.unfavourite' : 'catalogue.favourite', { name: product.name })}
          onClick={onFavourite}
        >
          {product.favourite ? '★' : '☆'}
        </button>
        <button
          type="button"
          className="small danger"
          aria-label={t('catalogue.delete', { name: product.name })}
          onClick={onDelete}
        >
          ✕
        </button>
      </span>
    </div>
  );
}
