import { fieldTexts } from '../../../shared/field-errors';
import { text, type Text } from '../../../shared/i18n/translator';
import type { z } from 'zod';
import { AppError } from '../app-error';
import { OzuraApiError } from '../ozura-client/errors';
import type { CartItemInput, CreateSessionInput } from '../../../shared/create-session-input';
import { minorUnits, toDecimalString } from '../../../shared/money';
import type { CreateSessionRequest } from '../../../shared/ozura/create-request';
import type { ApiItem } from '../../../shared/ozura/create-session-schema';
import type { MerchantProfile } from '../ports';
import { tipMinor } from './records';

/** The cart line a tip becomes (#20); its name is said in the staff's language. */
export const TIP_PRODUCT_ID = 'tip';

/**
 * The request body for a builder input, on behalf of the active profile's merchant. A tip is
 * part of what is charged: added to a flat amount, or a cart line named `tipName`.
 */
export function buildCreateRequest(
  input: CreateSessionInput,
  merchant: MerchantProfile,
  idempotencyKey: string,
  tipName = 'Tip',
): CreateSessionRequest {
  const { options = {} } = input;
  const tip = tipMinor(input);
  const metadata = compact({
    reference: input.reference,
    note: input.note,
    staff: input.staffInitials,
    staffId: input.staffId,
    station: merchant.stationName || undefined,
    // Minor units as a decimal string, so the redirect's metadata says what was added.
    tip: tip > 0 ? String(tip) : undefined,
  });
  return {
    merchantId: merchant.merchantId,
    merchantName: merchant.merchantName,
    currency: input.currency,
    ...amountFields(input, tip, tipName),
    successUrl: options.successUrl ?? merchant.successUrl,
    cancelUrl: options.cancelUrl ?? merchant.cancelUrl,
    errorUrl: options.errorUrl ?? merchant.errorUrl,
    ...(options.surchargePercent !== undefined && { surchargePercent: options.surchargePercent }),
    ...(options.taxExempt !== undefined && { taxExempt: options.taxExempt }),
    ...(Object.keys(metadata).length > 0 && { metadata }),
    ...(Object.keys(merchant.appearance).length > 0 && { appearance: merchant.appearance }),
    idempotencyKey,
  };
}

function amountFields(input: CreateSessionInput, tip: number, tipName: string): Partial<CreateSessionRequest> {
  const decimal = (text: string): string => toDecimalString(minorUnits(text, input.currency) ?? 0, input.currency);
  switch (input.kind) {
    case 'amount':
      return { amount: toDecimalString((minorUnits(input.amount, input.currency) ?? 0) + tip, input.currency) };
    case 'donation':
      return { checkoutMode: 'donation', ...(input.amount?.trim() && { amount: decimal(input.amount) }) };
    case 'cart': {
      const items = input.items.map((item) => apiItem(item, input.currency));
      if (tip > 0)
        items.push({
          productId: TIP_PRODUCT_ID,
          name: tipName,
          price: Number(toDecimalString(tip, input.currency)),
          quantity: 1,
        });
      return { items };
    }
  }
}

/** Item prices are JSON numbers on the wire (ozura-api.md §3.2), made from their exact decimal text. */
function apiItem(item: CartItemInput, currency: string): ApiItem {
  const price = (text: string): number => Number(toDecimalString(minorUnits(text, currency) ?? 0, currency));
  return {
    productId: item.productId,
    name: item.name,
    price: price(item.price),
    quantity: item.quantity,
    ...compact({
      imageUrl: item.imageUrl,
      description: item.description,
      variant: item.variant,
      brand: item.brand,
      category: item.category,
      discountLabel: item.discountLabel,
    }),
    ...(item.originalPrice?.trim() && { originalPrice: price(item.originalPrice) }),
    ...(item.taxExempt !== undefined && { taxExempt: item.taxExempt }),
  };
}

function compact(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/**
 * Where a rule broken in the request body shows in the builder: `items[2].price` and
 * `items.2.price` become `items.2.price`, URLs go under `options`, metadata to the reference.
 */
export function inputFieldFor(apiPath: string): string | undefined {
  const path = apiPath.replace(/\[(\d+)\]/g, '.$1');
  const [head] = path.split('.');
  switch (head) {
    case 'amount':
    case 'items':
    case 'currency':
      return path;
    case 'successUrl':
    case 'cancelUrl':
    case 'errorUrl':
    case 'surchargePercent':
    case 'taxExempt':
      return `options.${head}`;
    case 'metadata':
      return 'reference';
    case 'expiresInDays':
    case 'usageLimit':
      return head;
    default:
      return undefined;
  }
}

/** Field messages from the shared schema's verdict on a request body. */
export function requestFieldErrors(error: Pick<z.ZodError, 'issues'>): Record<string, Text> {
  const fields: Record<string, Text> = {};
  for (const [path, problem] of Object.entries(fieldTexts(error))) fields[inputFieldFor(path) ?? 'form'] ??= problem;
  return fields;
}

/**
 * Maps the API's 400 `details` ("items[0].price must be …") onto builder fields; what cannot be
 * mapped stays in `unmapped`, to be shown verbatim.
 */
export function detailsToFields(details: readonly string[]): { fields: Record<string, Text>; unmapped: string[] } {
  const fields: Record<string, Text> = {};
  const unmapped: string[] = [];
  for (const detail of details) {
    const token = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?)\b/.exec(detail)?.[1];
    const field = token ? inputFieldFor(token) : undefined;
    if (field) fields[field] ??= text('api.detail', { detail });
    else unmapped.push(detail);
  }
  return { fields, unmapped };
}

/** Stops a request body that breaks the shared schema, with the builder's field messages. */
export function assertValidBody(verdicts: readonly z.ZodSafeParseResult<unknown>[], what: 'session' | 'link'): void {
  const issues = verdicts.flatMap((verdict) => (verdict.success ? [] : verdict.error.issues));
  if (issues.length === 0) return;
  const fields = requestFieldErrors({ issues });
  throw new AppError('invalid-input', fields.form ?? text('error.fixBeforeCreate', { what }), fields);
}

/** Sends a create; a 400 from the API comes back as builder field messages plus its own words. */
export async function sendCreate<T>(send: () => Promise<T>, what: 'session' | 'link'): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof OzuraApiError && error.status === 400) {
      const { fields, unmapped } = detailsToFields(error.details);
      throw new AppError('api-rejected', text('error.ozuraRejected', { what, details: unmapped.join(' ') }), fields);
    }
    throw error;
  }
}
