import { useWords } from '../../lib/i18n';
import { useId } from 'react';
import type { HistoryFilter } from '../../../../shared/history-query';
import { STATUS_TEXT } from '../../components/StatusBadge';
import type { StaffMember } from '../../../../shared/staff';

export type Period = 'today' | 'shift' | 'all' | 'custom';

export interface FilterState {
  statuses: HistoryFilter['statuses'];
  kinds: HistoryFilter['kinds'];
  period: Period;
  customFrom: string;
  customTo: string;
  search: string;
  sort: HistoryFilter['sort'];
  /** '' for everyone. */
  staffId: string;
  /** '' for every station (an organiser's history, #21). */
  station: string;
}

export const INITIAL_FILTERS: FilterState = {
  statuses: [],
  kinds: [],
  period: 'today',
  customFrom: '',
  customTo: '',
  search: '',
  sort: 'newest',
  staffId: '',
  station: '',
};

/** The filter main applies, from what the screen shows. */
export function toFilter(state: FilterState, now = new Date()): HistoryFilter {
  const startOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const range =
    state.period === 'today'
      ? { from: startOfDay.toISOString() }
      : state.period === 'shift'
        ? { thisShift: true }
        : state.period === 'custom'
          ? {
              ...(state.customFrom && { from: new Date(`${state.customFrom}T00:00`).toISOString() }),
              ...(state.customTo && {
                to: new Date(new Date(`${state.customTo}T00:00`).getTime() + 86_400_000).toISOString(),
              }),
            }
          : {};
  return {
    sort: state.sort,
    ...(state.statuses?.length && { statuses: state.statuses }),
    ...(state.kinds?.length && { kinds: state.kinds }),
    ...(state.search.trim() && { search: state.search.trim() }),
    ...(state.staffId && { staffId: state.staffId }),
    ...(state.station && { station: state.station }),
    ...range,
  };
}

function toggle<T>(list: T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

interface Props {
  state: FilterState;
  onChange: (state: FilterState) => void;
  searchRef?: React.Ref<HTMLInputElement>;
  /** A clerk's history is the current shift: no other period to choose. */
  shiftOnly?: boolean;
  /** The profile's staff, to see one member's sales. */
  staff?: readonly StaffMember[];
  /** An event's stations, to see one station's sales (an organiser's history). */
  stations?: readonly string[];
}

export function HistoryFilters({
  state,
  onChange,
  searchRef,
  shiftOnly = false,
  staff = [],
  stations = [],
}: Props): React.JSX.Element {
  const { t } = useWords();
  const id = useId();
  const set = (change: Partial<FilterState>): void => onChange({ ...state, ...change });
  return (
    <div className="history-filters" role="search">
      <div className="field grow">
        <label htmlFor={`${id}-search`}>{t('history.search')}</label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          placeholder={t('history.searchPlaceholder')}
          value={state.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('history.when')}</label>
        <select
          id={`${id}-period`}
          value={state.period}
          disabled={shiftOnly}
          onChange={(e) => set({ period: e.target.value as Period })}
        >
          <option value="today">{t('history.today')}</option>
          <option value="shift">{t('history.shift')}</option>
          <option value="all">{t('history.allTime')}</option>
          <option value="custom">{t('history.custom')}</option>
        </select>
      </div>
      {state.period === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('history.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={state.customFrom}
              onChange={(e) => set({ customFrom: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('history.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={state.customTo}
              onChange={(e) => set({ customTo: e.target.value })}
            />
          </div>
        </>
      )}
      {staff.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-staff`}>{t('history.staff')}</label>
          <select id={`${id}-staff`} value={state.staffId} onChange={(e) => set({ staffId: e.target.value })}>
            <option value="">{t('history.everyone')}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {stations.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-station`}>{t('history.station')}</label>
          <select id={`${id}-station`} value={state.station} onChange={(e) => set({ station: e.target.value })}>
            <option value="">{t('history.allStations')}</option>
            {stations.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="chips" role="group" aria-label={t('history.status')}>
        {(Object.keys(STATUS_TEXT) as (keyof typeof STATUS_TEXT)[]).map((status) => (
          <button
            key={status}
            type="button"
            className="chip"
            aria-pressed={state.statuses?.includes(status) ?? false}
            onClick={() => set({ statuses: toggle(state.statuses, status) })}
          >
            {t(STATUS_TEXT[status].label)}
          </button>
        ))}
      </div>
      <div className="chips" role="group" aria-label={t('history.kind')}>
        {(['amount', 'cart', 'donation'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="chip"
            aria-pressed={state.kinds?.includes(kind) ?? false}
            onClick={() => set({ kinds: toggle(state.kinds, kind) })}
          >
            {t(`builder.mode.${kind}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
