import type { ShiftReport, ShiftSale } from '../../../../shared/shift';
import { SALE_COLUMNS, shiftPeriod, UNRESOLVED_COLUMNS, unresolvedState } from '../../../../shared/shift-text';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { PrintAndSave } from '../../components/PrintAndSave';
import { TotalsPanel } from '../history/TotalsPanel';
import { ColumnHeads } from '../../components/ColumnHeads';

/** A closed shift's report on screen, as it prints: totals, what is still waiting, every paid sale. */
export function ShiftReportView({ report }: { report: ShiftReport }): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const facts = [
    report.station && t('receipt.station', { station: report.station }),
    report.closedBy && t('shift.closedBy', { name: report.closedBy.name }),
    report.firstSaleAt && t('shift.firstSale', { time: words.dateTime(report.firstSaleAt) }),
    report.lastSaleAt && t('shift.lastSale', { time: words.dateTime(report.lastSaleAt) }),
  ].filter(Boolean);
  return (
    <section className="shift-report" aria-label={t('shift.reportLabel')}>
      <div className="history-title-row">
        <h2>{shiftPeriod(report, words)}</h2>
        <span className="header-spacer" />
        <PrintAndSave
          print={() => linkdesk.shifts.print({ id: report.id })}
          savePdf={() => linkdesk.shifts.savePdf({ id: report.id })}
          words={{
            print: t('shift.print'),
            savePdf: t('shift.savePdf'),
            printed: t('shift.printed'),
            saved: (file) => t('shift.saved', { file }),
          }}
        />
      </div>
      {report.includesTest && <p className="notice">{t('receipt.test')}</p>}
      {facts.length > 0 && <p className="hint">{facts.join(' · ')}</p>}
      <TotalsPanel totals={report.totals} />
      {report.unresolved.length > 0 && (
        <>
          <h3>{t('shift.unresolved')}</h3>
          <p className="hint">{t('shift.unresolvedHint')}</p>
          <table className="items-table" aria-label={t('shift.unresolved')}>
            <ColumnHeads keys={UNRESOLVED_COLUMNS} />
            <tbody>
              {report.unresolved.map((u) => (
                <tr key={u.id}>
                  <td>{words.dateTime(u.at)}</td>
                  <td className="mono">{words.money(u.amountMinor, u.currency)}</td>
                  <td>{u.reference}</td>
                  <td className="mono">{u.id}</td>
                  <td>{unresolvedState(u, words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <NotListed count={report.unresolvedNotListed} />
        </>
      )}
      {report.paidLate.length > 0 && (
        <>
          <h3>{t('shift.paidLate')}</h3>
          <p className="hint">{t('shift.paidLateHint')}</p>
          <SalesTable sales={report.paidLate} label={t('shift.paidLate')} withDate />
        </>
      )}
      {report.sales.length > 0 && (
        <>
          <h3>{t('shift.paidSales')}</h3>
          <SalesTable sales={report.sales} label={t('shift.paidSales')} />
          <NotListed count={report.salesNotListed} />
        </>
      )}
    </section>
  );
}

function NotListed({ count }: { count: number }): React.JSX.Element | null {
  const { t } = useWords();
  return count > 0 ? <p className="hint">{t('shift.notListed', { count })}</p> : null;
}

function SalesTable({
  sales,
  label,
  withDate = false,
}: {
  sales: readonly ShiftSale[];
  label: string;
  withDate?: boolean;
}): React.JSX.Element {
  const words = useWords();
  return (
    <table className="items-table shift-sales" aria-label={label}>
      <ColumnHeads keys={SALE_COLUMNS} />
      <tbody>
        {sales.map((s) => (
          <tr key={s.id}>
            <td>{withDate ? words.dateTime(s.at) : words.time(s.at)}</td>
            <td className="mono">{words.money(s.chargedMinor, s.currency)}</td>
            <td className="mono">{s.tipMinor > 0 ? words.money(s.tipMinor, s.currency) : ''}</td>
            <td>{s.staffInitials}</td>
            <td>{s.card}</td>
            <td className="mono">{s.transactionId}</td>
            <td className="mono">{s.id}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
