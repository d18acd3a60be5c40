// Reading a session id out of what staff paste ("Add a session by ID").

/**
 * The session id in what staff paste: the id itself, a checkout URL (`…/checkout/{id}`), or a
 * success redirect (`…?sessionId=…`). Undefined when none can be found.
 */
export function sessionIdFrom(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return /^[\w-]{1,200}$/.test(trimmed) ? trimmed : undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  const fromQuery = url.searchParams.get('sessionId');
  if (fromQuery) return fromQuery;
  const match = /\/checkout\/([^/?#]+)/.exec(url.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
