import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { fetchImage, type ImageResult } from '../../src/main/core/images/fetch-image';

// A real web host for logos and product pictures on loopback: HTTPS with the tests' own
// certificate (test/fixtures/tls), or plain HTTP. Each test says what it answers.

const TLS_DIR = fileURLToPath(new URL('../fixtures/tls/', import.meta.url));
export const TEST_CA = readFileSync(join(TLS_DIR, 'cert.pem'), 'utf8');
const TEST_KEY = readFileSync(join(TLS_DIR, 'key.pem'), 'utf8');

/** Fetches as the app does, trusting the tests' certificate as well. */
export const fetchTrustingTestCa = (url: string): Promise<ImageResult> => fetchImage(url, { extraCa: TEST_CA });

/** A real PNG (a QR of `text`, which the tests can decode back). */
export function pngOf(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', margin: 1, width: 120 });
}

/** A real PNG that is not a QR (a logo beside a poster's QR must not be read instead of it): a band of `rgb` on white. */
export function bandPng(rgb: [number, number, number], width = 160, height = 60): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const inBand = y > height / 4 && y < (3 * height) / 4;
      const at = (y * width + x) * 4;
      png.data.set(inBand ? [...rgb, 255] : [255, 255, 255, 255], at);
    }
  return PNG.sync.write(png);
}

export interface ImageHost {
  base: string;
  /** The paths asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

type Answer = (req: IncomingMessage, res: ServerResponse) => void;

export async function startImageHost(answer: Answer, protocol: 'https' | 'http' = 'https'): Promise<ImageHost> {
  const asked: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    asked.push(req.url ?? '/');
    answer(req, res);
  };
  const server: Server =
    protocol === 'https' ? createHttpsServer({ cert: TEST_CA, key: TEST_KEY }, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `${protocol}://127.0.0.1:${port}`,
    asked,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers every path in `files` with its bytes (and its type), anything else with 404. */
export function serveFiles(files: Record<string, Buffer>): Answer {
  return (req, res) => {
    const body = files[req.url ?? ''];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length }).end(body);
  };
}
