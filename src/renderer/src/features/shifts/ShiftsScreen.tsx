import { useEffect, useState } from 'react';
import type { OpenShift, ShiftReport, ShiftSummary } from '../../../../shared/shift';
import { shiftPeriod } from '../../../../shared/shift-text';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { Alert } from '../../components/Alert';
import { ShiftReportView } from './ShiftReportView';

/** History → Shifts: close the open shift, and reopen the reports of closed ones (#20). */
export function ShiftsScreen(): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [shifts, setShifts] = useState<{ open: OpenShift; past: ShiftSummary[] }>();
  const [report, setReport] = useState<ShiftReport>();
  const [confirming, setConfirming] = useState(false);
  const opening = useAction();
  const closing = useAction();

  // Read again after each close (the list and the open shift's start change).
  const [closes, setCloses] = useState(0);
  const [listError, setListError] = useState<string>();
  useEffect(() => {
    let current = true;
    void linkdesk.shifts.list().then((answer) => {
      if (!current) return;
      if (answer.ok) setShifts(answer.data);
      else setListError(answer.error.message);
    });
    return () => {
      current = false;
    };
  }, [closes]);

  async function close(): Promise<void> {
    setConfirming(false);
    const closed = await closing.run(
      () => linkdesk.shifts.close(),
      () => t('shift.closed'),
    );
    if (closed) setReport(closed);
    setCloses((n) => n + 1);
  }

  async function open(id: string): Promise<void> {
    const found = await opening.run(() => linkdesk.shifts.get({ id }));
    if (found) setReport(found);
  }

  return (
    <div className="shifts">
      <section className="card stack" aria-labelledby="open-shift-title">
        <h2 id="open-shift-title">{t('history.shift')}</h2>
        {shifts && (
          <p>
            {shifts.open.since
              ? t('shift.openSince', { time: words.dateTime(shifts.open.since) })
              : t('shift.openFirst')}
          </p>
        )}
        <p className="hint">{t('shift.closeHint')}</p>
        {confirming ? (
          <div className="actions" role="group" aria-label={t('shift.close')}>
            <p className="confirm-text">{t('shift.confirm')}</p>
            <button type="button" className="primary" autoFocus onClick={() => void close()}>
              {t('shift.confirmYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('staff.cancel')}
            </button>
          </div>
        ) : (
          <div className="actions">
            <button type="button" className="primary" disabled={closing.busy} onClick={() => setConfirming(true)}>
              {t('shift.close')}
            </button>
          </div>
        )}
        {closing.busy && (
          <p className="hint" role="status">
            {t('shift.closing')}
          </p>
        )}
        <ActionNote note={closing.note} />
      </section>
      {report ? (
        <section className="card stack">
          <div className="actions">
            <button type="button" className="secondary small" onClick={() => setReport(undefined)}>
              {t('shift.backToList')}
            </button>
          </div>
          <ShiftReportView report={report} />
        </section>
      ) : (
        <section className="card stack" aria-labelledby="past-shifts-title">
          <h2 id="past-shifts-title">{t('shift.pastShifts')}</h2>
          <Alert message={listError ?? opening.note} />
          {shifts && shifts.past.length === 0 && <p className="hint">{t('shift.none')}</p>}
          <ul className="shift-list" aria-label={t('shift.pastShifts')}>
            {shifts?.past.map((shift) => (
              <li key={shift.id} className="shift-row">
                <span className="shift-period">{shiftPeriod(shift, words)}</span>
                <span className="mono">
                  {shift.collected.map((c) => words.money(c.amountMinor, c.currency)).join(' · ') || '—'}
                </span>
                <span className="hint">
                  {[
                    shift.station,
                    shift.closedBy?.initials,
                    shift.unresolvedCount > 0 && t('shift.stillWaitingCount', { count: shift.unresolvedCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <button type="button" className="secondary small" onClick={() => void open(shift.id)}>
                  {t('shift.open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
