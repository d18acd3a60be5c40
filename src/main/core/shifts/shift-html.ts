import { escapeHtml } from '../../../shared/html';
import type { Translator } from '../../../shared/i18n/translator';
import type { ShiftReport, ShiftSale } from '../../../shared/shift';
import { SALE_COLUMNS, shiftPeriod, UNRESOLVED_COLUMNS, unresolvedState } from '../../../shared/shift-text';
import type { Paper } from '../ports-printer';

/** The tallest bar of the printed hourly chart, in millimetres. */
const CHART_HEIGHT_MM = 30;

const cell = (text: string, num = false): string => `<td${num ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
const head = (labels: readonly string[]): string =>
  `<tr>${labels.map((l) => `<th>${escapeHtml(l)}</th>`).join('')}</tr>`;
const table = (labels: readonly string[], rows: string[]): string =>
  rows.length === 0 ? '' : `<table><thead>${head(labels)}</thead><tbody>${rows.join('')}</tbody></table>`;

function currencyTables(report: ShiftReport, words: Translator): string {
  const { t } = words;
  const rows = report.totals.byCurrency.map((c) => {
    const money = (minor: number) => words.money(minor, c.currency);
    const collected = c.salesMinor + c.tipsMinor + c.surchargesMinor + c.donationsMinor;
    return `<tr>${[
      cell(c.currency),
      cell(`${money(c.salesMinor)} (${words.number(c.salesCount)})`, true),
      cell(money(c.tipsMinor), true),
      cell(money(c.surchargesMinor), true),
      cell(`${money(c.donationsMinor)} (${words.number(c.donationsCount)})`, true),
      `<td class="num strong">${escapeHtml(money(collected))}</td>`,
    ].join('')}</tr>`;
  });
  return table(
    [
      t('shift.currency'),
      t('shift.sales'),
      t('shift.tips'),
      t('shift.surcharges'),
      t('shift.donations'),
      t('shift.collected'),
    ],
    rows,
  );
}

function hourlyChart(report: ShiftReport, words: Translator): string {
  const currencies = [...new Set(report.totals.hourly.map((h) => h.currency))];
  return currencies
    .map((currency) => {
      const hours = report.totals.hourly.filter((h) => h.currency === currency);
      const max = Math.max(1, ...hours.map((h) => h.amountMinor));
      const bars = hours
        .map((h) => {
          const height = ((h.amountMinor / max) * CHART_HEIGHT_MM).toFixed(1);
          return `<div class="bar"><span class="fill" style="height:${height}mm"></span><span class="label">${escapeHtml(
            words.time(h.hour),
          )}<br>${escapeHtml(words.money(h.amountMinor, currency))}</span></div>`;
        })
        .join('');
      return `<h3>${escapeHtml(words.t('shift.perHour', { currency }))}</h3><div class="chart">${bars}</div>`;
    })
    .join('');
}

/** The shift report as a self-contained page (no script, no remote files) for a sheet of paper. */
export function shiftReportHtml(report: ShiftReport, words: Translator, paper: Paper): string {
  const { t } = words;
  const counts = report.totals.counts;
  const statusLine = t('shift.counts', {
    completed: counts.completed,
    pending: counts.pending,
    failed: counts.failed,
    cancelled: counts.cancelled,
    expired: counts.expired,
  });
  const staffRows = report.totals.byStaff.map(
    (s) =>
      `<tr>${cell(s.initials)}${cell(s.currency)}${cell(words.number(s.count), true)}${cell(words.money(s.takenMinor, s.currency), true)}</tr>`,
  );
  const unresolvedRows = report.unresolved.map(
    (u) =>
      `<tr>${cell(words.dateTime(u.at))}${cell(words.money(u.amountMinor, u.currency), true)}${cell(u.reference ?? '')}<td class="code">${escapeHtml(u.id)}</td>${cell(unresolvedState(u, words))}</tr>`,
  );
  const saleRow = (s: ShiftSale, when: string): string =>
    `<tr>${cell(when)}${cell(words.money(s.chargedMinor, s.currency), true)}${cell(s.tipMinor > 0 ? words.money(s.tipMinor, s.currency) : '', true)}${cell(s.staffInitials ?? '')}${cell(s.card ?? '')}<td class="code">${escapeHtml(s.transactionId ?? '')}</td><td class="code">${escapeHtml(s.id)}</td></tr>`;
  const saleLabels = SALE_COLUMNS.map((key) => t(key));
  const saleRows = report.sales.map((s) => saleRow(s, words.time(s.at)));
  const lateRows = report.paidLate.map((s) => saleRow(s, words.dateTime(s.at)));
  const more = (count: number) => (count > 0 ? `<p>${escapeHtml(t('shift.notListed', { count }))}</p>` : '');
  const banner = report.includesTest ? `<p class="test">${escapeHtml(t('receipt.test'))}</p>` : '';
  const facts = [
    report.station && t('receipt.station', { station: report.station }),
    report.closedBy && t('shift.closedBy', { name: report.closedBy.name }),
    report.firstSaleAt && t('shift.firstSale', { time: words.dateTime(report.firstSaleAt) }),
    report.lastSaleAt && t('shift.lastSale', { time: words.dateTime(report.lastSaleAt) }),
    statusLine,
  ].filter(Boolean) as string[];
  return `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><title>${escapeHtml(t('shift.title', { merchant: report.merchantName }))}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
  @page { size: ${paper === 'letter' ? 'letter' : 'A4'} portrait; margin: 15mm; }
  html, body { margin: 0; }
  body { font-family: system-ui, sans-serif; font-size: 10pt; line-height: 1.35; color: #000; }
  h1 { font-size: 16pt; margin: 0 0 1mm; } h2 { font-size: 12pt; margin: 5mm 0 1mm; } h3 { font-size: 10pt; margin: 3mm 0 1mm; }
  p { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin-top: 1mm; }
  th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 0.5pt solid #999; vertical-align: top; }
  th { font-size: 8.5pt; }
  .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .strong { font-weight: 700; }
  .code { font-family: monospace; font-size: 8pt; overflow-wrap: anywhere; }
  .test { border: 2px solid #000; text-align: center; font-weight: 700; margin: 0 0 2mm; }
  .chart { display: flex; align-items: flex-end; gap: 1.5mm; height: ${CHART_HEIGHT_MM + 10}mm; }
  .bar { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; height: 100%; min-width: 9mm; }
  .fill { display: block; width: 6mm; background: #444; }
  .label { font-size: 6.5pt; text-align: center; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
</style></head>
<body>
  ${banner}
  <h1>${escapeHtml(t('shift.title', { merchant: report.merchantName }))}</h1>
  <p class="strong">${escapeHtml(shiftPeriod(report, words))}</p>
  ${facts.map((f) => `<p>${escapeHtml(f)}</p>`).join('')}
  <h2>${escapeHtml(t('shift.takings'))}</h2>
  ${currencyTables(report, words) || `<p>${escapeHtml(t('shift.nothingTaken'))}</p>`}
  ${hourlyChart(report, words)}
  ${staffRows.length ? `<h2>${escapeHtml(t('shift.perStaff'))}</h2>` : ''}
  ${table([t('shift.staff'), t('shift.currency'), t('shift.count'), t('shift.taken')], staffRows)}
  ${unresolvedRows.length ? `<h2>${escapeHtml(t('shift.unresolved'))}</h2><p>${escapeHtml(t('shift.unresolvedHint'))}</p>` : ''}
  ${table(
    UNRESOLVED_COLUMNS.map((key) => t(key)),
    unresolvedRows,
  )}
  ${more(report.unresolvedNotListed)}
  ${lateRows.length ? `<h2>${escapeHtml(t('shift.paidLate'))}</h2><p>${escapeHtml(t('shift.paidLateHint'))}</p>` : ''}
  ${table(saleLabels, lateRows)}
  ${saleRows.length ? `<h2>${escapeHtml(t('shift.paidSales'))}</h2>` : ''}
  ${table(saleLabels, saleRows)}
  ${more(report.salesNotListed)}
</body></html>`;
}
