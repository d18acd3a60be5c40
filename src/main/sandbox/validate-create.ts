// Validation of `POST /api/sessions/create` and `/api/payment-links/create` bodies, rule by rule
// as ozura-api.md §3 and §6 state them. Each broken rule adds one human-readable string naming
// the field (G2). This is the emulator's own reading of the docs, written apart from the app's
// shared schemas so that a property test can compare the two.
import { apiDecimals, maxAmountMinor, parseDecimal } from '../../shared/money';

export type CheckoutMode = 'payment' | 'donation' | 'recurring';
export type EmbedMode = 'redirect' | 'popup' | 'iframe' | 'new_tab';

export interface ValidItem {
  productId: string;
  name: string;
  priceMinor: number;
  quantity: number;
  extra: Record<string, unknown>; // the optional display fields, stored as sent
}

export interface ValidCreate {
  merchantId: string;
  merchantName: string;
  currency: string;
  checkoutMode: CheckoutMode;
  /** Payment amount, default donation, or per-cycle charge; undefined for carts and open donations. */
  amountMinor?: number;
  items?: ValidItem[];
  subtotalMinor: number;
  successUrl: string;
  cancelUrl: string;
  errorUrl: string;
  embedMode: EmbedMode;
  parentOrigin?: string;
  surchargeBasisPoints: number;
  transactionChannel: 'ecommerce' | 'moto';
  taxExempt: boolean;
  metadata: Record<string, unknown>;
  appearance: Record<string, unknown>;
  donationConfig?: Record<string, unknown>;
  recurringConfig?: Record<string, unknown>;
  idempotencyKey?: string;
  allowPopup: boolean;
  collectShippingAddress: boolean;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; details: string[] };

const METADATA_MAX_BYTES = 10 * 1024;
const EMBED_MODES: readonly EmbedMode[] = ['redirect', 'popup', 'iframe', 'new_tab'];
const CHECKOUT_MODES: readonly CheckoutMode[] = ['payment', 'donation', 'recurring'];
const INTERVALS = ['daily', 'weekly', 'monthly', 'yearly'];
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const APPEARANCE_ENUMS: Record<string, readonly string[]> = {
  borderRadius: ['none', 'sm', 'base', 'lg', 'xl', 'full'],
  logoPosition: ['inline', 'top'],
  fontSize: ['sm', 'base', 'lg', 'xl'],
};

let currencies: Set<string> | undefined;
/** ISO 4217 codes Intl knows, read once: building the list on every request cost ~4 % of a create. */
function supportedCurrencies(): Set<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A JSON number or a decimal string as text; a number's shortest form is what JS prints. */
function decimalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Collects one message per broken rule. */
interface Problems {
  add(message: string): void;
}

function collector(): Problems & { list: string[] } {
  const list: string[] = [];
  return { list, add: (message) => list.push(message) };
}

/** The same sink, with every message placed under `prefix` ("items[2].name is required"). */
function under(prefix: string, p: Problems): Problems {
  return { add: (message) => p.add(`${prefix}.${message}`) };
}

function requiredString(body: Record<string, unknown>, field: string, max: number, p: Problems): string {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    p.add(`${field} is required`);
    return '';
  }
  if (typeof value !== 'string') {
    p.add(`${field} must be a string`);
    return '';
  }
  if (value.length > max) p.add(`${field} must be at most ${max} characters`);
  return value;
}

function optionalString(
  obj: Record<string, unknown>,
  field: string,
  label: string,
  max: number | undefined,
  p: Problems,
): void {
  const value = obj[field];
  if (value === undefined) return;
  if (typeof value !== 'string') p.add(`${label} must be a string`);
  else if (max !== undefined && value.length > max) p.add(`${label} must be at most ${max} characters`);
}

function urlField(body: Record<string, unknown>, field: string, p: Problems): string {
  const value = requiredString(body, field, 2048, p);
  if (value && !isAbsoluteHttpUrl(value)) p.add(`${field} must be an absolute http(s) URL`);
  return value;
}

function booleanField(body: Record<string, unknown>, field: string, fallback: boolean, p: Problems): boolean {
  const value = body[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    p.add(`${field} must be a boolean`);
    return fallback;
  }
  return value;
}

/** Amount rules (G24): > 0, decimals per currency, at most 999,999,999.99. */
function amountField(
  value: unknown,
  label: string,
  currency: string,
  p: Problems,
  allowZero = false,
): number | undefined {
  const text = decimalText(value);
  if (text === undefined) {
    p.add(`${label} must be a number or a decimal string`);
    return undefined;
  }
  const decimals = apiDecimals(currency);
  const negative = text.trim().startsWith('-');
  const parsed = negative ? parseDecimal(text.trim().slice(1), decimals) : parseDecimal(text, decimals);
  if (!parsed.ok) {
    if (parsed.reason === 'decimals') p.add(`${label} must have at most ${decimals} decimal places for ${currency}`);
    else if (parsed.reason === 'too-large') p.add(`${label} must be at most 999999999.99`);
    else p.add(`${label} must be a number or a decimal string`);
    return undefined;
  }
  if (negative && parsed.minor > 0) {
    p.add(allowZero ? `${label} must be 0 or more` : `${label} must be greater than 0`);
    return undefined;
  }
  if (!allowZero && parsed.minor === 0) {
    p.add(`${label} must be greater than 0`);
    return undefined;
  }
  if (parsed.minor > maxAmountMinor(currency)) {
    p.add(`${label} must be at most 999999999.99`);
    return undefined;
  }
  return parsed.minor;
}

function validateItems(value: unknown, currency: string, p: Problems): ValidItem[] | undefined {
  if (!Array.isArray(value)) {
    p.add('items must be an array');
    return undefined;
  }
  if (value.length === 0) p.add('items must contain at least 1 item');
  if (value.length > 100) p.add('items must contain at most 100 items');
  const items: ValidItem[] = [];
  value.slice(0, 100).forEach((raw: unknown, index) => {
    const at = `items[${index}]`;
    if (!isPlainObject(raw)) {
      p.add(`${at} must be an object`);
      return;
    }
    const productId = requiredString(raw, 'productId', 100, under(at, p));
    const name = requiredString(raw, 'name', 200, under(at, p));
    let priceMinor: number | undefined;
    if (raw.price === undefined) p.add(`${at}.price is required`);
    else if (typeof raw.price !== 'number') p.add(`${at}.price must be a number`);
    else priceMinor = amountField(raw.price, `${at}.price`, currency, p, true);
    const quantity = raw.quantity;
    if (quantity === undefined) p.add(`${at}.quantity is required`);
    else if (typeof quantity !== 'number' || !Number.isInteger(quantity)) p.add(`${at}.quantity must be an integer`);
    else if (quantity < 1 || quantity > 10_000) p.add(`${at}.quantity must be between 1 and 10000`);
    optionalString(raw, 'description', `${at}.description`, 500, p);
    for (const field of ['imageUrl', 'variant', 'brand', 'category', 'discountLabel']) {
      optionalString(raw, field, `${at}.${field}`, undefined, p);
    }
    if (raw.originalPrice !== undefined) {
      if (typeof raw.originalPrice !== 'number') p.add(`${at}.originalPrice must be a number`);
      else amountField(raw.originalPrice, `${at}.originalPrice`, currency, p, true);
    }
    if (raw.taxExempt !== undefined && typeof raw.taxExempt !== 'boolean') p.add(`${at}.taxExempt must be a boolean`);
    if (priceMinor !== undefined && typeof quantity === 'number' && Number.isInteger(quantity)) {
      const { productId: _id, name: _name, price: _price, quantity: _qty, ...extra } = raw;
      items.push({ productId, name, priceMinor, quantity, extra });
    }
  });
  return items;
}

function validateRecurring(value: unknown, p: Problems): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) {
    p.add('recurringConfig must be an object');
    return undefined;
  }
  const sub = under('recurringConfig', p);
  requiredString(value, 'planName', 50, sub);
  const interval = value.interval;
  if (interval === undefined) p.add('recurringConfig.interval is required');
  else if (typeof interval !== 'string' || !INTERVALS.includes(interval)) {
    p.add(`recurringConfig.interval must be one of ${INTERVALS.join(', ')}`);
  }
  const startDate = value.startDate;
  if (startDate === undefined) p.add('recurringConfig.startDate is required');
  else if (
    typeof startDate !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(startDate) ||
    Number.isNaN(Date.parse(startDate))
  ) {
    p.add('recurringConfig.startDate must be a date in YYYY-MM-DD form');
  }
  for (const field of [
    'intervalCount',
    'maxCycles',
    'setupFee',
    'initialAmount',
    'initialCycles',
    'surchargePercent',
  ]) {
    const v = value[field];
    if (v !== undefined && decimalText(v) === undefined) p.add(`recurringConfig.${field} must be a number`);
  }
  return value;
}

function validateAppearance(value: unknown, p: Problems): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    p.add('appearance must be an object');
    return {};
  }
  for (const [key, v] of Object.entries(value)) {
    const allowed = APPEARANCE_ENUMS[key];
    if (allowed && (typeof v !== 'string' || !allowed.includes(v))) {
      p.add(`appearance.${key} must be one of ${allowed.join(', ')}`);
    } else if (key.endsWith('Color') && (typeof v !== 'string' || !HEX_COLOR.test(v))) {
      p.add(`appearance.${key} must be a hex colour such as #1a2b3c`);
    } else if (key === 'logoUrl' && (typeof v !== 'string' || !v.startsWith('https://'))) {
      p.add('appearance.logoUrl must be an https URL');
    }
  }
  return value;
}

function validateParentOrigin(value: unknown, p: Problems): string | undefined {
  if (typeof value !== 'string') {
    p.add('parentOrigin must be a string');
    return undefined;
  }
  const trimmed = value.replace(/\/$/, '');
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== trimmed)
      throw new Error('not an origin');
    return url.origin;
  } catch {
    p.add('parentOrigin must be an origin such as https://shop.example.com');
    return undefined;
  }
}

/** Validates a create-session body. `forLink` relaxes nothing; links add their own two fields. */
export function validateCreateSession(body: unknown): Validation<ValidCreate> {
  const p = collector();
  if (!isPlainObject(body)) return { ok: false, details: ['Request body must be a JSON object'] };

  const merchantId = requiredString(body, 'merchantId', 30, p);
  const merchantName = requiredString(body, 'merchantName', 200, p);

  let currency = 'USD';
  if (body.currency !== undefined) {
    if (typeof body.currency !== 'string' || !/^[A-Z]{3}$/.test(body.currency)) {
      p.add('currency must be a 3-letter uppercase ISO 4217 code');
    } else if (!supportedCurrencies().has(body.currency)) {
      p.add(`currency ${body.currency} is not supported`);
    } else currency = body.currency;
  }

  const successUrl = urlField(body, 'successUrl', p);
  const cancelUrl = urlField(body, 'cancelUrl', p);
  const errorUrl = urlField(body, 'errorUrl', p);

  let checkoutMode: CheckoutMode = 'payment';
  if (body.checkoutMode !== undefined) {
    if (!CHECKOUT_MODES.includes(body.checkoutMode as CheckoutMode)) {
      p.add(`checkoutMode must be one of ${CHECKOUT_MODES.join(', ')}`);
    } else checkoutMode = body.checkoutMode as CheckoutMode;
  }

  let embedMode: EmbedMode = 'redirect';
  if (body.embedMode !== undefined) {
    if (!EMBED_MODES.includes(body.embedMode as EmbedMode)) p.add(`embedMode must be one of ${EMBED_MODES.join(', ')}`);
    else embedMode = body.embedMode as EmbedMode;
  }
  let parentOrigin: string | undefined;
  if (body.parentOrigin !== undefined) parentOrigin = validateParentOrigin(body.parentOrigin, p);
  else if (embedMode === 'popup' || embedMode === 'iframe')
    p.add(`parentOrigin is required when embedMode is ${embedMode}`);

  const hasAmount = body.amount !== undefined && body.amount !== null;
  const hasItems = body.items !== undefined && body.items !== null;
  let amountMinor: number | undefined;
  let items: ValidItem[] | undefined;
  if (hasAmount && hasItems) p.add('amount and items cannot be used together');
  if (hasItems && checkoutMode === 'donation') p.add('items cannot be used with checkoutMode donation');
  if (hasItems && checkoutMode === 'recurring') p.add('items cannot be used with checkoutMode recurring');
  if (hasAmount) amountMinor = amountField(body.amount, 'amount', currency, p);
  if (hasItems) items = validateItems(body.items, currency, p);
  if (!hasAmount && !hasItems && checkoutMode !== 'donation')
    p.add('amount is required unless items are given or checkoutMode is donation');

  let subtotalMinor = amountMinor ?? 0;
  if (items) {
    subtotalMinor = items.reduce((sum, item) => sum + item.priceMinor * item.quantity, 0);
    if (subtotalMinor > maxAmountMinor(currency)) p.add('items total must be at most 999999999.99');
  }

  let recurringConfig: Record<string, unknown> | undefined;
  if (checkoutMode === 'recurring') {
    if (body.recurringConfig === undefined) p.add('recurringConfig is required when checkoutMode is recurring');
    else recurringConfig = validateRecurring(body.recurringConfig, p);
  }

  let donationConfig: Record<string, unknown> | undefined;
  if (body.donationConfig !== undefined) {
    if (!isPlainObject(body.donationConfig)) p.add('donationConfig must be an object');
    else donationConfig = body.donationConfig;
  }

  let surchargeBasisPoints = 0;
  if (body.surchargePercent !== undefined) {
    const text = decimalText(body.surchargePercent);
    const parsed = text === undefined || text.trim().startsWith('-') ? undefined : parseDecimal(text, 2);
    if (!parsed?.ok) p.add('surchargePercent must be a number from 0 to 3.00 with at most 2 decimals');
    else if (parsed.minor > 300) p.add('surchargePercent must be at most 3.00');
    else surchargeBasisPoints = parsed.minor;
  }

  let transactionChannel: 'ecommerce' | 'moto' = 'ecommerce';
  if (body.transactionChannel !== undefined) {
    if (body.transactionChannel !== 'ecommerce' && body.transactionChannel !== 'moto') {
      p.add('transactionChannel must be one of ecommerce, moto');
    } else transactionChannel = body.transactionChannel;
  }
  const taxExempt = booleanField(body, 'taxExempt', false, p);
  const allowPopup = booleanField(body, 'allowPopup', true, p);
  const collectShippingAddress = booleanField(body, 'collectShippingAddress', false, p);

  let metadata: Record<string, unknown> = {};
  if (body.metadata !== undefined) {
    if (!isPlainObject(body.metadata)) p.add('metadata must be an object');
    else if (Buffer.byteLength(JSON.stringify(body.metadata), 'utf8') > METADATA_MAX_BYTES) {
      p.add('metadata must be at most 10KB (10240 bytes as JSON)');
    } else metadata = body.metadata;
  }
  const appearance = validateAppearance(body.appearance, p);

  let idempotencyKey: string | undefined;
  if (body.idempotencyKey !== undefined) {
    if (
      typeof body.idempotencyKey !== 'string' ||
      body.idempotencyKey.length === 0 ||
      body.idempotencyKey.length > 255
    ) {
      p.add('idempotencyKey must be a string of 1 to 255 characters');
    } else idempotencyKey = body.idempotencyKey;
  }

  if (p.list.length > 0) return { ok: false, details: p.list };
  return {
    ok: true,
    value: {
      merchantId,
      merchantName,
      currency,
      checkoutMode,
      ...(amountMinor !== undefined && { amountMinor }),
      ...(items && { items }),
      subtotalMinor,
      successUrl,
      cancelUrl,
      errorUrl,
      embedMode,
      ...(parentOrigin && { parentOrigin }),
      surchargeBasisPoints,
      transactionChannel,
      taxExempt,
      metadata,
      appearance,
      ...(donationConfig && { donationConfig }),
      ...(recurringConfig && { recurringConfig }),
      ...(idempotencyKey && { idempotencyKey }),
      allowPopup,
      collectShippingAddress,
    },
  };
}

export interface ValidLink {
  session: ValidCreate;
  expiresInDays: number;
  usageLimit: number | null;
}

/** `POST /api/payment-links/create`: the session rules plus `expiresInDays` and `usageLimit` (§6.1). */
export function validateCreateLink(body: unknown): Validation<ValidLink> {
  const base = validateCreateSession(body);
  const details = base.ok ? [] : [...base.details];
  const record = isPlainObject(body) ? body : {};
  let expiresInDays = 7;
  if (record.expiresInDays !== undefined) {
    const v = record.expiresInDays;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 3650) {
      details.push('expiresInDays must be an integer from 1 to 3650');
    } else expiresInDays = v;
  }
  let usageLimit: number | null = null;
  if (record.usageLimit !== undefined && record.usageLimit !== null) {
    const v = record.usageLimit;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      details.push('usageLimit must be a positive integer or null');
    else usageLimit = v;
  }
  if (!base.ok || details.length > 0) return { ok: false, details };
  return { ok: true, value: { session: base.value, expiresInDays, usageLimit } };
}
