// The pages a customer's browser sees: checkout (B1), payment-link entry (B2), the error page (B3)
// and the sandbox's own return pages, which the app uses as default redirect targets.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiDecimals, maxAmountMinor, parseDecimal } from '../../shared/money';
import { checkCard } from './cards';
import type { Clock } from './clock';
import type { CheckoutEngine } from './engine';
import { withParams } from './http-util';
import type { SandboxSession } from './model';
import { checkoutPage } from './pages/checkout-page';
import { messagePage } from './pages/layout';
import { errorParams, successParams } from './present';
import type { SandboxState } from './state';

export type PageReply =
  { kind: 'html'; status: number; html: string; frameAncestors?: string } | { kind: 'redirect'; location: string };

const html = (status: number, page: string, frameAncestors?: string): PageReply => ({
  kind: 'html',
  status,
  html: page,
  ...(frameAncestors && { frameAncestors }),
});

const FORGED = html(
  403,
  messagePage('This page is out of date', 'Open the checkout link again and retry. Nothing was charged.'),
);

/** What the error page says for each documented code (§9.1); anything else reads as generic. */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  SYSTEM_ERROR: 'The payment service could not process this payment.',
  MANUAL_REVIEW: 'This payment needs a manual review, so it was not completed.',
  FORBIDDEN: 'Too many attempts were made on this checkout.',
  SESSION_FAILED: 'This checkout has failed and can no longer take a payment.',
  AUTH_ERROR: 'The payment service could not be reached.',
};

/** A payment link that has taken as many payments as its limit allows (G10, G11). */
const SPENT_LINK = (of: { request: { cancelUrl: string } }): PageReply =>
  html(
    410,
    messagePage(
      'This payment link is no longer available',
      'It has reached its limit of payments. Nothing was charged.',
      {
        label: 'Return to store',
        href: of.request.cancelUrl,
      },
    ),
  );

const NOT_FOUND = html(
  404,
  messagePage('Checkout not found', 'This checkout link is not valid. Ask the merchant for a new one.'),
);

export class HostedPages {
  /** Signs each session's form token; new on every start (a page from before a restart must be reopened). */
  private readonly formKey = randomBytes(32);

  constructor(
    private readonly state: SandboxState,
    private readonly engine: CheckoutEngine,
    private readonly clock: Clock,
  ) {}

  /** The token the checkout page of `sessionId` puts in its forms. */
  formToken(sessionId: string): string {
    return createHmac('sha256', this.formKey).update(sessionId).digest('base64url');
  }

  private tokenMatches(sessionId: string, form: URLSearchParams): boolean {
    const given = Buffer.from(form.get('formToken') ?? '');
    const expected = Buffer.from(this.formToken(sessionId));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** GET /checkout/{id}: the form while pending; otherwise where §5.2 sends the customer. */
  checkout(sessionId: string): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
    return session.status === 'pending'
      ? html(200, checkoutPage(session, this.formToken(session.sessionId)), frameAncestors(session))
      : this.finished(session);
  }

  /** POST /checkout/{id}/pay with the card form. */
  pay(sessionId: string, form: URLSearchParams): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
    if (!this.tokenMatches(sessionId, form)) return FORGED;
    if (session.status !== 'pending') return this.finished(session);
    if (this.linkIsSpent(session)) return SPENT_LINK(session);
    const values = Object.fromEntries(form.entries());
    delete values.formToken;
    const token = this.formToken(session.sessionId);
    const { card, errors } = checkCard(
      { number: form.get('cardNumber') ?? '', expiry: form.get('expiry') ?? '', cvc: form.get('cvc') ?? '' },
      this.clock.now(),
    );
    const fieldErrors: Record<string, string> = {};
    if (errors.number) fieldErrors.cardNumber = errors.number;
    if (errors.expiry) fieldErrors.expiry = errors.expiry;
    if (errors.cvc) fieldErrors.cvc = errors.cvc;
    let donationMinor: number | undefined;
    if (session.request.checkoutMode === 'donation') {
      const parsed = parseDonation(form.get('donationAmount') ?? '', session.request.currency);
      if (typeof parsed === 'string') fieldErrors.donationAmount = parsed;
      else donationMinor = parsed;
    }
    if (!card || Object.keys(fieldErrors).length > 0) {
      return html(400, checkoutPage(session, token, { values, fieldErrors }), frameAncestors(session));
    }
    const email = form.get('email')?.trim();
    const name = form.get('name')?.trim();
    const result = this.engine.pay(session, card, { ...(name && { name }), ...(email && { email }) }, donationMinor);
    if (result.kind === 'declined') {
      return html(
        402,
        checkoutPage(session, token, { values: { ...values, cardNumber: '', cvc: '' }, alert: result.message }),
        frameAncestors(session),
      );
    }
    if (result.kind === 'failed') {
      return {
        kind: 'redirect',
        location: withParams(session.request.errorUrl, errorParams(session, result.errorCode, result.message)),
      };
    }
    this.countLinkPayment(session);
    return { kind: 'redirect', location: withParams(session.request.successUrl, successParams(session)) };
  }

  /** POST /checkout/{id}/cancel: plain redirect to cancelUrl, no parameters (§5.3). */
  cancel(sessionId: string, form: URLSearchParams): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
    if (!this.tokenMatches(sessionId, form)) return FORGED;
    if (session.status !== 'pending') return this.finished(session);
    this.engine.cancel(session);
    return { kind: 'redirect', location: session.request.cancelUrl };
  }

  /** GET /pay/{linkId}: each visit makes a new session (§6.3); spent or expired links get a 410 page (G10). */
  paymentLink(linkId: string): PageReply {
    const link = this.state.links.get(linkId);
    if (!link) return html(404, messagePage('Payment link not found', 'This payment link is not valid.'));
    const back = { label: 'Return to store', href: link.request.cancelUrl };
    if (this.clock.now() > link.expiresAt) {
      return html(410, messagePage('This payment link has expired', 'It can no longer take payments.', back));
    }
    if (link.usageLimit !== null && link.payments >= link.usageLimit) return SPENT_LINK(link);
    const session = this.engine.create(link.request, link.paymentLinkId);
    return { kind: 'redirect', location: `/checkout/${session.sessionId}` };
  }

  /**
   * GET /error (B3): Ozura's default error page, with "Return to Store" going to cancelUrl. Its
   * query is anyone's to write, so it shows words only for codes it knows, and a button only to
   * a cancelUrl a real session was created with.
   */
  errorPage(query: URLSearchParams): PageReply {
    const code = query.get('errorCode') ?? '';
    const said = query.get('error') ?? '';
    // The words a real failed session was given, or the sandbox's own for a known code.
    const known = this.isSessionError(code, said)
      ? said
      : Object.hasOwn(ERROR_TEXT, code)
        ? ERROR_TEXT[code]
        : undefined;
    const text = known ? `${known} (${code})` : 'Something went wrong with this payment.';
    const cancelUrl = query.get('cancelUrl');
    const back = cancelUrl && this.isSessionCancelUrl(cancelUrl) ? safeLink(cancelUrl, 'Return to Store') : undefined;
    return html(200, messagePage('Payment not completed', text, back));
  }

  private isSessionError(code: string, message: string): boolean {
    for (const session of this.state.sessions.values())
      if (session.errorCode === code && session.errorMessage === message) return true;
    return false;
  }

  private isSessionCancelUrl(url: string): boolean {
    for (const session of this.state.sessions.values()) if (session.request.cancelUrl === url) return true;
    return false;
  }

  /** A link's limit counts payments, so it is checked again when paying, not only when opening. */
  private linkIsSpent(session: SandboxSession): boolean {
    const link = session.paymentLinkId ? this.state.links.get(session.paymentLinkId) : undefined;
    return link !== undefined && link.usageLimit !== null && link.payments >= link.usageLimit;
  }

  /** The sandbox's own landing pages for the app's default successUrl and cancelUrl. */
  returnPage(kind: string): PageReply {
    if (kind === 'success') return html(200, messagePage('Payment complete', 'Thank you. You can close this page.'));
    if (kind === 'cancel')
      return html(200, messagePage('Payment cancelled', 'Nothing was charged. You can close this page.'));
    return NOT_FOUND;
  }

  notFound(): PageReply {
    return NOT_FOUND;
  }

  private finished(session: SandboxSession): PageReply {
    const { request } = session;
    if (session.status === 'failed') {
      return {
        kind: 'redirect',
        location: withParams(
          request.errorUrl,
          errorParams(session, 'SESSION_FAILED', 'This checkout session has failed'),
        ),
      };
    }
    if (session.status === 'expired') {
      return html(
        410,
        messagePage('This checkout has expired', 'The time to pay has run out.', {
          label: 'Return to store',
          href: request.cancelUrl,
        }),
      );
    }
    return { kind: 'redirect', location: request.cancelUrl };
  }

  private countLinkPayment(session: SandboxSession): void {
    const link = session.paymentLinkId ? this.state.links.get(session.paymentLinkId) : undefined;
    if (!link) return;
    link.payments += 1; // G11: usageLimit counts successful payments
    this.state.changed();
  }
}

function frameAncestors(session: SandboxSession): string | undefined {
  return session.request.parentOrigin;
}

function safeLink(url: string | null, label: string): { label: string; href: string } | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? { label, href: parsed.toString() } : undefined;
  } catch {
    return undefined;
  }
}

function parseDonation(text: string, currency: string): number | string {
  const parsed = parseDecimal(text, apiDecimals(currency));
  if (!parsed.ok || parsed.minor === 0) return 'Enter an amount greater than zero';
  if (parsed.minor > maxAmountMinor(currency)) return 'Enter a smaller amount';
  return parsed.minor;
}
