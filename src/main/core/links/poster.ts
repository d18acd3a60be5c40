import QRCode from 'qrcode';
import { escapeHtml } from '../../../shared/html';
import type { Translator } from '../../../shared/i18n/translator';
import type { PaymentLinkRecord } from '../../../shared/payment-link';
import { amountText, itemLinesOf } from '../../../shared/record-text';
import type { Paper } from '../ports-printer';
import { HexColor } from '../../../shared/settings';

const PAGE = { a4: 'A4', letter: 'letter' } as const;
/** A poster with no brand colour prints in black. */
const NO_BRAND = '#000000';

/** The link's brand colour if it is a plain hex colour (it goes into the poster's CSS), else black. */
function brandOf(link: PaymentLinkRecord): string {
  return link.brandColour !== undefined && HexColor.safeParse(link.brandColour).success ? link.brandColour : NO_BRAND;
}
const MAX_ITEMS_SHOWN = 5;

/** What the poster asks for: the amount, or "Choose your amount" when the payer decides. */
function posterAmount(link: PaymentLinkRecord, words: Translator): string {
  if (link.kind === 'donation')
    return link.amountMinor > 0
      ? words.t('poster.suggested', { amount: words.money(link.amountMinor, link.currency) })
      : words.t('poster.chooseAmount');
  return amountText(link, words);
}

/**
 * A printable poster for a reusable link, one page of A4 or US Letter: the merchant, the title,
 * the amount, a QR big enough to scan from a few steps away, the expiry date and the URL as
 * text, in the profile's brand colour under its logo. Self-contained HTML: no script, no remote
 * files (the logo comes embedded).
 */
export async function posterHtml(
  link: PaymentLinkRecord,
  paper: Paper,
  words: Translator,
  /** The profile's logo as a `data:` URL, when it could be fetched. */
  logo?: string,
): Promise<string> {
  const qr = await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  // The API counts days from creation, not to midnight, so the time matters too.
  const expires = `${words.date(link.expiresAt)}, ${words.time(link.expiresAt)}`;
  const items = itemLinesOf(link);
  const shown = items.slice(0, MAX_ITEMS_SHOWN);
  const itemLines = [
    ...shown.map((item) => `<li>${item.quantity} × ${escapeHtml(item.name)}</li>`),
    ...(items.length > shown.length
      ? [`<li>${escapeHtml(words.t('poster.moreItems', { count: items.length - shown.length }))}</li>`]
      : []),
  ].join('');
  // A cart's lines take room from the QR, so the poster stays one page.
  const qrMm = items.length > 2 ? 120 : 140;
  return `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><title>${escapeHtml(link.title)} · ${escapeHtml(link.merchantName)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>
  @page { size: ${PAGE[paper]} portrait; margin: 15mm; }
  html, body { margin: 0; }
  :root { --brand: ${brandOf(link)}; }
  body { font: 16px/1.4 system-ui, sans-serif; color: #000; text-align: center; border-top: 4mm solid var(--brand); padding-top: 6mm; }
  .logo { display: block; max-width: 60mm; max-height: 22mm; margin: 0 auto 4mm; object-fit: contain; }
  .merchant { font-size: 22px; font-weight: 600; margin: 0 0 6mm; letter-spacing: 0.02em; color: var(--brand); }
  h1 { font-size: 40px; line-height: 1.15; margin: 0 0 4mm; }
  .amount { font-size: 34px; font-weight: 700; margin: 0 0 6mm; color: var(--brand); }
  .qr svg { width: ${qrMm}mm; height: ${qrMm}mm; }
  .items { list-style: none; padding: 0; margin: -3mm 0 4mm; font-size: 16px; }
  .scan { font-size: 20px; margin: 4mm 0 2mm; }
  .expires { font-size: 16px; margin: 0 0 4mm; }
  .url { font-family: monospace; font-size: 12px; word-break: break-all; color: #333; }
</style></head>
<body>
  ${logo?.startsWith('data:image/') ? `<img class="logo" src="${escapeHtml(logo)}" alt="">` : ''}
  <p class="merchant">${escapeHtml(link.merchantName)}</p>
  <h1>${escapeHtml(link.title)}</h1>
  <p class="amount">${escapeHtml(posterAmount(link, words))}</p>
  ${itemLines ? `<ul class="items">${itemLines}</ul>` : ''}
  <div class="qr">${qr}</div>
  <p class="scan">${escapeHtml(words.t('poster.scan'))}</p>
  <p class="expires">${escapeHtml(words.t('poster.validUntil', { expires }))}</p>
  <p class="url">${escapeHtml(link.url)}</p>
</body></html>`;
}
