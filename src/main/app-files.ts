import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The one host of the app's own scheme: `app://linkdesk/index.html`. */
export const APP_HOST = 'linkdesk';

/**
 * The file under `root` that an `app://linkdesk/…` request names, or undefined when the request
 * is for another host or would leave `root` (`..`, encoded or not, or an absolute path).
 */
export function resolveAppFile(root: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.startsWith('//')) return undefined;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return undefined;
  return file;
}
