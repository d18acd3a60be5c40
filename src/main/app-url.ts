/**
 * Builds the test "is this our own page?" for a renderer loaded from `appUrl` (app://linkdesk/
 * in the app, the dev server or the harness's http://127.0.0.1 otherwise). Used for the IPC
 * sender check and the navigation guard alike.
 */
export function createAppUrlMatcher(appUrl: string): (url: string | undefined) => boolean {
  const app = new URL(appUrl);
  return (url) => {
    if (!url) return false;
    let candidate: URL;
    try {
      candidate = new URL(url);
    } catch {
      return false;
    }
    if (app.protocol === 'file:') return candidate.protocol === 'file:' && candidate.pathname === app.pathname;
    if (app.protocol !== 'http:' && app.protocol !== 'https:')
      // A custom scheme's origin reads "null": compare scheme and host instead.
      return candidate.protocol === app.protocol && candidate.host === app.host;
    return candidate.origin === app.origin;
  };
}
