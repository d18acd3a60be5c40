import type { z } from 'zod';

/**
 * Turns zod issues into one message per field ("amount" → "Enter an amount"), so a form can
 * show each message beside its field. Unexpected keys are reported under their own names.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const names =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key].join('.'))
        : [issue.path.length > 0 ? issue.path.join('.') : '(input)'];
    for (const name of names) fields[name] ??= issue.message;
  }
  return fields;
}

/** One line naming each field and its problem, for a message or a log. */
export function describeFieldErrors(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
}
