import { apiFailure } from '../helpers/api-error';
import { describe, expect, it } from 'vitest';
import { serve } from '../helpers/raw-server';
import { OzuraClient } from '../../../src/main/core/ozura-client/client';
import { MAX_RESPONSE_BYTES, RETRY_AFTER_MAX_MS, RETRY_AFTER_MIN_MS } from '../../../src/main/core/ozura-client/limits';
import type { CreateSessionRequest } from '../../../src/shared/ozura/create-request';

// #15 "Keys" and "API misbehaviour": a hostile or broken API host, played by a raw HTTP server.

const credentials = { apiKey: 'vault_secret_key_123', merchantKey: 'merchant_secret_key_456' };
const body = { merchantId: 'ozu_x', amount: '5.00', currency: 'USD' } as unknown as CreateSessionRequest;
const noWait = (): Promise<void> => Promise.resolve();

describe('attack 2: redirects never carry keys', () => {
  it('a 307 to another origin is an error naming that host, and the other host hears nothing', async () => {
    const elsewhere = await serve((res) => res.end('{}'));
    const api = await serve((res) => {
      res.writeHead(307, { location: `${elsewhere.base}/steal` });
      res.end();
    });
    const client = new OzuraClient({ baseUrl: api.base, credentials, sleep: noWait });
    const error = await apiFailure(client.createSession(body));
    expect(error.message).toContain(new URL(elsewhere.base).host);
    expect(elsewhere.seen).toHaveLength(0);
  });
});

describe('attack 3: an error body that echoes the keys', () => {
  it.each([400, 403, 409, 422])('%i: neither key reaches the message or the details', async (status) => {
    const api = await serve((res, headers) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          success: false,
          error: `bad key ${String(headers['x-api-key'])}`,
          details: [
            `X-OZURA-API-KEY: ${String(headers['x-ozura-api-key'])}`,
            `x-api-key=${String(headers['x-api-key'])}`,
          ],
        }),
      );
    });
    const client = new OzuraClient({ baseUrl: api.base, credentials, sleep: noWait });
    const error = await apiFailure(client.createSession(body));
    const text = JSON.stringify({ message: error.message, details: error.details });
    expect(text).not.toContain(credentials.apiKey);
    expect(text).not.toContain(credentials.merchantKey);
  });
});

describe('attack 14: response bodies are capped', () => {
  it(`a 200 with a body over ${MAX_RESPONSE_BYTES} bytes is refused without reading it all`, async () => {
    let sent = 0;
    const api = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (sent < 300 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
    const client = new OzuraClient({ baseUrl: api.base, credentials, sleep: noWait });
    const error = await apiFailure(client.getSession('session_x'));
    expect(error.message).toMatch(/too large/i);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('an endless body is cut off too', async () => {
    const api = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(Buffer.alloc(256 * 1024, 0x20)), 1);
      res.on('close', () => clearInterval(timer));
    });
    const client = new OzuraClient({ baseUrl: api.base, credentials, sleep: noWait });
    expect((await apiFailure(client.getSession('session_x'))).message).toMatch(/too large/i);
  });
});

describe('attack 15: Retry-After is clamped', () => {
  it.each([
    ['0', RETRY_AFTER_MIN_MS],
    ['4000000', RETRY_AFTER_MAX_MS],
    ['-5', RETRY_AFTER_MIN_MS],
  ])('Retry-After: %s is read as %i ms', async (header, expected) => {
    const api = await serve((res) => {
      res.writeHead(503, { 'retry-after': header });
      res.end();
    });
    const client = new OzuraClient({ baseUrl: api.base, credentials, sleep: noWait });
    expect((await apiFailure(client.getSession('session_x'))).retryAfterMs).toBe(expected);
  });
});
