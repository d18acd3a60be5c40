import { text, translator, type Text } from '../../../shared/i18n/translator';

/**
 * A failed call to the Ozura API. `rejected`: the API answered 4xx and retrying the same
 * request will not help. `unavailable`: no usable answer (network, timeout, 5xx, 429, or a
 * body that is not what the API documents); a retry may help.
 */
export class OzuraApiError extends Error {
  constructor(
    readonly kind: 'rejected' | 'unavailable',
    /** What to tell the person at the counter; `message` is its English, for logs. */
    readonly text: Text,
    readonly status?: number,
    readonly details: readonly string[] = [],
    /** From `Retry-After` on a 429 or 503. */
    readonly retryAfterMs?: number,
  ) {
    super(translator('en').say(text));
    this.name = 'OzuraApiError';
  }
}

/** A message for the person at the counter: what happened and what to do. */
export function describeStatus(status: number, apiMessage: string): Text {
  switch (status) {
    case 400:
      return text('ozura.status400', { said: apiMessage });
    case 401:
      return text('ozura.status401');
    case 404:
      return text('ozura.status404');
    case 409:
      return text('ozura.status409', { said: apiMessage });
    case 429:
      return text('ozura.status429');
    default:
      return status >= 500
        ? text('ozura.status5xx', { status })
        : text('ozura.statusOther', { status, said: apiMessage });
  }
}
