/**
 * A failed call to the Ozura API. `rejected`: the API answered 4xx and retrying the same
 * request will not help. `unavailable`: no usable answer (network, timeout, 5xx, 429, or a
 * body that is not what the API documents); a retry may help.
 */
export class OzuraApiError extends Error {
  constructor(
    readonly kind: 'rejected' | 'unavailable',
    message: string,
    readonly status?: number,
    readonly details: readonly string[] = [],
    /** From `Retry-After` on a 429 or 503. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'OzuraApiError';
  }
}

/** A message for the person at the counter: what happened and what to do. */
export function describeStatus(status: number, apiMessage: string): string {
  switch (status) {
    case 400:
      return `Ozura did not accept the session: ${apiMessage}`;
    case 401:
      return 'Ozura did not accept the API keys (401). Check the keys in Settings.';
    case 404:
      return 'Ozura does not know this session (404).';
    case 409:
      return `Ozura refused the request as a conflict (409): ${apiMessage}`;
    case 429:
      return 'Ozura is limiting requests (429). Wait a moment and try again.';
    default:
      return status >= 500
        ? `Ozura is having trouble (${status}). Try again in a moment.`
        : `Ozura answered ${status}: ${apiMessage}`;
  }
}
