import QRCode from 'qrcode';
import { escapeHtml } from '../../../shared/html';
import type { Translator } from '../../../shared/i18n/translator';
import { minorUnits } from '../../../shared/money';
import type { SessionRecord } from '../../../shared/session-record';
import { amountText, itemLinesOf } from '../../../shared/record-text';

/**
 * A printable QR slip (A6-ish, fits any paper): merchant, amount or items, expiry, the QR, and
 * the URL as text for anyone who cannot scan. Self-contained HTML: no script, no remote files.
 */
export async function slipHtml(record: SessionRecord, words: Translator): Promise<string> {
  const qr = await QRCode.toString(record.checkoutUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const amount = amountText(record, words);
  const rows = itemLinesOf(record)
    .map((item) => {
      const price = minorUnits(item.price ?? '', record.currency);
      const total = price === undefined ? '' : words.money(price * item.quantity, record.currency);
      return `<tr><td>${item.quantity} × ${escapeHtml(item.name)}</td><td class="num">${total}</td></tr>`;
    })
    .join('');
  const expires = words.dateTime(record.expiresAt);
  return `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><title>${escapeHtml(words.t('slip.title', { merchant: record.merchantName }))}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>
  @page { margin: 12mm; }
  body { font: 14px/1.4 system-ui, sans-serif; color: #000; text-align: center; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .amount { font-size: 32px; font-weight: 700; margin: 4px 0 8px; }
  .qr svg { width: 70mm; height: 70mm; }
  table { margin: 0 auto 8px; border-collapse: collapse; }
  td { padding: 2px 8px; text-align: left; } td.num { text-align: right; }
  .url { font-family: monospace; font-size: 11px; word-break: break-all; margin: 8px 0; }
  .small { font-size: 12px; color: #333; }
</style></head>
<body>
  <h1>${escapeHtml(record.merchantName)}</h1>
  <p class="amount">${escapeHtml(amount)}</p>
  ${rows ? `<table>${rows}</table>` : ''}
  <div class="qr">${qr}</div>
  <p class="small">${escapeHtml(words.t('slip.scanBefore', { expires }))}</p>
  <p class="url">${escapeHtml(record.checkoutUrl)}</p>
  ${record.reference ? `<p class="small">${escapeHtml(words.t('slip.reference', { reference: record.reference }))}</p>` : ''}
</body></html>`;
}
