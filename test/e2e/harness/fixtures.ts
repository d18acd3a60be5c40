import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppUrlMatcher } from '../../../src/main/app-url';
import { createLinkdeskMain, type LinkdeskMain } from '../../../src/main/compose';
import { confStoreOpener } from '../../support/conf-store';
import { FakeCipher } from '../../support/fake-cipher';
import { FakeDialogs } from '../../support/fake-dialogs';
import { bundlePageBridge } from './bundle-bridge';
import { serveRenderer, type StaticServer } from './static-server';

export interface Harness {
  page: Page;
  main: LinkdeskMain;
  /** What main's clipboard port was given, newest last. */
  clipboard: string[];
  /** Every payload that crossed from main to the renderer: invoke answers and pushed events. */
  toRenderer: unknown[];
  /** URLs main handed to the system browser. */
  opened: string[];
  /** Stands in for the native file dialogs: queue the paths the "user" picks. */
  dialogs: FakeDialogs;
  dataDir: string;
  rendererUrl: string;
  /** Quits the app (main and window) and starts it again on the same data dir. */
  restart(): Promise<Harness>;
}

interface WorkerFixtures {
  rendererServer: StaticServer;
  bridgeScript: string;
}

interface Launch {
  context: BrowserContext;
  page: Page;
  dataDir: string;
  rendererUrl: string;
  bridgeScript: string;
  errors: string[];
}

/** Starts main (core + sandbox) on `dataDir` and opens the renderer in `page`, wired through the real bridge. */
async function launch({ context, page, dataDir, rendererUrl, bridgeScript, errors }: Launch): Promise<Harness> {
  const clipboard: string[] = [];
  const opened: string[] = [];
  const toRenderer: unknown[] = [];
  const dialogs = new FakeDialogs();
  const main = await createLinkdeskMain({
    dataDir,
    version: '0.0.0-harness',
    clipboard: {
      writeText: (text) => {
        clipboard.push(text);
      },
    },
    isTrustedSender: createAppUrlMatcher(rendererUrl),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    dialogs,
    cipher: new FakeCipher(),
    openStore: confStoreOpener(dataDir),
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeBinding('__linkdeskInvoke', async (source, channel: unknown, input: unknown) => {
    const answer = await main.dispatch(channel, input, source.frame.url());
    toRenderer.push(answer);
    return answer;
  });
  main.onEvent((channel, payload) => {
    toRenderer.push({ channel, payload });
    page
      .evaluate(
        ([c, p]) => (window as unknown as { __linkdeskDeliver(c: string, p: unknown): void }).__linkdeskDeliver(c, p),
        [channel, payload] as const,
      )
      .catch(() => {
        // The page may be closing at the end of a test; nothing to deliver to.
      });
  });
  await page.addInitScript({ content: bridgeScript });
  await page.goto(rendererUrl);
  const harness: Harness = {
    page,
    main,
    clipboard,
    opened,
    dialogs,
    toRenderer,
    dataDir,
    rendererUrl,
    async restart() {
      await page.close();
      await main.stop();
      const next = await launch({ context, page: await context.newPage(), dataDir, rendererUrl, bridgeScript, errors });
      current = next;
      return next;
    },
  };
  current = harness;
  return harness;
}

let current: Harness | undefined;

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
    await use(await launch({ context, page, dataDir, rendererUrl: rendererServer.url, bridgeScript, errors }));
    await current?.main.stop();
    await rm(dataDir, { recursive: true, force: true });
    expect(errors, 'the renderer logged errors').toEqual([]);
  },
});

export { expect };
