import { useWords } from '../lib/i18n';
import { itemLinesOf } from '../../../shared/record-text';
import type { SessionRecord } from '../lib/api';

interface Props {
  of: Pick<SessionRecord, 'input'>;
  className?: string;
  /** At most this many lines: past it, the last line says how many more items there are. */
  maxLines?: number;
}

/** "2 × Green tea" per cart line of a session or link; nothing when it is not a cart. */
export function ItemSummary({ of, className = 'share-items', maxLines }: Props): React.JSX.Element | null {
  const { t } = useWords();
  const items = itemLinesOf(of);
  if (items.length === 0) return null;
  const shown = maxLines !== undefined && items.length > maxLines ? items.slice(0, maxLines - 1) : items;
  const more = items.length - shown.length;
  return (
    <ul className={className} aria-label={t('items.label')}>
      {shown.map((item, index) => (
        <li key={index}>{t('items.line', { quantity: item.quantity, name: item.name })}</li>
      ))}
      {more > 0 && <li>{t('items.more', { count: more })}</li>}
    </ul>
  );
}
