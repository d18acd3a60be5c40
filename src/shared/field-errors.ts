import type { z } from 'zod';
import { CATALOGUES, type MessageKey } from './i18n/catalogues';
import type { MessageValues, Text, Translator } from './i18n/translator';

// Schemas name their problems by message key ("field.tooLong"), never in words, so the words
// can be said in the staff's language where they are shown. The numbers a message needs come
// from the issue itself (`maximum`, `minimum`, `input`) or from the custom issue's `params`.

/** A custom zod issue saying `problem` at `path`. */
export function issueOf(path: (string | number)[], problem: Text): z.core.$ZodRawIssue {
  return { code: 'custom', path, message: problem.key, params: problem.values ?? {}, input: undefined };
}

/** How much of a refused value a message repeats back ("Unknown currency code …"): enough to recognise it. */
export const MAX_ECHOED_INPUT_CHARS = 40;

const isKey = (message: string): message is MessageKey => Object.hasOwn(CATALOGUES.en, message);

function valuesOf(issue: z.core.$ZodIssue): MessageValues {
  const values: MessageValues = {};
  const record = issue as unknown as Record<string, unknown>;
  for (const name of ['maximum', 'minimum']) {
    const value = record[name];
    if (typeof value === 'number' || typeof value === 'bigint') values[name] = Number(value);
  }
  const input = record.input;
  if (typeof input === 'string') values.input = input.slice(0, MAX_ECHOED_INPUT_CHARS);
  else if (typeof input === 'number') values.input = input;
  if (issue.code === 'custom' && issue.params) Object.assign(values, issue.params);
  return values;
}

/**
 * One problem per field ("amount" → amount.empty), so a form can show each beside its field.
 * Unexpected keys are reported under their own names; a message that is not a key (zod's own,
 * for a check no schema worded) is "not valid here".
 */
export function fieldTexts(error: Pick<z.ZodError, 'issues'>): Record<string, Text> {
  const fields: Record<string, Text> = {};
  for (const issue of error.issues) {
    const names =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key].join('.'))
        : [issue.path.length > 0 ? issue.path.join('.') : '(input)'];
    const problem: Text = isKey(issue.message)
      ? { key: issue.message, values: valuesOf(issue) }
      : { key: issue.code === 'unrecognized_keys' ? 'field.unexpected' : 'field.invalid' };
    for (const name of names) fields[name] ??= problem;
  }
  return fields;
}

/** The same, said in one language. */
export function fieldErrors(error: z.ZodError, words: Translator): Record<string, string> {
  return sayFields(fieldTexts(error), words);
}

export function sayFields(fields: Record<string, Text>, words: Translator): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, problem]) => [field, words.say(problem)]));
}

/** One line naming each field and its problem, for a message or a log. */
export function describeFieldErrors(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
}
