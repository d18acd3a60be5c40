import { useEffect, useMemo, useRef, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { HistoryFilters, INITIAL_FILTERS, toFilter, type FilterState } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { useLinks } from '../links/useLinks';
import { LookupForm } from './LookupForm';
import { SessionDetail } from './SessionDetail';
import { TotalsPanel } from './TotalsPanel';
import { useHistory } from './useHistory';
import { Alert } from '../../components/Alert';

interface Props {
  /** While the screen faces the public, history and totals stay hidden. */
  hidden: boolean;
  /** Goes up each time the search box should take the focus (the "/" shortcut). */
  focusSearch: number;
  /** Opens with this search over all time, e.g. a payment link's id to list its sessions. */
  initialSearch?: string | undefined;
  onReissued: (record: SessionRecord) => void;
}

/** "Did that payment go through?" and "what did we take today?" */
export function HistoryScreen({ hidden, focusSearch, initialSearch, onReissued }: Props): React.JSX.Element {
  const [state, setState] = useState<FilterState>(
    initialSearch ? { ...INITIAL_FILTERS, period: 'all', search: initialSearch } : INITIAL_FILTERS,
  );
  const filter = useMemo(() => toFilter(state), [state]);
  const view = useHistory(filter);
  const [selected, setSelected] = useState<SessionRecord>();
  const [includeBilling, setIncludeBilling] = useState(false);
  const [exportNote, setExportNote] = useState<string>();
  const search = useRef<HTMLInputElement>(null);
  const { links } = useLinks();
  const linkTitle = (id: string | undefined): string | undefined => links?.find((link) => link.id === id)?.title;

  useEffect(() => {
    search.current?.focus();
  }, [focusSearch]);
  useEffect(() => {
    return linkdesk.history.onExportProgress(({ written, total }) =>
      setExportNote(`Exporting… ${written} of ${total}`),
    );
  }, []);
  // Keep the detail pane current when its session changes.
  useEffect(
    () =>
      linkdesk.sessions.onChanged((changed) => {
        setSelected((current) => (current?.id === changed.id ? changed : current));
      }),
    [],
  );

  if (hidden) {
    return (
      <section className="card" aria-label="History hidden">
        <h1>History is hidden</h1>
        <p className="hint">
          History, totals and customer details are hidden while the screen faces the public. Use “Show history” in the
          header to see them again.
        </p>
      </section>
    );
  }

  async function exportCsv(): Promise<void> {
    setExportNote('Choose where to save the file…');
    const result = await linkdesk.history.export({ filter, includeBilling });
    if (!result.ok) setExportNote(result.error.message);
    else
      setExportNote(
        result.data.cancelled ? undefined : `Exported ${result.data.count} session(s) to ${result.data.file ?? ''}`,
      );
  }

  return (
    <div className="history">
      <section className="card history-top" aria-labelledby="history-title">
        <div className="history-title-row">
          <h1 id="history-title">History</h1>
          <span className="hint" role="status">
            {view.total} session(s)
          </span>
          <span className="header-spacer" />
          <label className="choice">
            <input type="checkbox" checked={includeBilling} onChange={(e) => setIncludeBilling(e.target.checked)} />
            Include billing details (fetched from Ozura)
          </label>
          <button type="button" className="secondary" onClick={() => void exportCsv()}>
            Export CSV
          </button>
        </div>
        {exportNote && <p className="saved-note">{exportNote}</p>}
        <HistoryFilters state={state} onChange={setState} searchRef={search} />
        <LookupForm onFound={setSelected} linkTitle={linkTitle} />
        {view.totals && <TotalsPanel totals={view.totals} />}
      </section>
      <Alert message={view.error} />
      <div className="history-main">
        <HistoryList view={view} selectedId={selected?.id} onSelect={setSelected} />
        {selected ? (
          <SessionDetail
            key={selected.id}
            record={selected}
            linkTitle={linkTitle(selected.paymentLinkId)}
            onReissued={onReissued}
          />
        ) : (
          <p className="detail hint">Choose a session to see everything about it.</p>
        )}
      </div>
    </div>
  );
}
