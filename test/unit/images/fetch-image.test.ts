import { afterEach, describe, expect, it } from 'vitest';
import { fetchImage, IMAGE_FETCH_TIMEOUT_MS } from '../../../src/main/core/images/fetch-image';
import { MAX_IMAGE_SIDE, sniffImageType } from '../../../src/main/core/images/image-bytes';
import { MAX_IMAGE_BYTES } from '../../../src/shared/limits';
import { translator } from '../../../src/shared/i18n/translator';
import {
  fetchTrustingTestCa,
  pngOf,
  serveFiles,
  startImageHost,
  TEST_CA,
  type ImageHost,
} from '../../support/image-host';

// fetchImage against a real HTTPS host on loopback: what a shop owner's logo address can answer.

const hosts: ImageHost[] = [];
afterEach(async () => Promise.all(hosts.splice(0).map((host) => host.close())));
const host = async (...args: Parameters<typeof startImageHost>): Promise<ImageHost> => {
  const started = await startImageHost(...args);
  hosts.push(started);
  return started;
};
const said = (result: Awaited<ReturnType<typeof fetchImage>>): string =>
  result.ok ? 'ok' : translator('en').say(result.problem);
/** The start of a JPEG up to its frame header (as far as main reads), declaring `width` × `height`. */
function jpegHead(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0, 16, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return Buffer.from([0xff, 0xd8, ...app0, ...frame]);
}
const JPEG_START = jpegHead(64, 48);
/** A real PNG whose header is changed to claim `width` × `height` (a decompression bomb, when large). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await pngOf('bomb'));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

describe('fetchImage', () => {
  it('fetches a PNG over https and knows it by its bytes', async () => {
    const png = await pngOf('logo');
    const { base } = await host(serveFiles({ '/logo.png': png }));
    const result = await fetchTrustingTestCa(`${base}/logo.png`);
    expect(result).toEqual({ ok: true, type: 'image/png', bytes: png });
  });

  it('takes a JPEG whatever type the host claims, and refuses an SVG or HTML sent as image/png', async () => {
    const { base } = await host(
      serveFiles({
        '/a.jpg': JPEG_START,
        '/b.svg': Buffer.from('<svg onload="alert(1)"/>'),
        '/c': Buffer.from('<html>'),
      }),
    );
    expect(await fetchTrustingTestCa(`${base}/a.jpg`)).toMatchObject({ ok: true, type: 'image/jpeg' });
    for (const path of ['/b.svg', '/c'])
      expect(said(await fetchTrustingTestCa(`${base}${path}`))).toBe(
        'That file is not a PNG or JPEG picture. Use a PNG or JPEG.',
      );
  });

  it(`takes a picture of exactly MAX_IMAGE_BYTES (${MAX_IMAGE_BYTES}) and stops one byte past it, declared or not`, async () => {
    const exact = Buffer.concat([await pngOf('x'), Buffer.alloc(MAX_IMAGE_BYTES)]).subarray(0, MAX_IMAGE_BYTES);
    const over = Buffer.concat([exact, Buffer.from([0])]);
    const { base } = await host((req, res) => {
      if (req.url === '/exact') return void res.end(exact);
      if (req.url === '/declared') return void res.writeHead(200, { 'content-length': over.length }).end(over);
      res.write(over.subarray(0, 1000)); // chunked, with no length: counted as it arrives
      res.end(over.subarray(1000));
    });
    expect(await fetchTrustingTestCa(`${base}/exact`)).toMatchObject({ ok: true, type: 'image/png' });
    for (const path of ['/declared', '/chunked'])
      expect(said(await fetchTrustingTestCa(`${base}${path}`))).toBe(
        'The picture is larger than 256 KB. Use a smaller one.',
      );
  });

  it(`refuses a picture wider or taller than MAX_IMAGE_SIDE (${MAX_IMAGE_SIDE} px) before anything draws it`, async () => {
    const { base } = await host(
      serveFiles({
        '/edge.png': await pngClaiming(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
        '/bomb.png': await pngClaiming(100_000, 100_000),
        '/wide.png': await pngClaiming(MAX_IMAGE_SIDE + 1, 10),
        '/edge.jpg': jpegHead(MAX_IMAGE_SIDE, 10),
        '/tall.jpg': jpegHead(10, MAX_IMAGE_SIDE + 1),
        '/sizeless.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      }),
    );
    const tooBig = 'The picture is too big to show: more than 4,096 pixels wide or high. Use a smaller one.';
    expect(await fetchTrustingTestCa(`${base}/edge.png`)).toMatchObject({ ok: true, type: 'image/png' });
    expect(await fetchTrustingTestCa(`${base}/edge.jpg`)).toMatchObject({ ok: true, type: 'image/jpeg' });
    for (const path of ['/bomb.png', '/wide.png', '/tall.jpg'])
      expect(said(await fetchTrustingTestCa(`${base}${path}`)), path).toBe(tooBig);
    expect(said(await fetchTrustingTestCa(`${base}/sizeless.jpg`))).toBe(
      'That file is not a PNG or JPEG picture. Use a PNG or JPEG.',
    );
  });

  it('follows no redirect, and says in words (no HTTP code) what a 404 or a 503 means', async () => {
    const { base } = await host((req, res) => {
      if (req.url === '/moved') return void res.writeHead(302, { location: 'https://example.com/x.png' }).end();
      if (req.url === '/busy') return void res.writeHead(503).end();
      res.writeHead(404).end();
    });
    const hostName = new URL(base).host;
    expect(said(await fetchTrustingTestCa(`${base}/moved`))).toBe(
      `${hostName} sends the picture on to another address. Use the picture's final address.`,
    );
    expect(said(await fetchTrustingTestCa(`${base}/gone.png`))).toBe(
      `${hostName} has no picture at that address. Check the address.`,
    );
    expect(said(await fetchTrustingTestCa(`${base}/busy`))).toBe(
      `${hostName} would not send the picture. Check the address, or try again later.`,
    );
  });

  it('gives up on a host that never answers, within its time limit', async () => {
    const { base } = await host(() => {}); // holds the request open
    const result = await fetchImage(`${base}/slow.png`, { extraCa: TEST_CA, timeoutMs: 1000 });
    expect(said(result)).toBe(`${new URL(base).host} did not send the picture within 1 s. Check the connection.`);
    expect(IMAGE_FETCH_TIMEOUT_MS).toBe(5000);
  });

  it('does not trust a certificate the system does not, and says the host cannot be reached', async () => {
    const { base } = await host(serveFiles({ '/logo.png': await pngOf('logo') }));
    expect(said(await fetchImage(`${base}/logo.png`))).toBe(
      `Cannot reach ${new URL(base).host} to fetch the picture. Check the connection.`,
    );
  });

  it('answers a closed port and a non-web address in words, never by throwing', async () => {
    const closed = await startImageHost(() => {});
    await closed.close();
    expect(said(await fetchTrustingTestCa(`${closed.base}/logo.png`))).toMatch(/^Cannot reach 127\.0\.0\.1:\d+/);
    for (const address of ['file:///etc/passwd', 'not a url'])
      expect(said(await fetchImage(address))).toBe(
        "The picture's address is not a web address (it must start with https:// or http://).",
      );
  });
});

describe('sniffImageType', () => {
  it('knows PNG and JPEG by their signatures and nothing else', () => {
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(JPEG_START)).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffImageType(Buffer.from([0x89, 0x50]))).toBeUndefined();
  });
});
