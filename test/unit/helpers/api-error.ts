import { expect } from 'vitest';
import { OzuraApiError } from '../../../src/main/core/ozura-client/errors';

/** The OzuraApiError a client call must fail with (the test fails if it succeeds or throws anything else). */
export async function apiFailure(promise: Promise<unknown>): Promise<OzuraApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OzuraApiError);
  return error as OzuraApiError;
}
