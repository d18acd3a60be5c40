// The renderer is served from app://linkdesk/, a privileged custom scheme, not file://: CSP
// 'self' then means the app's own folder, not the whole disk (Electron security checklist 18).
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAppFile } from '../app-files';

export const APP_SCHEME = 'app';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app://linkdesk/… from the files under `root`, and nothing outside it. */
export function serveAppFiles(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href).catch(() => new Response('Not found', { status: 404 }));
  });
}
