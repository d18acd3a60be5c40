import type { MessageKey } from '../../../shared/i18n/translator';
import { useWords } from '../lib/i18n';

/** A table's header row: one column head per message key. */
export function ColumnHeads({ keys }: { keys: readonly MessageKey[] }): React.JSX.Element {
  const { t } = useWords();
  return (
    <thead>
      <tr>
        {keys.map((key) => (
          <th key={key} scope="col">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
