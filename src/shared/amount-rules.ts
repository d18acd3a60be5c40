// Kept free of zod so the renderer can check an amount as it is typed without bundling it.
import { apiDecimals, maxAmountMinor, parseDecimal } from './money';

/** Why `text` is not an acceptable amount in `currency`, or undefined when it is. */
export function amountProblem(text: string, currency: string): string | undefined {
  if (text.trim() === '') return 'Enter an amount';
  if (text.trim().startsWith('-')) return 'Amount must be greater than zero';
  const decimals = apiDecimals(currency);
  const parsed = parseDecimal(text, decimals);
  if (!parsed.ok) {
    if (parsed.reason === 'decimals') {
      return decimals === 0
        ? `${currency} amounts have no decimal places`
        : `${currency} amounts have at most ${decimals} decimal places`;
    }
    if (parsed.reason === 'too-large') return 'Amount must be at most 999,999,999.99';
    return 'Amount must be a number such as 12.50';
  }
  if (parsed.minor === 0) return 'Amount must be greater than zero';
  if (parsed.minor > maxAmountMinor(currency)) return 'Amount must be at most 999,999,999.99';
  return undefined;
}
