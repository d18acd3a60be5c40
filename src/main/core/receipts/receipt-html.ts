import { escapeHtml } from '../../../shared/html';
import type { Translator } from '../../../shared/i18n/translator';
import { ROLL_WIDTH_MM, type ReceiptPaper } from '../../../shared/receipt-paper';
import type { PageSize } from '../ports-printer';
import type { Receipt } from './receipt';

/** Text size on a roll, in points: what a thermal printer prints legibly at each width. */
const ROLL_FONT_PT = { 'roll-80': 9, 'roll-58': 8 } as const;
const LINE_HEIGHT = 1.35;
const MM_PER_PT = 25.4 / 72;
/** Blank roll above and below the receipt, in millimetres. */
const ROLL_PADDING_MM = 4;
/** A roll's text column: about one character per this many points of width at its size. */
const CHAR_WIDTH_EM = 0.55;

/** A receipt as a self-contained page (no script, no remote files) and the page it prints on. */
export interface ReceiptPage {
  html: string;
  page: PageSize;
}

/** One printed row: text on the left, an amount on the right, and how it is set. */
interface Row {
  left: string;
  right?: string;
  style?: 'title' | 'small' | 'total' | 'code';
}

function rowsOf(receipt: Receipt, words: Translator): { head: Row[]; items: Row[]; sums: Row[]; foot: Row[] } {
  const money = (minor: number): string => words.money(minor, receipt.currency);
  const { t } = words;
  const head: Row[] = [
    { left: receipt.merchant, style: 'title' },
    ...(receipt.station ? [{ left: t('receipt.station', { station: receipt.station }) }] : []),
    ...(receipt.staff ? [{ left: t('receipt.staff', { staff: receipt.staff }) }] : []),
    { left: words.dateTime(receipt.createdAt) },
    ...(receipt.reference ? [{ left: t('receipt.reference', { reference: receipt.reference }) }] : []),
  ];
  const items: Row[] = receipt.lines.flatMap((line) => {
    const name = line.name ?? (receipt.kind === 'donation' ? t('receipt.donation') : t('receipt.sale'));
    const unit =
      line.quantity > 1 && line.unitMinor !== undefined
        ? [
            {
              left: t('receipt.each', { quantity: line.quantity, price: money(line.unitMinor) }),
              style: 'small' as const,
            },
          ]
        : [];
    return [{ left: line.quantity > 1 ? `${line.quantity} × ${name}` : name, right: money(line.totalMinor) }, ...unit];
  });
  const sums: Row[] = [
    { left: t('receipt.subtotal'), right: money(receipt.subtotalMinor) },
    ...(receipt.surchargeMinor > 0 ? [{ left: t('receipt.surcharge'), right: money(receipt.surchargeMinor) }] : []),
    ...(receipt.tipMinor > 0 ? [{ left: t('receipt.tip'), right: money(receipt.tipMinor) }] : []),
    { left: t('receipt.total'), right: money(receipt.totalMinor), style: 'total' },
  ];
  const card =
    receipt.cardBrand || receipt.cardLastFour
      ? [{ left: t('receipt.card', { brand: receipt.cardBrand ?? '', lastFour: receipt.cardLastFour ?? '····' }) }]
      : [];
  const foot: Row[] = [
    ...card,
    ...(receipt.transactionId
      ? [{ left: t('receipt.transaction', { id: receipt.transactionId }), style: 'code' as const }]
      : []),
    { left: t('receipt.session', { id: receipt.sessionId }), style: 'code' },
    { left: t('receipt.thanks') },
  ];
  return { head, items, sums, foot };
}

function rowHtml(row: Row): string {
  const left = `<span>${escapeHtml(row.left)}</span>`;
  const right = row.right === undefined ? '' : `<span class="num">${escapeHtml(row.right)}</span>`;
  return `<p class="row${row.style ? ` ${row.style}` : ''}">${left}${right}</p>`;
}

/**
 * The length of roll the receipt needs: every row counted, with long text wrapped at the
 * column's width, so it prints as one strip and never spills onto a second page.
 */
function rollHeightMm(rows: Row[], paper: keyof typeof ROLL_WIDTH_MM, banners: number): number {
  const fontPt = ROLL_FONT_PT[paper];
  const columnPt = (ROLL_WIDTH_MM[paper] - 2 * ROLL_PADDING_MM) / MM_PER_PT;
  const charsPerLine = Math.floor(columnPt / (fontPt * CHAR_WIDTH_EM));
  const lineMm = fontPt * LINE_HEIGHT * MM_PER_PT;
  const lines = rows.reduce((sum, row) => {
    const chars = row.left.length + (row.right ? row.right.length + 2 : 0);
    const scale = row.style === 'title' || row.style === 'total' ? 1.4 : 1;
    return sum + Math.max(1, Math.ceil((chars * scale) / charsPerLine)) * scale;
  }, 0);
  // Three rules between the parts, and each TEST banner is two lines with its border.
  const extraLines = 3 + banners * 2.5;
  return Math.ceil(2 * ROLL_PADDING_MM + (lines + extraLines) * lineMm);
}

/** The receipt laid out for its paper: a sheet (A4 or Letter) or a strip of 80 mm or 58 mm roll. */
export function receiptPage(receipt: Receipt, paper: ReceiptPaper, words: Translator): ReceiptPage {
  const parts = rowsOf(receipt, words);
  const testBanner = receipt.test ? `<p class="test">${escapeHtml(words.t('receipt.test'))}</p>` : '';
  const roll = paper === 'roll-80' || paper === 'roll-58' ? paper : undefined;
  const sheet = paper === 'letter' ? 'letter' : 'a4';
  const page: PageSize = roll
    ? { widthMm: ROLL_WIDTH_MM[roll], heightMm: rollHeightMm(Object.values(parts).flat(), roll, receipt.test ? 2 : 0) }
    : sheet;
  const pageCss =
    typeof page === 'object' && roll
      ? `@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: 0; }
  body { padding: ${ROLL_PADDING_MM}mm; font-size: ${ROLL_FONT_PT[roll]}pt; }`
      : `@page { size: ${sheet === 'letter' ? 'letter' : 'A4'} portrait; margin: 20mm; }
  body { font-size: 11pt; } main { max-width: 110mm; margin: 0 auto; }
  .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-30deg);
    font-size: 40pt; font-weight: 700; color: rgba(0, 0, 0, 0.12); }`;
  const section = (rows: Row[]): string => `<section>${rows.map(rowHtml).join('')}</section>`;
  const watermark =
    receipt.test && !roll ? `<p class="watermark" aria-hidden="true">${escapeHtml(words.t('receipt.test'))}</p>` : '';
  const html = `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><title>${escapeHtml(words.t('receipt.title', { merchant: receipt.merchant }))}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
  ${pageCss}
  html, body { margin: 0; }
  body { font-family: system-ui, sans-serif; line-height: ${LINE_HEIGHT}; color: #000; }
  .row { display: flex; justify-content: space-between; gap: 2mm; margin: 0; overflow-wrap: anywhere; }
  .num { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .title { justify-content: center; font-size: 1.4em; font-weight: 700; text-align: center; }
  .small { font-size: 0.9em; color: #333; }
  .total { font-size: 1.4em; font-weight: 700; }
  .code { font-family: monospace; font-size: 0.9em; }
  section + section { border-top: 1px dashed #000; margin-top: 1mm; padding-top: 1mm; }
  .test { border: 2px solid #000; text-align: center; font-weight: 700; margin: 0 0 1mm; }
</style></head>
<body><main>
  ${testBanner}
  ${section(parts.head)}${section(parts.items)}${section(parts.sums)}${section(parts.foot)}
  ${testBanner}
</main>${watermark}</body></html>`;
  return { html, page };
}
