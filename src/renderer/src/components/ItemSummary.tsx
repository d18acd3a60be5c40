import { itemLinesOf } from '../../../shared/record-text';
import type { SessionRecord } from '../lib/api';

interface Props {
  of: Pick<SessionRecord, 'input'>;
  className?: string;
}

/** "2 × Green tea" per cart line of a session or link; nothing when it is not a cart. */
export function ItemSummary({ of, className = 'share-items' }: Props): React.JSX.Element | null {
  const items = itemLinesOf(of);
  if (items.length === 0) return null;
  return (
    <ul className={className} aria-label="Items">
      {items.map((item, index) => (
        <li key={index}>
          {item.quantity} × {item.name}
        </li>
      ))}
    </ul>
  );
}
