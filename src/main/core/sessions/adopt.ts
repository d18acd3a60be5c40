import { minorUnits } from '../../../shared/create-session-input';
import { isSupportedCurrency, toDecimalString } from '../../../shared/money';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { SessionKind, SessionRecord } from '../../../shared/session-record';
import { AppError } from '../app-error';
import { madeAt } from '../backend';
import type { EnvironmentInfo } from '../ports';
import { updateFrom } from './watcher';

/** Where a session found by id lives, and on whose behalf this app records it. */
export interface AdoptContext {
  environment: EnvironmentInfo;
  merchantName: string;
  nowMs: number;
}

/**
 * A history record for a session this app did not create, built from what `GET /api/sessions/{id}`
 * says: typically one a payment link spawned on a customer's phone. Only the documented
 * `status` is certain; the rest is read when present and left out when not.
 */
export function recordFromRemote(id: string, remote: RemoteSession, context: AdoptContext): SessionRecord {
  const currency = remote.currency ?? 'USD';
  if (!isSupportedCurrency(currency))
    throw new AppError('api-rejected', `Session ${id} is in a currency Linkdesk does not know (${currency}).`);
  const kind: SessionKind =
    remote.items && remote.items.length > 0 ? 'cart' : remote.checkoutMode === 'donation' ? 'donation' : 'amount';
  const items = (remote.items ?? []).map((item, index) => ({
    productId: item.productId ?? `item-${index + 1}`,
    name: item.name ?? `Item ${index + 1}`,
    price: item.price === undefined ? '0' : String(item.price),
    quantity: item.quantity ?? 1,
  }));
  const amountMinor =
    kind === 'cart'
      ? items.reduce((sum, item) => sum + (minorUnits(item.price, currency) ?? 0) * item.quantity, 0)
      : remote.amount === undefined
        ? 0
        : (minorUnits(String(remote.amount), currency) ?? 0);
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

/**
 * The session id in what staff paste: the id itself, a checkout URL (`…/checkout/{id}`), or a
 * success redirect (`…?sessionId=…`). Undefined when none can be found.
 */
export function sessionIdFrom(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return /^[\w-]{1,200}$/.test(trimmed) ? trimmed : undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  const fromQuery = url.searchParams.get('sessionId');
  if (fromQuery) return fromQuery;
  const match = /\/checkout\/([^/?#]+)/.exec(url.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
