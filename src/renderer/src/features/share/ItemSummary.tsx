import type { SessionRecord } from '../../lib/api';
import { cartSummary } from './sessionText';

/** "2 × Green tea" per cart line of a session or link; nothing when it is not a cart. */
export function ItemSummary({ of }: { of: Pick<SessionRecord, 'input'> }): React.JSX.Element | null {
  const items = cartSummary(of);
  if (items.length === 0) return null;
  return (
    <ul className="share-items" aria-label="Items">
      {items.map((item, index) => (
        <li key={index}>
          {item.quantity} × {item.name}
        </li>
      ))}
    </ul>
  );
}
