import type { OzuraCredentials } from './client';

const REMOVED = '[key removed]';
/** A key header written out in text: `X-API-KEY: …`, `x-ozura-api-key=…`, `"x-api-key":"…"`. */
const KEY_HEADER = /(x-(?:ozura-)?api-key)(["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;

/** Text from the API with both keys, and any key header's value, taken out. */
export function scrubKeys(text: string, credentials: OzuraCredentials): string {
  let scrubbed = text.replace(KEY_HEADER, `$1$2${REMOVED}`);
  for (const key of [credentials.apiKey, credentials.merchantKey]) {
    if (key.length > 0) scrubbed = scrubbed.split(key).join(REMOVED);
  }
  return scrubbed;
}
