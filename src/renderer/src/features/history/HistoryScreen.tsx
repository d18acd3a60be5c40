import { useWords } from '../../lib/i18n';
import { useIsManager, useOrganiser, useStaffMembers } from '../../lib/role';
import { useEventOverview } from '../event/useEventOverview';
import { useEffect, useMemo, useRef, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { HistoryFilters, INITIAL_FILTERS, toFilter, type FilterState } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { useLinks } from '../links/useLinks';
import { LookupForm } from './LookupForm';
import { SessionDetail } from './SessionDetail';
import { TotalsFold } from './TotalsFold';
import { HistoryColumnHeads } from './HistoryColumnHeads';
import { MoreMenu } from '../../components/MoreMenu';
import { useHistory } from './useHistory';
import { Alert } from '../../components/Alert';
import { HiddenHistory } from '../../components/HiddenHistory';
import { useRequested } from '../../lib/useRequested';
import { ShiftsScreen } from '../shifts/ShiftsScreen';

interface Props {
  /** While the screen faces the public, history and totals stay hidden. */
  hidden: boolean;
  /** Goes up each time the search box should take the focus (the "/" shortcut). */
  focusSearch: number;
  /** Opens with this search over all time, e.g. a payment link's id to list its sessions. */
  initialSearch?: string | undefined;
  onReissued: (record: SessionRecord) => void;
}

type Tab = 'sessions' | 'shifts';

/** History: the sessions, and for a manager at a counter the shifts and their reports (#20). */
export function HistoryScreen(props: Props): React.JSX.Element {
  const { t } = useWords();
  const manager = useIsManager();
  const organiser = useOrganiser();
  const [tab, setTab] = useState<Tab>('sessions');
  // "/" searches the sessions, whichever tab is showing.
  useRequested(props.focusSearch, () => setTab('sessions'));
  // An organiser's history is the stations': their shifts close at their own counters.
  if (props.hidden || !manager || organiser) return <SessionsHistory {...props} />;
  const tabs = (
    <div className="segmented history-tabs" role="radiogroup" aria-label={t('title.history')}>
      {(['sessions', 'shifts'] as const).map((name) => (
        <button key={name} type="button" role="radio" aria-checked={tab === name} onClick={() => setTab(name)}>
          {t(`history.tab.${name}`)}
        </button>
      ))}
    </div>
  );
  // On Sessions the tabs sit in its title row, leaving the list the room (#18).
  if (tab === 'sessions') return <SessionsHistory {...props} tabs={tabs} />;
  return (
    <div className="history">
      {tabs}
      <ShiftsScreen />
    </div>
  );
}

/** "Did that payment go through?" and "what did we take today?" */
function SessionsHistory({
  hidden,
  focusSearch,
  initialSearch,
  onReissued,
  tabs,
}: Props & { tabs?: React.ReactNode }): React.JSX.Element {
  const { t } = useWords();
  const manager = useIsManager();
  const staffMembers = useStaffMembers();
  // A clerk sees the current shift (main narrows every query to it).
  const [state, setState] = useState<FilterState>(
    !manager
      ? { ...INITIAL_FILTERS, period: 'shift', search: initialSearch ?? '' }
      : initialSearch
        ? { ...INITIAL_FILTERS, period: 'all', search: initialSearch }
        : INITIAL_FILTERS,
  );
  const filter = useMemo(() => toFilter(state), [state]);
  const { search: _search, ...totalsFilter } = filter;
  const organiser = useOrganiser();
  const view = useHistory(filter, organiser);
  const stations = useEventOverview(organiser)?.stations.map((s) => s.station);
  const [selected, setSelected] = useState<SessionRecord>();
  const [lookupOpen, setLookupOpen] = useState(false);
  const [includeBilling, setIncludeBilling] = useState(false);
  const [localeFormat, setLocaleFormat] = useState(false);
  const [exportNote, setExportNote] = useState<string>();
  const search = useRef<HTMLInputElement>(null);
  const { links } = useLinks();
  const linkTitle = (id: string | undefined): string | undefined => links?.find((link) => link.id === id)?.title;

  useEffect(() => {
    search.current?.focus();
  }, [focusSearch]);
  useEffect(() => {
    return linkdesk.history.onExportProgress(({ written, total }) =>
      setExportNote(t('history.exporting', { written, total })),
    );
  }, [t]);
  // Keep the detail pane current when its session changes.
  useEffect(
    () =>
      linkdesk.sessions.onChanged((changed) => {
        setSelected((current) => (current?.id === changed.id ? changed : current));
      }),
    [],
  );

  if (hidden) return <HiddenHistory />;

  async function exportCsv(): Promise<void> {
    setExportNote(t('history.chooseFile'));
    const result = await linkdesk.history.export({ filter, includeBilling, localeFormat });
    if (!result.ok) setExportNote(result.error.message);
    else
      setExportNote(
        result.data.cancelled
          ? undefined
          : t('history.exported', { count: result.data.count, file: result.data.file ?? '' }),
      );
  }

  return (
    <div className="history">
      <section className="card history-top" aria-labelledby="history-title">
        <div className="history-title-row">
          <h1 id="history-title">{t('title.history')}</h1>
          {tabs}
          <span className="hint" role="status">
            {t('history.count', { count: view.total })}
          </span>
          <span className="header-spacer" />
          <button
            type="button"
            className="small secondary"
            aria-expanded={lookupOpen}
            onClick={() => setLookupOpen(!lookupOpen)}
          >
            {t('lookup.open')}
          </button>
          {manager && (
            <MoreMenu label={t('history.export')} align="end" small>
              <label className="choice">
                <input type="checkbox" checked={includeBilling} onChange={(e) => setIncludeBilling(e.target.checked)} />
                {t('history.includeBilling')}
              </label>
              <label className="choice">
                <input type="checkbox" checked={localeFormat} onChange={(e) => setLocaleFormat(e.target.checked)} />
                {t('history.localeFormat')}
              </label>
              <button type="button" className="primary" onClick={() => void exportCsv()}>
                {t('catalogue.exportCsv')}
              </button>
            </MoreMenu>
          )}
        </div>
        {exportNote && <p className="saved-note">{exportNote}</p>}
        {lookupOpen && <LookupForm onFound={setSelected} linkTitle={linkTitle} />}
        <HistoryFilters
          state={state}
          onChange={setState}
          searchRef={search}
          shiftOnly={!manager}
          staff={staffMembers}
          stations={stations}
        />
        {view.totals && <TotalsFold totals={view.totals} filter={totalsFilter} />}
      </section>
      <Alert message={view.error} />
      <div className="history-main">
        <div className="history-table">
          <HistoryColumnHeads sort={state.sort} onSort={(sort) => setState((current) => ({ ...current, sort }))} />
          <HistoryList view={view} selectedId={selected?.id} onSelect={setSelected} showStation={organiser} />
        </div>
        {selected ? (
          <SessionDetail
            key={selected.id}
            record={selected}
            linkTitle={linkTitle(selected.paymentLinkId)}
            onReissued={onReissued}
          />
        ) : (
          <p className="detail hint">{t('history.choose')}</p>
        )}
      </div>
    </div>
  );
}
