import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryFilter, HistoryTotals } from '../../../../shared/history-query';
import { linkdesk, type SessionRecord } from '../../lib/api';

const PAGE = 100;

export interface HistoryView {
  total: number;
  totals?: HistoryTotals;
  /** The row at `index`, or undefined while its page is on its way (it is then asked for). */
  row: (index: number) => SessionRecord | undefined;
  error?: string;
  /** Bumps whenever rows may have changed, so the list re-renders. */
  version: number;
}

/**
 * The history as the screen shows it: main filters and sorts; the renderer asks for pages of
 * rows as the list scrolls, and asks again when filters or sessions change. Totals cover the
 * period and filters, not the search box, so typing does not recount them. `followEvent`: it is
 * an event organiser's, which changes whenever main says the event moved on.
 */
export function useHistory(filter: HistoryFilter, followEvent = false): HistoryView {
  const [state, setState] = useState<{ total: number; error?: string; version: number }>({ total: 0, version: 0 });
  const [totals, setTotals] = useState<HistoryTotals>();
  const pages = useRef(new Map<number, SessionRecord[]>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const key = JSON.stringify(filter);
  const { search: _search, ...totalsFilter } = filter;
  const totalsKey = JSON.stringify(totalsFilter);

  const load = useCallback(
    async (page: number, gen: number) => {
      asked.current.add(page);
      const result = await linkdesk.history.query({ ...filter, offset: page * PAGE, limit: PAGE });
      if (gen !== generation.current) return;
      if (!result.ok) {
        setState((s) => ({ ...s, error: result.error.message }));
        return;
      }
      pages.current.set(page, result.data.rows);
      setState((s) => ({ total: result.data.total, version: s.version + 1 }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `filter`
    [key],
  );

  const loadTotals = useCallback(
    async () => {
      const result = await linkdesk.history.totals(totalsFilter);
      if (result.ok) setTotals(result.data);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `totalsKey` stands for the filter without search
    [totalsKey],
  );

  const reload = useCallback(() => {
    generation.current += 1;
    const visible = [...asked.current];
    pages.current.clear();
    asked.current.clear();
    for (const page of visible.length > 0 ? visible : [0]) void load(page, generation.current);
    void loadTotals();
  }, [load, loadTotals]);

  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    asked.current.clear();
    // load() sets state only after its IPC answer arrives, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(0, generation.current);
  }, [load]);

  // eslint-disable-next-line react-hooks/set-state-in-effect -- state is set when the answer arrives
  useEffect(() => void loadTotals(), [loadTotals]);

  useEffect(() => linkdesk.sessions.onChanged(reload), [reload]);
  // An organiser's history grows as the stations' records are folded in (#21).
  useEffect(() => (followEvent ? linkdesk.event.onChanged(reload) : undefined), [followEvent, reload]);

  const row = useCallback(
    (index: number) => {
      const page = Math.floor(index / PAGE);
      const rows = pages.current.get(page);
      if (!rows && !asked.current.has(page)) void load(page, generation.current);
      return rows?.[index % PAGE];
    },
    [load],
  );

  return { ...state, ...(totals && { totals }), row };
}
