/**
 * Whether Linkdesk may hand `url` to the system browser: only http(s) links on one of the
 * allowed origins (the checkout host of the session's environment). Anything else, such as
 * `file:`, `javascript:` or another host, is refused.
 */
export function isAllowedExternalUrl(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return allowedOrigins.includes(parsed.origin);
}
