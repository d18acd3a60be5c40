import { memo, useMemo } from 'react';
import type { HistoryTotals } from '../../../../shared/history-query';
import { formatMoney } from '../../../../shared/money';
import { STATUS_TEXT } from '../../components/StatusBadge';

/**
 * What was taken in the period: per currency, donations apart, counts per status, and per hour.
 * Memoized: typing a search re-renders the screen but leaves the totals as they were (#16).
 */
export const TotalsPanel = memo(function TotalsPanel({ totals }: { totals: HistoryTotals }): React.JSX.Element {
  const main = totals.byCurrency.reduce<HistoryTotals['byCurrency'][number] | undefined>(
    (best, t) => (!best || t.salesCount + t.donationsCount > best.salesCount + best.donationsCount ? t : best),
    undefined,
  );
  return (
    <section className="totals" aria-label="Totals">
      <div className="totals-money">
        {totals.byCurrency.length === 0 && <p className="hint">Nothing collected in this period yet.</p>}
        {totals.byCurrency.map((t) => (
          <div key={t.currency} className="total-card">
            <span className="total-label">Collected · {t.currency}</span>
            <strong className="total-value mono">{formatMoney(t.salesMinor, t.currency)}</strong>
            <span className="hint">{t.salesCount} sale(s)</span>
            {t.donationsCount > 0 && (
              <span className="hint">
                + donations <strong className="mono">{formatMoney(t.donationsMinor, t.currency)}</strong> (
                {t.donationsCount})
              </span>
            )}
          </div>
        ))}
      </div>
      <ul className="status-counts" aria-label="Sessions by status">
        {(Object.keys(STATUS_TEXT) as (keyof typeof STATUS_TEXT)[]).map((status) => (
          <li key={status}>
            <span aria-hidden="true">{STATUS_TEXT[status].icon}</span> {STATUS_TEXT[status].label}:{' '}
            <strong>{totals.counts[status] ?? 0}</strong>
          </li>
        ))}
      </ul>
      {main && <HourlyChart totals={totals} currency={main.currency} />}
    </section>
  );
});

function HourlyChart({ totals, currency }: { totals: HistoryTotals; currency: string }): React.JSX.Element | null {
  const hours = useMemo(() => totals.hourly.filter((h) => h.currency === currency), [totals, currency]);
  const label = useMemo(
    () => hours.map((h) => `${new Date(h.hour).getHours()}:00 ${formatMoney(h.amountMinor, currency)}`).join(', '),
    [hours, currency],
  );
  if (hours.length === 0) return null;
  const max = hours.reduce((most, h) => Math.max(most, h.amountMinor), 0);
  const width = Math.max(240, hours.length * 28);
  return (
    <figure className="hourly">
      <figcaption>Takings per hour ({currency})</figcaption>
      <svg viewBox={`0 0 ${width} 90`} role="img" aria-label={`Takings per hour: ${label}`} preserveAspectRatio="none">
        {hours.map((h, i) => {
          const height = max === 0 ? 0 : Math.max(2, Math.round((h.amountMinor / max) * 70));
          return (
            <g key={h.hour}>
              <rect x={i * 28 + 4} y={75 - height} width={20} height={height} rx={3} className="bar" />
              <text x={i * 28 + 14} y={88} textAnchor="middle" className="bar-label">
                {new Date(h.hour).getHours()}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
