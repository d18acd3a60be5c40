import { clockReading, type StationHealth } from '../../../../shared/event';
import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords, type Translator } from '../../lib/i18n';
import { TotalsPanel } from '../history/TotalsPanel';
import { ColumnHeads } from '../../components/ColumnHeads';
import { HiddenHistory } from '../../components/HiddenHistory';
import { FiguresTable } from '../../components/FiguresTable';
import { useEventOverview } from './useEventOverview';

const TAKEN_COLUMNS: readonly MessageKey[] = ['event.screen.station', 'shift.taken', 'shift.count'];
const STATION_COLUMNS: readonly MessageKey[] = [
  'event.screen.station',
  'event.screen.state',
  'event.screen.sessions',
  'event.screen.lastSale',
  'event.screen.waiting',
  'event.screen.clock',
];

/**
 * The organiser's live picture of its event (#21): what every station has taken, per currency,
 * hour and staff; each station's link, backlog and clock. It updates by itself as main folds.
 * While the screen faces the public ("Hide history") the takings give way; the links stay.
 */
export function EventScreen({ hidden, onSearch }: { hidden: boolean; onSearch: () => void }): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const overview = useEventOverview();
  if (overview === undefined) return <p className="hint">{t('app.loading')}</p>;
  if (overview === null) return <p className="notice">{t('event.screen.notOrganiser')}</p>;
  const { status, stations, totals } = overview;
  return (
    <div className="event-screen">
      {hidden ? (
        <HiddenHistory />
      ) : (
        <section className="card" aria-labelledby="event-title">
          <div className="history-title-row">
            <h1 id="event-title">{t('event.screen.label', { event: status.membership.eventId })}</h1>
            <span className="header-spacer" />
            <button type="button" className="secondary" onClick={onSearch}>
              {t('event.screen.search')}
            </button>
          </div>
          {status.problem && !status.connected && <p className="alert">{t('event.screen.connecting')}</p>}
          <TotalsPanel totals={totals} />
          {totals.byStation.length > 0 && (
            <FiguresTable
              className="by-station"
              caption="event.screen.byStation"
              columns={TAKEN_COLUMNS}
              rows={totals.byStation.map((s) => ({
                key: `${s.station}-${s.currency}`,
                name: s.station,
                figures: [words.money(s.takenMinor, s.currency), words.number(s.count)],
              }))}
            />
          )}
        </section>
      )}
      <section className="card" aria-labelledby="stations-title">
        <h2 id="stations-title">{t('event.screen.stations')}</h2>
        {stations.length === 0 ? (
          <p className="hint">{t('event.screen.nothingYet')}</p>
        ) : (
          <table className="items-table stations-table" aria-labelledby="stations-title">
            <ColumnHeads keys={STATION_COLUMNS} />
            <tbody>
              {stations.map((s) => (
                <tr key={s.station} className={s.online ? undefined : 'station-quiet'}>
                  <th scope="row">{s.station}</th>
                  <td>
                    <span className={s.online ? 'link-state online' : 'link-state offline'}>{linkState(s, words)}</span>
                  </td>
                  <td className="mono">{words.number(s.sessions)}</td>
                  <td>{s.lastRecordAt ? words.dateTime(s.lastRecordAt) : ''}</td>
                  <td className="mono">{s.backlog === undefined ? '' : words.number(s.backlog)}</td>
                  <td>{clockText(s.clockSkewMs, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function linkState(station: StationHealth, words: Translator): string {
  if (station.online) return words.t('event.screen.online');
  if (station.lastHeardAt === undefined) return words.t('event.screen.notHeard');
  return words.t('event.screen.offline', { time: words.time(station.lastHeardAt) });
}

function clockText(skewMs: number | undefined, t: Translator['t']): string {
  if (skewMs === undefined) return '';
  const { reads, seconds } = clockReading(skewMs);
  return t(`event.screen.${reads}`, { seconds });
}
