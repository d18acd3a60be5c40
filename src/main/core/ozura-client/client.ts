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
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new OzuraApiError(
        'unavailable',
        timedOut
          ? `${url.host} did not answer within ${Math.round(this.timeoutMs / 1000)} s. Check the connection.`
          : `Cannot reach ${url.host}. Check the connection.`,
      );
    }
    const body = parseJson(text);
    if (response.ok) {
      const parsed = schema.safeParse(body);
      if (parsed.success) return parsed.data;
      throw new OzuraApiError(
        'unavailable',
        `${url.host} sent an answer Linkdesk does not understand.`,
        response.status,
      );
    }
    const error = ApiErrorBody.safeParse(body);
    const apiMessage = error.success ? error.data.error : `HTTP ${response.status}`;
    const details = error.success ? (error.data.details ?? []) : [];
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

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
