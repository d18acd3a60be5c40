// The JSON API of the emulator: E1 create session, E2 get session, E3 create payment link.
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxAccount } from './accounts';
import type { Clock } from './clock';
import type { CheckoutEngine } from './engine';
import { newPaymentLinkId } from './ids';
import { IDEMPOTENCY_WINDOW_MS } from './model';
import { presentSession, pricingOf } from './present';
import type { SandboxState } from './state';
import { validateCreateLink, validateCreateSession } from './validate-create';

export interface ApiReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const fail = (status: number, error: string, details?: string[]): ApiReply => ({
  status,
  body: { success: false, error, ...(details && { details }) },
});

export const UNAUTHORIZED = fail(401, 'Invalid or missing API key');

/** A stable text form of a JSON value (object keys sorted), to compare two request bodies. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export class SandboxApi {
  constructor(
    private readonly accounts: readonly SandboxAccount[],
    private readonly state: SandboxState,
    private readonly engine: CheckoutEngine,
    private readonly clock: Clock,
    private readonly baseUrl: () => string,
  ) {}

  /** G3: both headers must match one account; header names are case-insensitive (Node lowercases them). */
  authenticate(headers: IncomingHttpHeaders): SandboxAccount | undefined {
    const apiKey = headers['x-api-key'];
    const merchantKey = headers['x-ozura-api-key'];
    return this.accounts.find((a) => a.apiKey === apiKey && a.merchantKey === merchantKey);
  }

  /** Parses a JSON body, or says why it cannot (G33). */
  static parseJson(
    contentType: string | undefined,
    text: string,
  ): { ok: true; body: unknown } | { ok: false; reply: ApiReply } {
    if (!contentType || !/^application\/json\b/i.test(contentType)) {
      return { ok: false, reply: fail(400, 'Content-Type must be application/json') };
    }
    try {
      return { ok: true, body: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, reply: fail(400, 'Invalid JSON body') };
    }
  }

  createSession(account: SandboxAccount, body: unknown): ApiReply {
    const validation = validateCreateSession(body);
    if (!validation.ok) return fail(400, 'Validation failed', validation.details);
    const request = validation.value;
    if (request.merchantId !== account.merchantId) return UNAUTHORIZED; // G4
    return this.idempotent(account, request.idempotencyKey, body, () => {
      const session = this.engine.create(request);
      return {
        status: 200,
        body: {
          success: true,
          data: {
            sessionId: session.sessionId,
            checkoutUrl: `${this.baseUrl()}/checkout/${session.sessionId}`,
            expiresAt: new Date(session.expiresAt).toISOString(),
            embedCode: embedCode(`${this.baseUrl()}/checkout/${session.sessionId}`, request.embedMode),
            pricing: pricingOf(request),
          },
        },
      };
    });
  }

  getSession(sessionId: string): ApiReply {
    const session = this.engine.get(sessionId);
    if (!session) return fail(404, 'Session not found'); // G6
    return { status: 200, body: { success: true, data: { session: presentSession(session) } } };
  }

  createPaymentLink(account: SandboxAccount, body: unknown): ApiReply {
    const validation = validateCreateLink(body);
    if (!validation.ok) return fail(400, 'Validation failed', validation.details);
    const { session: request, expiresInDays, usageLimit } = validation.value;
    if (request.merchantId !== account.merchantId) return UNAUTHORIZED;
    return this.idempotent(account, request.idempotencyKey, body, () => {
      const now = this.clock.now();
      const link = {
        paymentLinkId: newPaymentLinkId(),
        request,
        createdAt: now,
        expiresAt: now + expiresInDays * 24 * 60 * 60 * 1000, // G12: not rounded
        usageLimit,
        payments: 0,
      };
      this.state.links.set(link.paymentLinkId, link);
      this.state.changed();
      return {
        status: 200,
        body: {
          success: true,
          data: {
            paymentLinkId: link.paymentLinkId,
            url: `${this.baseUrl()}/pay/${link.paymentLinkId}`,
            expiresAt: new Date(link.expiresAt).toISOString(),
          },
        },
      };
    });
  }

  /** G17: the same key and body within 24 h replay the first reply; another body is a 409. */
  private idempotent(
    account: SandboxAccount,
    key: string | undefined,
    body: unknown,
    create: () => ApiReply,
  ): ApiReply {
    if (!key) return create();
    const scoped = `${account.merchantId}\u0000${key}`;
    const print = fingerprint(body);
    const now = this.clock.now();
    const earlier = this.state.idempotency.get(scoped);
    if (earlier && now - earlier.at < IDEMPOTENCY_WINDOW_MS) {
      if (earlier.fingerprint !== print) return fail(409, 'Idempotency key reuse with different parameters');
      return { status: earlier.status, body: earlier.body };
    }
    const reply = create();
    this.state.idempotency.set(scoped, {
      merchantId: account.merchantId,
      fingerprint: print,
      status: reply.status,
      body: reply.body,
      at: now,
    });
    return reply;
  }
}

/** G27: a small script that opens the checkout per embed mode. Clients treat it as opaque. */
function embedCode(checkoutUrl: string, embedMode: string): string {
  const url = JSON.stringify(checkoutUrl);
  return embedMode === 'redirect'
    ? `<script>window.location.href=${url};</script>`
    : `<script>window.open(${url}, "ozura_checkout");</script>`;
}
