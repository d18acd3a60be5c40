// The one home of how a history record (or a link record) is built: from the builder's input,
// from where it was made, and from what `GET /api/sessions/{id}` says.
import { text } from '../../../shared/i18n/translator';
import type { CreateSessionInput } from '../../../shared/create-session-input';
import { isSupportedCurrency, minorUnits, toDecimalString } from '../../../shared/money';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { SessionKind, SessionRecord, SessionUpdate } from '../../../shared/session-record';
import { AppError } from '../app-error';
import { tipMinorOf } from '../../../shared/tips';
import type { EnvironmentInfo } from '../ports';

/**
 * What a record keeps of the sale it was made from (the request id only matters while creating).
 * The amount is what the session asks for: the sale plus its tip, which is also kept apart.
 */
export function saleFields(input: CreateSessionInput): {
  kind: CreateSessionInput['kind'];
  amountMinor: number;
  tipMinor?: number;
  currency: string;
  input: Omit<CreateSessionInput, 'requestId'>;
} {
  const { requestId: _requestId, ...kept } = normalized(input);
  const tip = tipMinor(input);
  return {
    kind: input.kind,
    amountMinor: totalMinor(input) + tip,
    ...(tip > 0 && { tipMinor: tip }),
    currency: input.currency,
    input: kept,
  };
}

/** The tip a sale carries, in minor units (0 for none; never on a donation). */
export function tipMinor(input: CreateSessionInput): number {
  if (!input.tip || input.kind === 'donation') return 0;
  return tipMinorOf(input.tip, totalMinor(input), input.currency) ?? 0;
}

/** The sale with every amount as the API reads it ("12.50"), never the text as typed (" 0012.5"). */
function normalized(input: CreateSessionInput): CreateSessionInput {
  const decimal = (text: string): string => toDecimalString(minorUnits(text, input.currency) ?? 0, input.currency);
  if (input.kind === 'cart')
    return {
      ...input,
      items: input.items.map((item) => ({
        ...item,
        price: decimal(item.price),
        ...(item.originalPrice?.trim() && { originalPrice: decimal(item.originalPrice) }),
      })),
    };
  const tip = input.tip?.kind === 'amount' ? { tip: { ...input.tip, amount: decimal(input.tip.amount) } } : {};
  return input.amount?.trim() ? { ...input, ...tip, amount: decimal(input.amount) } : { ...input, ...tip };
}

/** The total in minor units: the amount, the cart's sum, or a donation's suggestion (0 if none). */
export function totalMinor(input: Pick<CreateSessionInput, 'kind' | 'currency'> & SaleAmount): number {
  if (input.kind === 'cart') {
    return (input.items ?? []).reduce(
      (sum, item) => sum + (minorUnits(item.price, input.currency) ?? 0) * item.quantity,
      0,
    );
  }
  return input.amount?.trim() ? (minorUnits(input.amount, input.currency) ?? 0) : 0;
}
type SaleAmount = { amount?: string; items?: readonly { price: string; quantity: number }[] };

/** Where a session or link was made and for whom, as history and the Links list keep it. */
export function madeAt(
  environment: EnvironmentInfo,
  merchantName: string,
): { environment: string; environmentKind: EnvironmentInfo['kind']; apiBaseUrl: string; merchantName: string } {
  return {
    environment: environment.label,
    environmentKind: environment.kind,
    apiBaseUrl: environment.baseUrl,
    merchantName,
  };
}

/** What a GET tells us, as a history update. */
export function updateFrom(remote: RemoteSession, currency: string, nowMs: number): SessionUpdate {
  const paidMinor =
    remote.status === 'completed' && remote.amount !== undefined
      ? minorUnits(String(remote.amount), currency)
      : undefined;
  const payment =
    remote.transactionId || remote.cardBrand || remote.cardLastFour
      ? {
          ...(paidMinor !== undefined && { paidMinor }),
          ...(remote.transactionId && { transactionId: remote.transactionId }),
          ...(remote.cardBrand && { cardBrand: remote.cardBrand }),
          ...(remote.cardLastFour && { cardLastFour: remote.cardLastFour }),
        }
      : undefined;
  return {
    status: remote.status,
    statusCheckedAt: new Date(nowMs).toISOString(),
    ...(remote.errorCode && { errorCode: remote.errorCode }),
    ...(payment && { payment }),
  };
}

/** Where a session found by id lives, and on whose behalf this app records it. */
export interface RemoteContext {
  environment: EnvironmentInfo;
  merchantName: string;
  nowMs: number;
}

/**
 * A history record for a session this app did not create, built from what `GET /api/sessions/{id}`
 * says: typically one a payment link spawned on a customer's phone. Only the documented
 * `status` is certain; the rest is read when present and left out when not.
 */
export function recordFromRemote(id: string, remote: RemoteSession, context: RemoteContext): SessionRecord {
  const currency = remote.currency ?? 'USD';
  if (!isSupportedCurrency(currency))
    throw new AppError('api-rejected', text('error.unknownCurrencyOfSession', { id, currency }));
  const kind: SessionKind =
    remote.items && remote.items.length > 0 ? 'cart' : remote.checkoutMode === 'donation' ? 'donation' : 'amount';
  const items = (remote.items ?? []).map((item, index) => ({
    productId: item.productId ?? `item-${index + 1}`,
    name: item.name ?? `Item ${index + 1}`,
    price: item.price === undefined ? '0' : String(item.price),
    quantity: item.quantity ?? 1,
  }));
  const amount = remote.amount === undefined ? undefined : String(remote.amount);
  const amountMinor = totalMinor({ kind, currency, items, ...(amount !== undefined && { amount }) });
  const metadata = remote.metadata ?? {};
  const reference = typeof metadata.reference === 'string' ? metadata.reference : undefined;
  const linkId =
    remote.paymentLinkId ?? (typeof metadata.paymentLinkId === 'string' ? metadata.paymentLinkId : undefined);
  const now = new Date(context.nowMs).toISOString();
  const createdAt = isoOr(remote.createdAt, now);
  const { baseUrl } = context.environment;
  return {
    id,
    checkoutUrl: new URL(`/checkout/${encodeURIComponent(id)}`, baseUrl).href,
    kind,
    amountMinor,
    currency,
    ...(reference && { reference }),
    input:
      kind === 'cart'
        ? { kind, currency, items }
        : { kind, currency, ...(amountMinor > 0 && { amount: toDecimalString(amountMinor, currency) }) },
    ...madeAt(context.environment, context.merchantName),
    createdAt,
    expiresAt: isoOr(remote.expiresAt, createdAt),
    ...updateFrom(remote, currency, context.nowMs),
    status: remote.status,
    ...(linkId && { paymentLinkId: linkId }),
  };
}

function isoOr(value: string | undefined, fallback: string): string {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

/** Whether a user would see a difference: status, error code, amounts, card or transaction (not "last checked"). */
export function visiblyChanged(before: SessionRecord, after: SessionRecord): boolean {
  return (
    before.status !== after.status ||
    before.errorCode !== after.errorCode ||
    before.amountMinor !== after.amountMinor ||
    JSON.stringify(before.payment) !== JSON.stringify(after.payment)
  );
}
