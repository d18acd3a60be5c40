import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { text, type Text } from '../../../shared/i18n/translator';
import { MAX_IMAGE_BYTES } from '../../../shared/limits';
import { checkImage, MAX_IMAGE_SIDE, type ImageType } from './image-bytes';

/** How long one image may take to arrive, headers and body together. */
export const IMAGE_FETCH_TIMEOUT_MS = 5000;

export type ImageResult = { ok: true; type: ImageType; bytes: Buffer } | { ok: false; problem: Text };

export interface FetchImageOptions {
  /** An extra certificate authority to trust besides the usual ones (the test harness's own). */
  extraCa?: string;
  timeoutMs?: number;
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
  const checked = checkImage(bytes);
  if ('type' in checked) return { ok: true, type: checked.type, bytes };
  return failed(
    checked.refused === 'too-many-pixels'
      ? text('image.tooManyPixels', { side: MAX_IMAGE_SIDE })
      : text('image.notPngOrJpeg'),
  );
}

const failed = (problem: Text): ImageResult => ({ ok: false, problem });
const tooLarge = (): ImageResult => failed(text('image.tooLarge', { kb: MAX_IMAGE_BYTES / 1024 }));
