import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes the QR code in a PNG screenshot, or returns undefined if none can be read. */
export function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  const result = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  return result?.data;
}
