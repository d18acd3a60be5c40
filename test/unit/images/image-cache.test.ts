import { mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchImage } from '../../../src/main/core/images/fetch-image';
import { MAX_IMAGE_BYTES } from '../../../src/shared/limits';
import { ImageCache, MAX_IMAGE_FILES, MAX_IMAGES_IN_MEMORY } from '../../../src/main/core/images/image-cache';
import { silentLogger } from '../../../src/main/core/ports';
import { pngOf, serveFiles, startImageHost, type ImageHost } from '../../support/image-host';
import { tempDir } from '../helpers/main';
import { mountTinyDisk, fillDisk } from '../helpers/tiny-disk';

// The cache over a real HTTP host and a real folder: pictures survive a festival gate with no network.

const hosts: ImageHost[] = [];
afterEach(async () => Promise.all(hosts.splice(0).map((host) => host.close())));
async function hostOf(files: Record<string, Buffer>): Promise<ImageHost> {
  const host = await startImageHost(serveFiles(files), 'http');
  hosts.push(host);
  return host;
}
const cacheIn = (dir: string): ImageCache => new ImageCache(dir, (url) => fetchImage(url), silentLogger);
const hexFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((name) => /^[0-9a-f]{64}$/.test(name));

describe('ImageCache', () => {
  it('fetches a picture once per run, and serves the copy on disk when the host is gone', async () => {
    const png = await pngOf('tea');
    const host = await hostOf({ '/tea.png': png });
    const dir = await tempDir();
    const cache = cacheIn(dir);
    expect(await cache.get(`${host.base}/tea.png`)).toMatchObject({ ok: true, bytes: png });
    expect(await cache.get(`${host.base}/tea.png`)).toMatchObject({ ok: true, bytes: png });
    expect(host.asked).toEqual(['/tea.png']);

    await host.close();
    const nextRun = cacheIn(dir);
    expect(await nextRun.get(`${host.base}/tea.png`)).toMatchObject({ ok: true, type: 'image/png', bytes: png });
  });

  it('refreshes the copy on disk in the background, so a changed logo shows on the next ask', async () => {
    const dir = await tempDir();
    const files = { '/logo.png': await pngOf('old') };
    const host = await hostOf(files);
    await cacheIn(dir).get(`${host.base}/logo.png`);
    files['/logo.png'] = await pngOf('new');
    const cache = cacheIn(dir);
    expect(await cache.get(`${host.base}/logo.png`)).toMatchObject({ bytes: await pngOf('old') });
    const fresh = await pngOf('new');
    await expect.poll(() => cache.get(`${host.base}/logo.png`)).toMatchObject({ bytes: fresh });
  });

  it('does not write the copy again when the refreshed picture is the same, only marks it fetched', async () => {
    const dir = await tempDir();
    const host = await hostOf({ '/same.png': await pngOf('same') });
    await cacheIn(dir).get(`${host.base}/same.png`);
    const [copy] = await hexFiles(dir);
    if (!copy) throw new Error('no copy kept');
    const longAgo = new Date('2026-01-01T00:00:00Z');
    await utimes(join(dir, copy), longAgo, longAgo);
    const before = await stat(join(dir, copy));
    await cacheIn(dir).get(`${host.base}/same.png`);
    await expect.poll(() => host.asked.length).toBe(2); // refreshed in the background
    // Marked as fetched now (the trim keeps it), but the same file: not written and flushed again.
    await expect.poll(async () => (await stat(join(dir, copy))).mtimeMs).toBeGreaterThan(longAgo.getTime());
    expect((await stat(join(dir, copy))).ino).toBe(before.ino);
  });

  it('does not remember a failure: the next ask tries again', async () => {
    const files: Record<string, Buffer> = {};
    const host = await hostOf(files);
    const cache = cacheIn(await tempDir());
    expect(await cache.get(`${host.base}/late.png`)).toMatchObject({ ok: false });
    files['/late.png'] = await pngOf('late');
    expect(await cache.get(`${host.base}/late.png`)).toMatchObject({ ok: true });
  });

  it('throws away a damaged or oversized copy instead of showing it', async () => {
    const dir = await tempDir();
    const host = await hostOf({ '/a.png': await pngOf('a'), '/b.png': await pngOf('b') });
    await cacheIn(dir).get(`${host.base}/a.png`);
    await cacheIn(dir).get(`${host.base}/b.png`);
    const [first, second] = await hexFiles(dir);
    if (!first || !second) throw new Error('no copies kept');
    await writeFile(join(dir, first), '<html>not a picture</html>');
    await writeFile(join(dir, second), Buffer.concat([await pngOf('big'), Buffer.alloc(MAX_IMAGE_BYTES)]));
    await host.close();
    const offline = cacheIn(dir);
    for (const path of ['/a.png', '/b.png'])
      expect(await offline.get(`${host.base}${path}`)).toMatchObject({ ok: false });
    expect(await hexFiles(dir)).toEqual([]);
  });

  it(`keeps at most MAX_IMAGE_FILES (${MAX_IMAGE_FILES}) copies, dropping the oldest`, async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    const png = await pngOf('old');
    const old = new Date('2026-01-01T00:00:00Z');
    for (let n = 0; n < MAX_IMAGE_FILES; n++) {
      const name = n.toString(16).padStart(64, '0');
      await writeFile(join(dir, name), png);
      await utimes(join(dir, name), old, new Date(old.getTime() + n * 1000));
    }
    const host = await hostOf({ '/new.png': await pngOf('new') });
    await cacheIn(dir).get(`${host.base}/new.png`);
    const kept = await hexFiles(dir);
    expect(kept).toHaveLength(MAX_IMAGE_FILES);
    expect(kept).not.toContain('0'.padStart(64, '0'));
    expect(kept).toContain('1'.padStart(64, '0'));
  });

  it(`holds at most MAX_IMAGES_IN_MEMORY (${MAX_IMAGES_IN_MEMORY}) pictures in memory`, async () => {
    const files: Record<string, Buffer> = {};
    const png = await pngOf('p');
    for (let n = 0; n <= MAX_IMAGES_IN_MEMORY; n++) files[`/${n}.png`] = png;
    const host = await hostOf(files);
    const dir = await tempDir();
    const cache = cacheIn(dir);
    for (let n = 0; n <= MAX_IMAGES_IN_MEMORY; n++) await cache.get(`${host.base}/${n}.png`);
    await cache.get(`${host.base}/${MAX_IMAGES_IN_MEMORY}.png`); // the newest: still in memory
    expect(host.asked.filter((path) => path === `/${MAX_IMAGES_IN_MEMORY}.png`)).toHaveLength(1);
    await cache.get(`${host.base}/0.png`); // the oldest went: read from disk, refreshed from the host
    await expect.poll(() => host.asked.filter((path) => path === '/0.png').length).toBe(2);
  });

  it('still shows the picture when the disk is full; only the offline copy is lost', async () => {
    const disk = await mountTinyDisk(256 * 1024);
    if (!disk) return;
    try {
      await fillDisk(disk.dir);
      const png = await pngOf('full');
      const host = await hostOf({ '/full.png': png });
      const cache = new ImageCache(join(disk.dir, 'images'), (url) => fetchImage(url), silentLogger);
      expect(await cache.get(`${host.base}/full.png`)).toMatchObject({ ok: true, bytes: png });
      expect(await hexFiles(join(disk.dir, 'images'))).toEqual([]);
    } finally {
      await disk.unmount();
    }
  });
});
