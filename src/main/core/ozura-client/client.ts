import type { z } from 'zod';
import type { CreatePaymentLinkRequest, CreateSessionRequest } from '../../../shared/ozura/create-request';
import {
  ApiErrorBody,
  CreatePaymentLinkResponse,
  CreateSessionResponse,
  type CreatePaymentLinkData,
  GetSessionResponse,
  type CreateSessionData,
  type RemoteSession,
} from '../../../shared/ozura/responses';
import { OzuraApiError, describeStatus } from './errors';
import { text as message } from '../../../shared/i18n/translator';
import { MAX_RESPONSE_BYTES, RETRY_AFTER_MAX_MS, RETRY_AFTER_MIN_MS } from './limits';
import { scrubKeys } from './scrub';

export interface OzuraCredentials {
  /** Vault key, sent as `X-API-KEY`. */
  apiKey: string;
  /** Merchant key, sent as `X-OZURA-API-KEY`. */
  merchantKey: string;
}

export interface OzuraClientOptions {
  baseUrl: string;
  credentials: OzuraCredentials;
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts for a create, which is safe to repeat because it carries an idempotency key. */
  maxAttempts?: number;
  /** First back-off delay; it doubles each retry. */
  retryDelayMs?: number;
  /** The longest `Retry-After` a create will wait out before giving up. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told how each call went: an answer means the host is reachable (the app's offline banner listens). */
  observer?: ReachabilityObserver;
  /**
   * Who the host is, as staff know it: a host that does not answer is then named so ("The built-in
   * sandbox is not answering"), not by its address and port. Without it the address is said.
   */
  known?: { kind: 'sandbox' | 'ozura' | 'custom'; name: string };
}

/** Hears whether the API host answered a call (any HTTP answer) or could not be reached. */
export interface ReachabilityObserver {
  reachable(): void;
  report(error: unknown): void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** HTTP client for the Ozura Checkout API: timeouts, retries with back-off, parsed responses. */
export class OzuraClient {
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OzuraClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 5_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** `POST /api/sessions/create`. Retried on network errors, 5xx and short 429s. */
  async createSession(request: CreateSessionRequest): Promise<CreateSessionData> {
    const { data } = await this.observed(() =>
      this.withRetries(() => this.request('/api/sessions/create', CreateSessionResponse, this.post(request))),
    );
    return data;
  }

  /** `POST /api/payment-links/create`, retried like a session create (it carries an idempotency key too). */
  async createPaymentLink(request: CreatePaymentLinkRequest): Promise<CreatePaymentLinkData> {
    const { data } = await this.observed(() =>
      this.withRetries(() => this.request('/api/payment-links/create', CreatePaymentLinkResponse, this.post(request))),
    );
    return data;
  }

  /** `GET /api/sessions/{id}`: one attempt; the watcher owns the retry cadence. */
  async getSession(sessionId: string): Promise<RemoteSession> {
    const { data } = await this.observed(() =>
      this.request(`/api/sessions/${encodeURIComponent(sessionId)}`, GetSessionResponse, { method: 'GET' }),
    );
    return data.session;
  }

  /** One whole call (retries included), reported to the observer once it has settled. */
  private async observed<T>(call: () => Promise<T>): Promise<T> {
    const { observer } = this.options;
    try {
      const answer = await call();
      observer?.reachable();
      return answer;
    } catch (error) {
      observer?.report(error);
      throw error;
    }
  }

  private post(body: object): RequestInit {
    return {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': this.options.credentials.apiKey,
        'x-ozura-api-key': this.options.credentials.merchantKey,
      },
      body: JSON.stringify(body),
    };
  }

  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof OzuraApiError) || error.kind !== 'unavailable' || n >= this.maxAttempts) throw error;
        const wait = error.retryAfterMs ?? this.retryDelayMs * 2 ** (n - 1);
        if (wait > this.maxRetryAfterMs) throw error;
        await this.sleep(wait);
      }
    }
  }

  private async request<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.output<S>> {
    const url = new URL(path, this.options.baseUrl);
    const tooLarge = new AbortController();
    let response: Response;
    let text: string;
    try {
      // Never follow a redirect: the keys belong to this host alone.
      const signal = AbortSignal.any([AbortSignal.timeout(this.timeoutMs), tooLarge.signal]);
      response = await this.fetch(url, { ...init, redirect: 'manual', signal });
      text = await readCapped(response, tooLarge);
    } catch (error) {
      if (tooLarge.signal.aborted) {
        throw new OzuraApiError('unavailable', message('ozura.answerTooLarge', { host: url.host }));
      }
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      const { known } = this.options;
      throw new OzuraApiError(
        'unavailable',
        known
          ? message(`ozura.notAnswering.${known.kind}`, { profile: known.name })
          : timedOut
            ? message('ozura.timedOut', { host: url.host, seconds: Math.round(this.timeoutMs / 1000) })
            : message('ozura.unreachable', { host: url.host }),
      );
    }
    if (response.status >= 300 && response.status < 400) throw redirectError(url, response);
    const body = parseJson(text);
    if (response.ok) {
      const parsed = schema.safeParse(body);
      if (parsed.success) return parsed.data;
      throw new OzuraApiError('unavailable', message('ozura.answerNotUnderstood', { host: url.host }), response.status);
    }
    const error = ApiErrorBody.safeParse(body);
    // Whatever the host says goes to the screen and the logs: never with a key in it.
    const scrub = (said: string): string => scrubKeys(said, this.options.credentials);
    const apiMessage = error.success ? scrub(error.data.error) : `HTTP ${response.status}`;
    const details = error.success ? (error.data.details ?? []).map(scrub) : [];
    const retryable = response.status === 429 || response.status >= 500;
    throw new OzuraApiError(
      retryable ? 'unavailable' : 'rejected',
      describeStatus(response.status, details.length > 0 ? details.join('; ') : apiMessage),
      response.status,
      details,
      retryAfterMs(response.headers.get('retry-after')),
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds, clamped to [1 s, 10 min]. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const date = Date.parse(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Number.isNaN(date) ? undefined : date - Date.now();
  return ms === undefined ? undefined : Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}

/** The body as text, read no further than MAX_RESPONSE_BYTES (past that the request is aborted). */
async function readCapped(response: Response, abort: AbortController): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      abort.abort();
      throw new Error('too large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A redirect is refused: following it would send the keys to a host they were not saved for. */
function redirectError(url: URL, response: Response): OzuraApiError {
  const location = response.headers.get('location');
  let target = '—';
  try {
    if (location) target = new URL(location, url).host;
  } catch {
    // An unreadable Location still gets the refusal, naming no host.
  }
  return new OzuraApiError('rejected', message('ozura.redirectRefused', { host: url.host, target }), response.status);
}
