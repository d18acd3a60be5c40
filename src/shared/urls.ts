import { z } from 'zod';
import { MAX_URL_CHARS } from './limits';

/** An absolute http(s) URL, e.g. "https://shop.example/thanks" (not "/thanks", not "ftp:"). */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'https:' || protocol === 'http:';
}

/** A URL field as forms send it: trimmed, and absolute http(s). */
export const AbsoluteUrl = z
  .string({ error: 'field.text' })
  .trim()
  .max(MAX_URL_CHARS, { error: 'field.tooLong' })
  .refine(isHttpUrl, { error: 'field.absoluteUrl' });
