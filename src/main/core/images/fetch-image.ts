import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { text, type Text } from '../../../shared/i18n/translator';
import { MAX_IMAGE_BYTES } from '../../../shared/limits';

export { MAX_IMAGE_BYTES };

/** How long one image may take to arrive, headers and body together. */
export const IMAGE_FETCH_TIMEOUT_MS = 5000;

/** Only raster images: an SVG can carry script and remote references. */
export type ImageType = 'image/png' | 'image/jpeg';

export type ImageResult = { ok: true; type: ImageType; bytes: Buffer } | { ok: false; problem: Text };

export interface FetchImageOptions {
  /** An extra certificate authority to trust besides the usual ones (the test harness's own). */
  extraCa?: string;
  timeoutMs?: number;
}

/** What the bytes are, from their first bytes: the Content-Type header is only the host's word. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** The image as a `data:` URL, which the renderer and the poster can show without a network call. */
export function dataUrlOf(image: { type: ImageType; bytes: Buffer }): string {
  return `data:${image.type};base64,${image.bytes.toString('base64')}`;
}

/**
 * One GET of an image, held to a size and a time, never following a redirect (the address the
 * owner typed is the one fetched). Never throws: a problem comes back in words for Settings.
 */
export function fetchImage(address: string, options: FetchImageOptions = {}): Promise<ImageResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.resolve(failed(text('image.badAddress')));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return Promise.resolve(failed(text('image.badAddress')));
  const host = url.host;
  const timeoutMs = options.timeoutMs ?? IMAGE_FETCH_TIMEOUT_MS;
  return new Promise((resolve) => {
    const settle = (result: ImageResult): void => {
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const get = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const tls = options.extraCa ? { ca: [...rootCertificates, options.extraCa] } : {};
    const request = get(url, { method: 'GET', headers: { accept: 'image/png, image/jpeg' }, ...tls }, (response) => {
      readImage(response, host).then(settle, () => settle(failed(text('image.unreachable', { host }))));
    });
    const timer = setTimeout(
      () => settle(failed(text('image.timedOut', { host, seconds: Math.round(timeoutMs / 1000) }))),
      timeoutMs,
    );
    request.on('error', () => settle(failed(text('image.unreachable', { host }))));
    request.end();
  });
}

async function readImage(response: IncomingMessage, host: string): Promise<ImageResult> {
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400) return failed(text('image.redirected', { host }));
  // Plain words, no HTTP code (#18): "not there" is the owner's to fix, the rest may pass.
  if (status === 404 || status === 410) return failed(text('image.notThere', { host }));
  if (status !== 200) return failed(text('image.refused', { host }));
  const declared = Number(response.headers['content-length']);
  if (declared > MAX_IMAGE_BYTES) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_IMAGE_BYTES) return tooLarge();
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const type = sniffImageType(bytes);
  return type ? { ok: true, type, bytes } : failed(text('image.notPngOrJpeg'));
}

const failed = (problem: Text): ImageResult => ({ ok: false, problem });
const tooLarge = (): ImageResult => failed(text('image.tooLarge', { kb: MAX_IMAGE_BYTES / 1024 }));
