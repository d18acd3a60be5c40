import type { MessageKey } from '../../../shared/i18n/translator';
import { useWords } from '../lib/i18n';
import { ColumnHeads } from './ColumnHeads';

export interface FiguresRow {
  key: string;
  /** The row's name (a station, a product), its header cell. */
  name: string;
  /** The figures after it, already in the staff's words (money, counts). */
  figures: readonly string[];
}

/** A small captioned table of named rows of figures: taken per station, sold per product. */
export function FiguresTable({
  caption,
  columns,
  rows,
  className,
}: {
  caption: MessageKey;
  columns: readonly MessageKey[];
  rows: readonly FiguresRow[];
  className: string;
}): React.JSX.Element {
  const { t } = useWords();
  return (
    <table className={`items-table ${className}`}>
      <caption>{t(caption)}</caption>
      <ColumnHeads keys={columns} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            {row.figures.map((figure, n) => (
              // Columns keep their place: the index is the column.
              <td key={n} className="mono">
                {figure}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
