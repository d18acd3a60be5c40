// The built-in Ozura Checkout emulator: one class, configured by its constructor, owned by
// whoever starts it (the app's composition root, a test, or the CLI). No Electron here.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ACCOUNT, type SandboxAccount } from './accounts';
import { SandboxApi, UNAUTHORIZED, type ApiReply } from './api';
import { SandboxClock, type Clock } from './clock';
import { CheckoutEngine, DEFAULT_ATTEMPT_LIMIT } from './engine';
import { FaultPlan, Faults } from './faults';
import { HostedPages, type PageReply } from './hosted';
import { BodyTooLargeError, readBody, redirect, sendHtml, sendJson } from './http-util';
import type { SandboxSession } from './model';
import { RateLimiter } from './rate-limit';
import { SandboxState } from './state';

export interface SandboxOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  accounts?: readonly SandboxAccount[];
  /** Persist sessions and links to this JSON file; in memory when absent. */
  dataFile?: string;
  /** Time source under the test clock; the real clock by default. */
  clock?: Clock;
  attemptLimit?: number;
  /** Requests per minute per API key on the create endpoints (G18); unlimited when absent. */
  rateLimitPerMinute?: number;
}

export interface SandboxEvents {
  'session-changed': [session: SandboxSession];
  /** A request handler threw; the client got a 500. */
  'request-failed': [error: unknown];
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

export class OzuraSandbox extends EventEmitter<SandboxEvents> {
  readonly clock: SandboxClock;
  readonly faults = new Faults();
  readonly state: SandboxState;
  private readonly api: SandboxApi;
  private readonly pages: HostedPages;
  private readonly engine: CheckoutEngine;
  private readonly rateLimiter?: RateLimiter;
  private server?: Server;
  private url?: string;

  constructor(private readonly options: SandboxOptions = {}) {
    super();
    this.clock = new SandboxClock(options.clock);
    this.state = new SandboxState(options.dataFile);
    this.engine = new CheckoutEngine(
      this.state,
      this.clock,
      (session) => this.emit('session-changed', session),
      options.attemptLimit ?? DEFAULT_ATTEMPT_LIMIT,
    );
    this.api = new SandboxApi(
      options.accounts ?? [DEFAULT_ACCOUNT],
      this.state,
      this.engine,
      this.clock,
      () => this.baseUrl,
    );
    this.pages = new HostedPages(this.state, this.engine, this.clock);
    if (options.rateLimitPerMinute !== undefined) {
      this.rateLimiter = new RateLimiter(options.rateLimitPerMinute, () => this.clock.now());
    }
  }

  /** The base URL, e.g. `http://127.0.0.1:40123`. Throws before `start()`. */
  get baseUrl(): string {
    if (!this.url) throw new Error('The sandbox is not started');
    return this.url;
  }

  /** Loads saved state and listens. Resolves to the base URL. */
  async start(): Promise<{ baseUrl: string; movedAside?: string }> {
    const loaded = await this.state.load();
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { success: false, error: 'Internal sandbox error' });
        else res.destroy();
        this.emit('request-failed', error);
      });
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.server = server;
    this.url = `http://${host}:${address.port}`;
    return { baseUrl: this.url, ...loaded };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.state.flush();
  }

  /** A session as the sandbox holds it, for tests that check what really exists. */
  session(sessionId: string): SandboxSession | undefined {
    return this.state.sessions.get(sessionId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const plain = plainApiPath(req.url);
    if (plain) return this.handleApi(req, res, method, plain);
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const path = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

    if (path[0] === 'api') return this.handleApi(req, res, method, path);
    if (path[0] === '__sandbox') return this.handleControl(req, res, method, path);

    let reply: PageReply | undefined;
    const [first, id, action] = path;
    if (method === 'GET' && first === 'checkout' && id && !action) reply = this.pages.checkout(id);
    else if (method === 'POST' && first === 'checkout' && id && action === 'pay') {
      reply = this.pages.pay(id, new URLSearchParams(await readBody(req)));
    } else if (method === 'POST' && first === 'checkout' && id && action === 'cancel') {
      reply = this.pages.cancel(id, new URLSearchParams(await readBody(req)));
    } else if (method === 'GET' && first === 'pay' && id && !action) reply = this.pages.paymentLink(id);
    else if (method === 'GET' && first === 'error' && !id) reply = this.pages.errorPage(url.searchParams);
    reply ??= this.pages.notFound();
    sendPage(res, reply);
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse, method: string, path: string[]): Promise<void> {
    if (this.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    const fault = this.faults.next();
    if (fault.kind === 'reset') return void req.socket.destroy();
    if (fault.kind === 'rate-limit') {
      return sendJson(
        res,
        429,
        { success: false, error: 'Too many requests' },
        { 'retry-after': String(fault.retryAfterSeconds) },
      );
    }
    if (fault.kind === 'fail') {
      return sendJson(res, fault.status, {
        success: false,
        error: fault.status === 500 ? 'Internal server error' : 'Service unavailable',
      });
    }

    const reply = await this.apiReply(req, method, path);
    if (fault.kind === 'drop-response') return void req.socket.destroy();
    const headers = { ...(path[1] === 'sessions' && method !== 'POST' ? CORS_HEADERS : {}), ...reply.headers };
    sendJson(res, reply.status, reply.body, headers);
  }

  private async apiReply(req: IncomingMessage, method: string, path: string[]): Promise<ApiReply> {
    const [, resource, idOrAction, extra] = path;
    if (extra === undefined && method === 'OPTIONS' && resource === 'sessions') return { status: 204, body: '' };
    if (extra === undefined && method === 'GET' && resource === 'sessions' && idOrAction)
      return this.api.getSession(idOrAction);
    const creates = resource === 'sessions' || resource === 'payment-links';
    if (extra !== undefined || !creates || idOrAction !== 'create') {
      return { status: 404, body: { success: false, error: 'Not found' } };
    }
    if (method !== 'POST') return { status: 405, body: { success: false, error: 'Method not allowed' } };
    const account = this.api.authenticate(req.headers);
    if (!account) return UNAUTHORIZED;
    const wait = this.rateLimiter?.take(account.apiKey);
    if (wait !== undefined) {
      return {
        status: 429,
        body: { success: false, error: 'Too many requests' },
        headers: { 'retry-after': String(wait) },
      };
    }
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return { status: 413, body: { success: false, error: 'Request body too large' } };
      throw error;
    }
    const parsed = SandboxApi.parseJson(req.headers['content-type'], text);
    if (!parsed.ok) return parsed.reply;
    return resource === 'sessions'
      ? this.api.createSession(account, parsed.body)
      : this.api.createPaymentLink(account, parsed.body);
  }

  /** Test-only controls: the clock and fault injection. */
  private async handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string[],
  ): Promise<void> {
    const [, what, kind] = path;
    if (what === 'return' && method === 'GET' && kind) return sendPage(res, this.pages.returnPage(kind));
    // The test controls answer only the tests: JSON (which a page cannot send across origins
    // without asking first) from this machine, or with no Origin at all.
    if (!isLoopbackOrigin(req.headers.origin) || (method === 'POST' && !isJson(req.headers['content-type']))) {
      return sendJson(res, 403, { success: false, error: 'The sandbox controls take JSON from this machine only' });
    }
    if (what === 'faults' && method === 'DELETE') {
      this.faults.clear();
      return sendJson(res, 200, { success: true });
    }
    if ((what === 'clock' || what === 'faults') && method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return sendJson(res, 400, { success: false, error: 'Invalid JSON body' });
      }
      if (what === 'clock') {
        const advance = (body as { advanceMs?: unknown } | null)?.advanceMs;
        if (typeof advance !== 'number' || !Number.isInteger(advance) || advance < 0) {
          return sendJson(res, 400, {
            success: false,
            error: 'Validation failed',
            details: ['advanceMs must be a non-negative integer'],
          });
        }
        this.clock.advance(advance);
        return sendJson(res, 200, { success: true, data: { now: new Date(this.clock.now()).toISOString() } });
      }
      const plan = FaultPlan.safeParse(body);
      if (!plan.success) {
        return sendJson(res, 400, {
          success: false,
          error: 'Validation failed',
          details: plan.error.issues.map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`),
        });
      }
      this.faults.set(plan.data);
      return sendJson(res, 200, { success: true });
    }
    sendJson(res, 404, { success: false, error: 'Not found' });
  }
}

/**
 * The segments of an API path with nothing for the URL parser to resolve (no dot segments, fragments,
 * escapes or backslashes), without building a URL (which cost ~2 % of a create); else undefined.
 */
function plainApiPath(raw: string | undefined): string[] | undefined {
  if (!raw?.startsWith('/api/')) return undefined;
  const end = raw.indexOf('?');
  const path = end === -1 ? raw : raw.slice(0, end);
  if (/[.%#\\]/.test(path)) return undefined;
  return path.split('/').filter(Boolean);
}

function isLoopbackOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const { hostname } = new URL(origin);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function sendPage(res: ServerResponse, reply: PageReply): void {
  if (reply.kind === 'redirect') redirect(res, reply.location);
  else sendHtml(res, reply.status, reply.html, reply.frameAncestors);
}
