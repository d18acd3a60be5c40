import { memo, useMemo } from 'react';
import type { HistoryTotals } from '../../../../shared/history-query';
import { useWords, type Translator } from '../../lib/i18n';
import { STATUS_TEXT } from '../../components/StatusBadge';
import { hourlyBars } from './hourly-bars';

/** "Collected" as the totals card says it: sales with their tips and surcharges (donations apart). */
export const collectedMinor = (c: HistoryTotals['byCurrency'][number]): number =>
  c.salesMinor + c.tipsMinor + c.surchargesMinor;

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
            <strong className="total-value mono">{words.money(collectedMinor(c), c.currency)}</strong>
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
  const { kind, bars } = useMemo(
    () => hourlyBars(totals.hourly.filter((h) => h.currency === currency)),
    [totals, currency],
  );
  const label = useMemo(
    () =>
      bars
        .filter((b) => b.amountMinor > 0)
        .map((b) => `${clockHour(b.hourOfDay, words)} ${words.money(b.amountMinor, currency)}`)
        .join(', '),
    [bars, currency, words],
  );
  if (bars.length === 0) return null;
  const max = bars.reduce((most, b) => Math.max(most, b.amountMinor), 0);
  const named = (hourOfDay: number): boolean =>
    bars.length <= EVERY_HOUR_NAMED_UP_TO || hourOfDay % NAMED_HOUR_STEP === 0;
  return (
    <figure className="hourly" aria-label={words.t('totals.perHourLabel', { hours: label })}>
      <figcaption>{words.t(kind === 'stretch' ? 'totals.perHour' : 'totals.perHourOfDay', { currency })}</figcaption>
      {/* Drawn with boxes, not a stretched SVG, so the axis words keep their shape at any width. */}
      <div className="hourly-plot" aria-hidden="true">
        <div className="y-axis">
          <span>{words.money(max, currency)}</span>
          <span>{words.money(0, currency)}</span>
        </div>
        <div className="bars">
          {bars.map((b, n) => (
            <div key={n} className="bar-slot">
              <span className="bar" style={barHeight(max === 0 ? 0 : b.amountMinor / max)} />
            </div>
          ))}
        </div>
        <div className="x-axis">
          {bars.map((b, n) => (
            <span key={n}>{named(b.hourOfDay) ? String(b.hourOfDay).padStart(2, '0') : ''}</span>
          ))}
        </div>
        <span className="x-title">{words.t('totals.hourOfDay')}</span>
      </div>
    </figure>
  );
}

/** Past this many bars only every NAMED_HOUR_STEP-th hour is named, so the names keep their room at 800 px. */
const EVERY_HOUR_NAMED_UP_TO = 12;
const NAMED_HOUR_STEP = 3;

/** "09:00 AM", "09:00": an hour of the day as the staff's clock says it, for the chart's label. */
const clockHour = (hourOfDay: number, words: Translator): string => words.time(new Date(2000, 0, 1, hourOfDay));

/** A bar's height as a share of the tallest, as a CSS variable (no inline CSS text). */
const barHeight = (share: number): React.CSSProperties =>
  ({ '--bar': `${Math.max(share > 0 ? 3 : 0, Math.round(share * 100))}%` }) as React.CSSProperties;
