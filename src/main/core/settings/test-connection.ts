import type { ConnectionResult } from '../../../shared/settings';
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
): Promise<ConnectionResult> {
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
  if (!probe) return { outcome: 'unreachable', message: `Cannot reach ${host}. Check the address and the connection.` };
  if ((probe.body as { success?: unknown } | undefined)?.success !== false) {
    return {
      outcome: 'unexpected',
      message: `${host} answers, but not like the Ozura Checkout API. Check the base URL.`,
    };
  }
  if (!keys) return { outcome: 'no-keys', message: `${host} is reachable. Add the two API keys to test them.` };

  const create = await call('/api/sessions/create', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': keys.apiKey, 'x-ozura-api-key': keys.merchantKey },
    body: '{}',
  });
  if (!create) return { outcome: 'unreachable', message: `Cannot reach ${host}. Check the connection.` };
  if (create.status === 401 || create.status === 403) {
    return {
      outcome: 'rejected',
      message: `Keys rejected (${create.status}). Check both keys in your Ozura dashboard.`,
    };
  }
  if (create.status === 400) return { outcome: 'accepted', message: `Keys accepted by ${host}.` };
  if (create.status === 429)
    return { outcome: 'unexpected', message: `${host} is limiting requests (429). Try again in a minute.` };
  return { outcome: 'unexpected', message: `${host} answered ${create.status}; the keys could not be checked.` };
}
