import { memo, useMemo } from 'react';
import type { HistoryTotals } from '../../../../shared/history-query';
import { useWords, type Translator } from '../../lib/i18n';
import { STATUS_TEXT } from '../../components/StatusBadge';

/**
 * What was taken in the period: per currency, donations apart, counts per status, and per hour.
 * Memoized: typing a search re-renders the screen but leaves the totals as they were (#16).
 */
export const TotalsPanel = memo(function TotalsPanel({ totals }: { totals: HistoryTotals }): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const main = totals.byCurrency.reduce<HistoryTotals['byCurrency'][number] | undefined>(
    (best, c) => (!best || c.salesCount + c.donationsCount > best.salesCount + best.donationsCount ? c : best),
    undefined,
  );
  return (
    <section className="totals" aria-label={t('totals.label')}>
      <div className="totals-money">
        {totals.byCurrency.length === 0 && <p className="hint">{t('totals.nothing')}</p>}
        {totals.byCurrency.map((c) => (
          <div key={c.currency} className="total-card">
            <span className="total-label">{t('totals.collected', { currency: c.currency })}</span>
            <strong className="total-value mono">
              {words.money(c.salesMinor + c.tipsMinor + c.surchargesMinor, c.currency)}
            </strong>
            <span className="hint">{t('totals.sales', { count: c.salesCount })}</span>
            {c.tipsMinor + c.surchargesMinor > 0 && (
              <span className="hint total-parts">
                {[
                  t('totals.salesPart', { amount: words.money(c.salesMinor, c.currency) }),
                  c.tipsMinor > 0 && t('totals.tips', { amount: words.money(c.tipsMinor, c.currency) }),
                  c.surchargesMinor > 0 &&
                    t('totals.surcharges', { amount: words.money(c.surchargesMinor, c.currency) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
            {c.donationsCount > 0 && (
              <span className="hint">
                {t('totals.donations', { amount: words.money(c.donationsMinor, c.currency), count: c.donationsCount })}
              </span>
            )}
          </div>
        ))}
      </div>
      <ul className="status-counts" aria-label={t('totals.byStatus')}>
        {(Object.keys(STATUS_TEXT) as (keyof typeof STATUS_TEXT)[]).map((status) => (
          <li key={status}>
            <span aria-hidden="true">{STATUS_TEXT[status].icon}</span> {t(STATUS_TEXT[status].label)}:{' '}
            <strong>{words.number(totals.counts[status] ?? 0)}</strong>
          </li>
        ))}
      </ul>
      {totals.byStaff.length > 0 && (
        <ul className="status-counts" aria-label={t('totals.byStaff')}>
          {totals.byStaff.map((s) => (
            <li key={`${s.staffId}-${s.currency}`}>
              <span className="initials" aria-hidden="true">
                {s.initials}
              </span>{' '}
              {t('totals.staffTook', {
                initials: s.initials,
                amount: words.money(s.takenMinor, s.currency),
                count: s.count,
              })}
            </li>
          ))}
        </ul>
      )}
      {main && <HourlyChart totals={totals} currency={main.currency} words={words} />}
    </section>
  );
});

function HourlyChart({
  totals,
  currency,
  words,
}: {
  totals: HistoryTotals;
  currency: string;
  words: Translator;
}): React.JSX.Element | null {
  const hours = useMemo(() => totals.hourly.filter((h) => h.currency === currency), [totals, currency]);
  const label = useMemo(
    () => hours.map((h) => `${words.time(h.hour)} ${words.money(h.amountMinor, currency)}`).join(', '),
    [hours, currency, words],
  );
  if (hours.length === 0) return null;
  const max = hours.reduce((most, h) => Math.max(most, h.amountMinor), 0);
  const width = Math.max(240, hours.length * 28);
  return (
    <figure className="hourly">
      <figcaption>{words.t('totals.perHour', { currency })}</figcaption>
      <svg
        viewBox={`0 0 ${width} 90`}
        role="img"
        aria-label={words.t('totals.perHourLabel', { hours: label })}
        preserveAspectRatio="none"
      >
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
