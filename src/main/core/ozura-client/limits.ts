// The caps the client holds every API answer to (each stated in the README's Security section).

/** The largest response body read from the API; past it the request is aborted. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
/** Retry-After below this is read as this: a host saying "0" must not get a request storm. */
export const RETRY_AFTER_MIN_MS = 1000;
/** Retry-After above this is read as this: a host cannot silence the app for days. */
export const RETRY_AFTER_MAX_MS = 10 * 60 * 1000;
