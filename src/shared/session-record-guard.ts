// A fast check of history lines read from disk, used where zod would cost too much at 100,000
// records per start. It must accept exactly what the SessionRecord schema accepts; a property
// test (test/unit/property/record-guard.test.ts) holds it to that.
import { z } from 'zod';
import { SESSION_STATUSES, type SessionStatus } from './ozura/status';
import { MAX_STATION_CHARS, type SessionRecord, type SessionUpdate } from './session-record';

const KINDS = new Set(['amount', 'cart', 'donation']);
const ENVIRONMENTS = new Set(['sandbox', 'ozura', 'custom']);
const STATUSES = new Set<string>(SESSION_STATUSES);
/** zod's own pattern for `z.iso.datetime()`, tested directly: the same verdict, far cheaper per call. */
const ISO_DATETIME = z.core.regexes.datetime({});

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const optionalString = (v: unknown): boolean => v === undefined || isString(v);
const isNonNegativeInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDateTime = (v: unknown): boolean => isString(v) && ISO_DATETIME.test(v);

/** An organiser's note of a second outcome (#21), or `null` once settled. */
function isConflict(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  return (
    isObject(v) && STATUSES.has(v.status as string) && isString(v.station) && v.station.length <= MAX_STATION_CHARS
  );
}

function isPayment(v: unknown): boolean {
  if (!isObject(v)) return false;
  return (
    (v.paidMinor === undefined || isNonNegativeInt(v.paidMinor)) &&
    optionalString(v.transactionId) &&
    optionalString(v.cardBrand) &&
    optionalString(v.cardLastFour)
  );
}

export function isSessionRecord(v: unknown): v is SessionRecord {
  if (!isObject(v)) return false;
  const input = v.input;
  return (
    isString(v.id) &&
    v.id.length > 0 &&
    isString(v.checkoutUrl) &&
    KINDS.has(v.kind as string) &&
    isNonNegativeInt(v.amountMinor) &&
    (v.tipMinor === undefined || (isNonNegativeInt(v.tipMinor) && (v.tipMinor as number) > 0)) &&
    isString(v.currency) &&
    v.currency.length === 3 &&
    optionalString(v.reference) &&
    isObject(input) &&
    KINDS.has(input.kind as string) &&
    isString(input.currency) &&
    isString(v.environment) &&
    ENVIRONMENTS.has(v.environmentKind as string) &&
    isString(v.apiBaseUrl) &&
    isString(v.merchantName) &&
    (v.station === undefined || (isString(v.station) && v.station.length <= MAX_STATION_CHARS)) &&
    isDateTime(v.createdAt) &&
    isDateTime(v.expiresAt) &&
    STATUSES.has(v.status as SessionStatus) &&
    (v.statusCheckedAt === undefined || isDateTime(v.statusCheckedAt)) &&
    optionalString(v.errorCode) &&
    (v.payment === undefined || isPayment(v.payment)) &&
    optionalString(v.paymentLinkId) &&
    isConflict(v.conflict)
  );
}

export function isSessionUpdate(v: unknown): v is SessionUpdate {
  if (!isObject(v)) return false;
  return (
    (v.status === undefined || STATUSES.has(v.status as string)) &&
    (v.statusCheckedAt === undefined || isDateTime(v.statusCheckedAt)) &&
    optionalString(v.errorCode) &&
    (v.payment === undefined || isPayment(v.payment)) &&
    isConflict(v.conflict)
  );
}
