import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundlePageBridge } from './bundle-bridge';
import { launch, type Harness } from './launch';
import { serveRenderer, type StaticServer } from './static-server';

interface WorkerFixtures {
  rendererServer: StaticServer;
  bridgeScript: string;
}

/**
 * One fresh app per test: the real renderer build in Chromium, the real preload bridge, and the
 * real main-side dispatcher, core and sandbox in this Node process, on a new data dir and port 0.
 */
export const test = base.extend<{ app: Harness }, WorkerFixtures>({
  rendererServer: [
    async ({}, use) => {
      const server = await serveRenderer(resolve('out/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  bridgeScript: [async ({}, use) => use(await bundlePageBridge()), { scope: 'worker' }],
  app: async ({ context, page, rendererServer, bridgeScript }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'linkdesk-e2e-'));
    const errors: string[] = [];
    let current = await launch({
      context,
      page,
      dataDir,
      rendererUrl: rendererServer.url,
      bridgeScript,
      errors,
      onRestart: (next) => {
        current = next;
      },
    });
    await use(current);
    await current.main.stop();
    await rm(dataDir, { recursive: true, force: true });
    expect(errors, 'the renderer logged errors').toEqual([]);
  },
});

export { expect };
export type { Harness };
