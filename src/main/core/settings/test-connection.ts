import { text, type Text } from '../../../shared/i18n/translator';
import type { ConnectionResult } from '../../../shared/settings';

/** A test's outcome and what to tell the shop owner about it, not yet in a language. */
export interface ConnectionVerdict {
  outcome: ConnectionResult['outcome'];
  text: Text;
}
import type { OzuraCredentials } from '../ozura-client/client';

const PROBE_ID = 'session_linkdeskprobe00';

/**
 * Tells whether a host is an Ozura Checkout API and whether it accepts these keys, without
 * creating a session or charging anything:
 * 1. `GET /api/sessions/{made-up id}` must answer with the API's JSON error envelope (a 404);
 * 2. `POST /api/sessions/create` with an empty body and the keys: `401` means the keys were
 *    refused; `400` means they were accepted and only the (deliberately empty) body was refused.
 */
export async function testConnection(
  baseUrl: string,
  keys: OzuraCredentials | undefined,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 8000,
): Promise<ConnectionVerdict> {
  const host = new URL(baseUrl).host;
  const call = async (path: string, init: RequestInit): Promise<{ status: number; body: unknown } | undefined> => {
    try {
      const response = await fetchImpl(new URL(path, baseUrl), { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { status: response.status, body };
    } catch {
      return undefined;
    }
  };

  const probe = await call(`/api/sessions/${PROBE_ID}`, { method: 'GET' });
  if (!probe) return { outcome: 'unreachable', text: text('test.unreachableAddress', { host }) };
  if ((probe.body as { success?: unknown } | undefined)?.success !== false) {
    return {
      outcome: 'unexpected',
      text: text('test.notOzura', { host }),
    };
  }
  if (!keys) return { outcome: 'no-keys', text: text('test.noKeys', { host }) };

  const create = await call('/api/sessions/create', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': keys.apiKey, 'x-ozura-api-key': keys.merchantKey },
    // eslint-disable-next-line formatjs/no-literal-string-in-object -- an HTTP body, not words
    body: '{}',
  });
  if (!create) return { outcome: 'unreachable', text: text('ozura.unreachable', { host }) };
  if (create.status === 401 || create.status === 403) {
    return {
      outcome: 'rejected',
      text: text('test.keysRejected', { status: create.status }),
    };
  }
  if (create.status === 400) return { outcome: 'accepted', text: text('test.keysAccepted', { host }) };
  if (create.status === 429) return { outcome: 'unexpected', text: text('test.limited', { host }) };
  return { outcome: 'unexpected', text: text('test.unexpectedStatus', { host, status: create.status }) };
}
