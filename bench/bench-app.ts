import type { Browser, BrowserContext } from '@playwright/test';
import { bundlePageBridge } from '../test/e2e/harness/bundle-bridge';
import { launch, type Harness } from '../test/e2e/harness/launch';

/** The app in the harness on `dataDir`, in a fresh 1280×900 context of `browser`. */
export async function openBenchApp(
  browser: Browser,
  rendererUrl: string,
  dataDir: string,
): Promise<{ context: BrowserContext; app: Harness }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = await launch({
    context,
    page: await context.newPage(),
    dataDir,
    rendererUrl,
    bridgeScript: await bundlePageBridge(),
    errors: [],
  });
  return { context, app };
}
