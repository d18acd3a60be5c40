import { useState } from 'react';
import { useIsManager } from '../../lib/role';
import { Field } from '../../components/Field';
import { MAX_ITEM_QUANTITY } from '../../../../shared/limits';
import { typedMinor } from './draft';
import { useWords } from '../../lib/i18n';
import type { MessageKey } from '../../../../shared/i18n/translator';
import type { CartLine } from './draft';

interface Props {
  line: CartLine;
  index: number;
  count: number;
  currency: string;
  errors: Record<string, string>;
  onChange: (line: CartLine) => void;
  onRemove: () => void;
  onMove: (offset: -1 | 1) => void;
  onSaveToCatalogue: () => Promise<string | undefined>;
}

const OPTIONAL_FIELDS = [
  ['description', 'item.description'],
  ['variant', 'item.variant'],
  ['brand', 'item.brand'],
  ['category', 'item.category'],
  ['originalPrice', 'item.originalPrice'],
  ['discountLabel', 'item.discountLabel'],
  ['imageUrl', 'item.imageUrl'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** A typed quantity, kept within 1…MAX_ITEM_QUANTITY; undefined while the field is empty or odd. */
function quantityOf(typed: string): number | undefined {
  const n = Math.trunc(Number(typed));
  return typed.trim() === '' || !Number.isFinite(n) ? undefined : Math.min(MAX_ITEM_QUANTITY, Math.max(1, n));
}

/** One cart line: quantity stepper and total, with every item field of the API one click away. */
export function CartLineRow({
  line,
  index,
  count,
  currency,
  errors,
  onChange,
  onRemove,
  onMove,
  onSaveToCatalogue,
}: Props): React.JSX.Element {
  const manager = useIsManager();
  const words = useWords();
  const { t } = words;
  const at = (field: string): string | undefined => errors[`items.${index}.${field}`];
  const lineErrors = Object.keys(errors).some((k) => k.startsWith(`items.${index}.`));
  const [editing, setEditing] = useState(line.name === '');
  const [note, setNote] = useState<string>();
  // What is in the quantity field while it is being typed in (the line keeps the last whole number).
  const [quantityText, setQuantityText] = useState<string>();
  const price = typedMinor(line.price, currency, words.locale);
  const set = (change: Partial<CartLine>): void => onChange({ ...line, ...change });
  const label = line.name || t('record.itemNumber', { number: index + 1 });

  return (
    <li className={lineErrors ? 'cart-line has-error' : 'cart-line'}>
      <div className="cart-line-main">
        {/* No picture: the window loads no remote image (CSP img-src), and an empty box says nothing. */}
        <div className="cart-line-name">
          <span className="line-title">{label}</span>
          <span className="hint">
            {price === undefined ? t('item.noPrice') : words.money(price, currency)}{' '}
            {line.variant && `· ${line.variant}`}
          </span>
        </div>
        <div className="stepper" role="group" aria-label={t('item.quantityOf', { name: label })}>
          <button
            type="button"
            aria-label={t('item.fewer', { name: label })}
            disabled={line.quantity <= 1}
            onClick={() => set({ quantity: line.quantity - 1 })}
          >
            −
          </button>
          <output aria-live="polite">{line.quantity}</output>
          <button
            type="button"
            aria-label={t('item.more', { name: label })}
            disabled={line.quantity >= MAX_ITEM_QUANTITY}
            onClick={() => set({ quantity: line.quantity + 1 })}
          >
            +
          </button>
        </div>
        <span className="line-total mono">
          {price === undefined ? '—' : words.money(price * line.quantity, currency)}
        </span>
        <div className="line-actions">
          <button
            type="button"
            className="small secondary"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {editing ? t('item.done') : t('item.edit')}
          </button>
          <button
            type="button"
            className="small secondary"
            aria-label={t('item.moveUp', { name: label })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="small secondary"
            aria-label={t('item.moveDown', { name: label })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="small danger"
            aria-label={t('item.remove', { name: label })}
            onClick={onRemove}
          >
            ✕
          </button>
        </div>
      </div>
      {(editing || lineErrors) && (
        <div className="cart-line-editor">
          {/* What a clerk needs for an item typed by hand; the API's other item fields wait behind More. */}
          <div className="grid-3">
            <Field
              label={t('item.name')}
              value={line.name}
              onChange={(e) => set({ name: e.target.value })}
              error={at('name')}
              autoFocus={line.name === ''}
            />
            <Field
              label={t('item.price')}
              inputMode="decimal"
              value={line.price}
              onChange={(e) => set({ price: e.target.value })}
              error={at('price')}
            />
            <Field
              label={t('item.quantity')}
              type="number"
              min={1}
              max={MAX_ITEM_QUANTITY}
              value={quantityText ?? line.quantity}
              onChange={(e) => {
                setQuantityText(e.target.value);
                const quantity = quantityOf(e.target.value);
                if (quantity !== undefined) set({ quantity });
              }}
              onBlur={() => setQuantityText(undefined)}
              error={at('quantity')}
            />
          </div>
          <details
            className="more-options"
            open={OPTIONAL_FIELDS.some(([field]) => at(field)) || Boolean(at('productId'))}
          >
            <summary>{t('item.moreDetails')}</summary>
            <div className="grid-3">
              <Field
                label={t('item.productId')}
                value={line.productId}
                onChange={(e) => set({ productId: e.target.value })}
                error={at('productId')}
              />
              {OPTIONAL_FIELDS.map(([field, title]) => (
                <Field
                  key={field}
                  label={t(title)}
                  value={line[field] ?? ''}
                  onChange={(e) => set({ [field]: e.target.value })}
                  error={at(field)}
                />
              ))}
              <label className="choice align-end">
                <input
                  type="checkbox"
                  checked={line.taxExempt ?? false}
                  onChange={(e) => set({ taxExempt: e.target.checked })}
                />
                {t('item.taxFree')}
              </label>
            </div>
          </details>
          {manager && (
            <div className="actions">
              <button
                type="button"
                className="small secondary"
                onClick={() => void onSaveToCatalogue().then((error) => setNote(error ?? t('item.savedToCatalogue')))}
              >
                {t('item.saveToCatalogue')}
              </button>
              {note && <span className="saved-note">{note}</span>}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
