// The pages a customer's browser sees: checkout (B1), payment-link entry (B2), the error page (B3)
// and the sandbox's own return pages, which the app uses as default redirect targets.
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

const NOT_FOUND = html(
  404,
  messagePage('Checkout not found', 'This checkout link is not valid. Ask the merchant for a new one.'),
);

export class HostedPages {
  constructor(
    private readonly state: SandboxState,
    private readonly engine: CheckoutEngine,
    private readonly clock: Clock,
  ) {}

  /** GET /checkout/{id}: the form while pending; otherwise where §5.2 sends the customer. */
  checkout(sessionId: string): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
    return session.status === 'pending'
      ? html(200, checkoutPage(session), frameAncestors(session))
      : this.finished(session);
  }

  /** POST /checkout/{id}/pay with the card form. */
  pay(sessionId: string, form: URLSearchParams): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
    if (session.status !== 'pending') return this.finished(session);
    const values = Object.fromEntries(form.entries());
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
      return html(400, checkoutPage(session, { values, fieldErrors }), frameAncestors(session));
    }
    const email = form.get('email')?.trim();
    const name = form.get('name')?.trim();
    const result = this.engine.pay(session, card, { ...(name && { name }), ...(email && { email }) }, donationMinor);
    if (result.kind === 'declined') {
      return html(
        402,
        checkoutPage(session, { values: { ...values, cardNumber: '', cvc: '' }, alert: result.message }),
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
  cancel(sessionId: string): PageReply {
    const session = this.engine.get(sessionId);
    if (!session) return NOT_FOUND;
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
    if (link.usageLimit !== null && link.payments >= link.usageLimit) {
      return html(
        410,
        messagePage('This payment link is no longer available', 'It has reached its limit of payments.', back),
      );
    }
    const session = this.engine.create(link.request, link.paymentLinkId);
    return { kind: 'redirect', location: `/checkout/${session.sessionId}` };
  }

  /** GET /error (B3): Ozura's default error page, with "Return to Store" going to cancelUrl. */
  errorPage(query: URLSearchParams): PageReply {
    const message = query.get('error') ?? 'Something went wrong with this payment.';
    const code = query.get('errorCode');
    const cancelUrl = query.get('cancelUrl');
    const text = code ? `${message} (${code})` : message;
    return html(200, messagePage('Payment not completed', text, safeLink(cancelUrl, 'Return to Store')));
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
