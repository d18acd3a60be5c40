import type { BrowserContext, Page } from '@playwright/test';
import { createAppUrlMatcher } from '../../../src/main/app-url';
import { isOpenTo, type Audience } from '../../../src/shared/ipc/channels';
import { createLinkdeskMain, type LinkdeskMain } from '../../../src/main/compose';
import { fetchTrustingTestCa } from '../../support/image-host';
import { confStoreOpener } from '../../support/conf-store';
import { FakeCipher } from '../../support/fake-cipher';
import { FakeDialogs } from '../../support/fake-dialogs';
import { ShiftableTimers } from '../../support/shiftable-timers';

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
  /** Every call a window made to main, in order: what it asked, with what. */
  calls: { channel: string; input: unknown; audience: Audience }[];
  /** Slips sent to the (stand-in) OS print dialog, as HTML. */
  printed: string[];
  /** Titles of the system notifications main showed. */
  notifications: string[];
  /** The customer window, once the app has opened it. */
  customerPage(): Promise<Page>;
  /** The event channels main pushed to a page, in order (as Electron's sendEvent would). */
  deliveredTo(target: Page): string[];
  /** Main's clock: real, and moved forward by `clock.advance(ms)` (e.g. past the idle lock). */
  clock: ShiftableTimers;
  /** Quits the app (main and window) and starts it again on the same data dir. */
  restart(): Promise<Harness>;
}

export interface Launch {
  context: BrowserContext;
  page: Page;
  dataDir: string;
  rendererUrl: string;
  bridgeScript: string;
  errors: string[];
  /** Told about the new app after a restart. */
  onRestart?: (next: Harness) => void;
}

/** Starts main (core + sandbox) on `dataDir` and opens the renderer in `page`, wired through the real bridge. */
export async function launch({
  context,
  page,
  dataDir,
  rendererUrl,
  bridgeScript,
  errors,
  onRestart,
}: Launch): Promise<Harness> {
  const clipboard: string[] = [];
  const opened: string[] = [];
  const toRenderer: unknown[] = [];
  const dialogs = new FakeDialogs();
  const notifications: string[] = [];
  const printed: string[] = [];
  const calls: Harness['calls'] = [];
  // Set once the page is attached; main only calls it when the renderer asks.
  let openCustomerWindow: () => Promise<void> = () => Promise.reject(new Error('not ready'));
  const clock = new ShiftableTimers();
  const main = await createLinkdeskMain({
    dataDir,
    timers: clock,
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
    notify: (title) => {
      notifications.push(title);
    },
    openCustomerWindow: () => openCustomerWindow(),
    customerWindowOpen: () => customer !== undefined,
    // Chromium renders the PDF here, as Electron's printToPDF does in the app.
    printer: {
      print: (html) => {
        printed.push(html);
        return Promise.resolve();
      },
      savePdf: async (html, path, page = 'a4') => {
        const sheet = await context.newPage();
        await sheet.setContent(html);
        const size =
          typeof page === 'string'
            ? { format: page === 'letter' ? 'Letter' : 'A4' }
            : { width: `${page.widthMm}mm`, height: `${page.heightMm}mm` };
        await sheet.pdf({ path, ...size, printBackground: true });
        await sheet.close();
      },
    },
    cipher: new FakeCipher(),
    openStore: confStoreOpener(dataDir),
    // The app's own fetch, trusting also the certificate of the specs' HTTPS image host.
    imageFetch: fetchTrustingTestCa,
  });
  const delivered = new Map<Page, string[]>();
  // As in the app: the window's audience decides its bridge, what it may call and what it hears.
  const attach = async (target: Page, url: string, audience: Audience = 'staff'): Promise<void> => {
    const heard: string[] = [];
    delivered.set(target, heard);
    target.on('pageerror', (error) => errors.push(error.message));
    target.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await target.exposeBinding('__linkdeskInvoke', async (source, channel: unknown, input: unknown) => {
      calls.push({ channel: String(channel), input, audience });
      const answer = await main.dispatch(channel, input, source.frame.url(), audience);
      toRenderer.push(answer);
      return answer;
    });
    main.onEvent((channel, payload) => {
      if (!isOpenTo(channel, audience)) return;
      heard.push(channel);
      toRenderer.push({ channel, payload });
      target
        .evaluate(
          ([c, p]) => (window as unknown as { __linkdeskDeliver(c: string, p: unknown): void }).__linkdeskDeliver(c, p),
          [channel, payload] as const,
        )
        .catch(() => {
          // The page may be closing at the end of a test; nothing to deliver to.
        });
    });
    await target.addInitScript({
      content: `window.__linkdeskAudience = ${JSON.stringify(audience)};\n${bridgeScript}`,
    });
    await target.goto(url);
  };
  await attach(page, rendererUrl);
  let customer: Promise<Page> | undefined;
  let customerOpened: () => void = () => {};
  const customerAsked = new Promise<void>((resolve) => (customerOpened = resolve));
  openCustomerWindow = () => {
    customer ??= context.newPage().then(async (target) => {
      await attach(target, `${rendererUrl}#customer`, 'customer');
      // As Electron's window does: once closed, there is no customer window until it is opened again.
      target.on('close', () => (customer = undefined));
      return target;
    });
    customerOpened();
    return customer.then(() => undefined);
  };
  const harness: Harness = {
    page,
    main,
    clipboard,
    opened,
    dialogs,
    toRenderer,
    notifications,
    printed,
    calls,
    dataDir,
    rendererUrl,
    clock,
    deliveredTo: (target) => delivered.get(target) ?? [],
    async customerPage() {
      await customerAsked;
      if (!customer) throw new Error('the customer window was never opened');
      return customer;
    },
    async restart() {
      // As when the window is closed: the page's unload handlers run (e.g. saving the draft).
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      await main.stop();
      const next = await launch({
        context,
        page: await context.newPage(),
        dataDir,
        rendererUrl,
        bridgeScript,
        errors,
        ...(onRestart && { onRestart }),
      });
      onRestart?.(next);
      return next;
    },
  };
  return harness;
}
