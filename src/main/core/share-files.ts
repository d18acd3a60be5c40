// Files the staff save to share a checkout or a payment link: the QR alone, or a printable page
// as PDF. The user picks the path in a native dialog; the renderer never names one.
import type { Dialogs } from './ports-dialogs';
import type { PageSize, Printer } from './ports-printer';
import { writeQrFile } from './sessions/qr-file';

export type SaveResult = { cancelled: true } | { cancelled: false; file: string };

export async function saveQrAs(
  dialogs: Dialogs,
  url: string,
  format: 'png' | 'svg',
  defaultName: string,
  title: string,
): Promise<SaveResult> {
  const file = await dialogs.chooseSaveFile({
    title,
    defaultName: `${defaultName}.${format}`,
    extensions: [format],
  });
  if (!file) return { cancelled: true };
  await writeQrFile(file, url, format);
  return { cancelled: false, file };
}

export async function savePdfAs(
  dialogs: Dialogs,
  printer: Printer,
  page: { title: string; defaultName: string; html: string; paper?: PageSize },
): Promise<SaveResult> {
  const file = await dialogs.chooseSaveFile({
    title: page.title,
    defaultName: `${page.defaultName}.pdf`,
    extensions: ['pdf'],
  });
  if (!file) return { cancelled: true };
  await printer.savePdf(page.html, file, page.paper);
  return { cancelled: false, file };
}
