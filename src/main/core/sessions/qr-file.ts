import QRCode from 'qrcode';

/**
 * The QR of a checkout link as a file: error correction M and a quiet zone of 4 modules, like
 * the one on screen; PNG at 1024 px for print, SVG for any size.
 */
export async function writeQrFile(path: string, url: string, format: 'png' | 'svg'): Promise<void> {
  await QRCode.toFile(path, url, { type: format, errorCorrectionLevel: 'M', margin: 4, width: 1024 });
}
