import { useCallback, useEffect, useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';

/** A waiting sale the staff set aside, as main last told of it, and when it was set aside. */
export interface SetAsideSale {
  session: SessionRecord;
  setAsideAt: number;
}

/**
 * The sales set aside in this window (#18). Ozura has no cancel, so each stays payable until it
 * expires; main keeps checking it as it does every pending session, and its pushes keep these
 * current, so a payment made later is seen here.
 */
export function useSetAside(): {
  sales: SetAsideSale[];
  setAside: (session: SessionRecord) => void;
  forget: (id: string) => void;
} {
  const [sales, setSales] = useState<SetAsideSale[]>([]);
  const watching = sales.length > 0;
  useEffect(() => {
    if (!watching) return undefined;
    return linkdesk.sessions.onChanged((changed) =>
      setSales((current) =>
        current.some((s) => s.session.id === changed.id)
          ? current.map((s) => (s.session.id === changed.id ? { ...s, session: changed } : s))
          : current,
      ),
    );
  }, [watching]);
  const setAside = useCallback(
    (session: SessionRecord) =>
      setSales((current) => [
        ...current.filter((s) => s.session.id !== session.id),
        { session, setAsideAt: Date.now() },
      ]),
    [],
  );
  const forget = useCallback((id: string) => setSales((current) => current.filter((s) => s.session.id !== id)), []);
  return { sales, setAside, forget };
}
