// How sandbox records look on the wire: the GET session body, pricing, and redirect parameters.
import { toDecimalString } from '../../shared/money';
import type { SandboxSession } from './model';
import type { ValidCreate } from './validate-create';

/** Keys stripped from metadata before it goes into a redirect (ozura-api.md §5.3). */
const INTERNAL_METADATA_KEYS = ['apiKey', 'ozuraApiKey', 'idempotencyKey', 'merchantName', 'waxKey'];

function money(minor: number, currency: string): number {
  // The wire format is a JSON number; it is made from the exact decimal text.
  return Number(toDecimalString(minor, currency));
}

/** `pricing` of a create response (G25: no tax or shipping; the surcharge is not in it, G26). */
export function pricingOf(request: ValidCreate): Record<string, number | string> {
  const subtotal = money(request.subtotalMinor, request.currency);
  return { subtotal, tax: 0, shipping: 0, total: subtotal, currency: request.currency };
}

/** Surcharge in minor units, rounded half up: subtotal × basis points / 10,000 (G26). */
export function surchargeOf(subtotalMinor: number, basisPoints: number): number {
  return Math.floor((subtotalMinor * basisPoints + 5000) / 10_000);
}

function itemsOf(request: ValidCreate): unknown[] | undefined {
  return request.items?.map((item) => ({
    productId: item.productId,
    name: item.name,
    price: money(item.priceMinor, request.currency),
    quantity: item.quantity,
    ...item.extra,
  }));
}

/** The `data.session` object of `GET /api/sessions/{id}` (G5; only `status` is documented). */
export function presentSession(session: SandboxSession): Record<string, unknown> {
  const { request, payment } = session;
  const amountMinor = payment?.chargedMinor ?? request.amountMinor;
  return {
    sessionId: session.sessionId,
    status: session.status,
    merchantId: request.merchantId,
    merchantName: request.merchantName,
    checkoutMode: request.checkoutMode,
    ...(amountMinor !== undefined && { amount: toDecimalString(amountMinor, request.currency) }),
    currency: request.currency,
    ...(request.items && { items: itemsOf(request) }),
    pricing: pricingOf(request),
    metadata: session.paymentLinkId ? { ...request.metadata, paymentLinkId: session.paymentLinkId } : request.metadata,
    embedMode: request.embedMode,
    successUrl: request.successUrl,
    cancelUrl: request.cancelUrl,
    errorUrl: request.errorUrl,
    createdAt: new Date(session.createdAt).toISOString(),
    expiresAt: new Date(session.expiresAt).toISOString(),
    ...(payment && {
      transactionId: payment.transactionId,
      transactionType: payment.transactionType,
      surchargeAmount: toDecimalString(payment.surchargeMinor, request.currency),
      transDate: payment.transDate,
      cardBrand: payment.cardBrand,
      cardLastFour: payment.cardLastFour,
      cardExpMonth: payment.cardExpMonth,
      cardExpYear: payment.cardExpYear,
    }),
    ...(session.errorCode && { errorCode: session.errorCode }),
    ...(session.billing && { billing: session.billing }),
    ...(session.paymentLinkId && { paymentLinkId: session.paymentLinkId }),
  };
}

/** Query parameters of the success redirect, in the documented order (§5.3). */
export function successParams(session: SandboxSession): Record<string, string | undefined> {
  const { request, payment } = session;
  if (!payment) throw new Error('successParams needs a paid session');
  const metadata: Record<string, unknown> = { ...request.metadata };
  for (const key of INTERNAL_METADATA_KEYS) delete metadata[key];
  if (session.paymentLinkId) metadata.paymentLinkId = session.paymentLinkId;
  return {
    success: 'true',
    sessionId: session.sessionId,
    checkoutMode: request.checkoutMode,
    transactionId: payment.transactionId,
    transactionType: payment.transactionType,
    amount: toDecimalString(payment.chargedMinor, request.currency),
    currency: request.currency,
    ozuraMerchantId: request.merchantId,
    surchargeAmount:
      request.surchargeBasisPoints > 0 ? toDecimalString(payment.surchargeMinor, request.currency) : undefined,
    transDate: payment.transDate,
    cardLastFour: payment.cardLastFour,
    cardExpMonth: payment.cardExpMonth,
    cardExpYear: payment.cardExpYear,
    cardBrand: payment.cardBrand,
    metadata: Object.keys(metadata).length > 0 ? JSON.stringify(metadata) : undefined,
  };
}

/** Query parameters of the error redirect (§5.3). */
export function errorParams(session: SandboxSession, errorCode: string, message: string): Record<string, string> {
  return { success: 'false', errorCode, error: message, cancelUrl: session.request.cancelUrl };
}
