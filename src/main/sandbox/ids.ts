import { randomBytes } from 'node:crypto';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Random bytes drawn from the OS this many at a time: one call per id cost ~7 % of a create. */
const RANDOM_POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let used = 0;

function randomSlice(length: number): Buffer {
  if (used + length > pool.length) {
    pool = randomBytes(RANDOM_POOL_BYTES);
    used = 0;
  }
  used += length;
  return pool.subarray(used - length, used);
}

/** `session_` + 14 lowercase alphanumerics (ozura-api.md G22). */
export function newSessionId(): string {
  const bytes = randomSlice(14);
  let id = 'session_';
  for (const byte of bytes) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return id;
}

/** `pl_` + 14 hex digits (G22). */
export function newPaymentLinkId(): string {
  return `pl_${randomBytes(7).toString('hex')}`;
}

let sequence = 0;

/** 17 characters: YYMMDD + 7 digits + 4 uppercase hex, like `2603130000113B86C` (G23). */
export function newTransactionId(nowMs: number): string {
  const date = new Date(nowMs).toISOString();
  const yymmdd = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
  sequence = (sequence + 1) % 10_000_000;
  const hex = randomBytes(2).toString('hex').toUpperCase();
  return `${yymmdd}${String(sequence).padStart(7, '0')}${hex}`;
}
