// Test cards of the sandbox (emulator behaviour, not Ozura's: ozura-api.md §10).

export type CardOutcome =
  | { kind: 'approve' }
  | { kind: 'decline' } // inline error, session stays pending, counts as a failed attempt
  | { kind: 'fail'; errorCode: 'SYSTEM_ERROR' | 'MANUAL_REVIEW'; message: string };

/** Numbers with a fixed outcome; every other Luhn-valid number is approved. */
export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4000000000000002': { kind: 'decline' },
  '4000000000000119': { kind: 'fail', errorCode: 'SYSTEM_ERROR', message: 'Payment service unavailable' },
  '4000000000000101': { kind: 'fail', errorCode: 'MANUAL_REVIEW', message: 'Transaction flagged for manual review' },
};

export function cardOutcome(pan: string): CardOutcome {
  return TEST_CARDS[pan] ?? { kind: 'approve' };
}

export function luhnValid(pan: string): boolean {
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let digit = Number(pan[pan.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(pan: string): string {
  if (/^4/.test(pan)) return 'VISA';
  if (/^(5[1-5]|2[2-7])/.test(pan)) return 'MASTERCARD';
  if (/^3[47]/.test(pan)) return 'AMEX';
  if (/^(6011|65|64[4-9])/.test(pan)) return 'DISCOVER';
  return 'UNKNOWN';
}

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
}

export interface CheckedCard {
  pan: string;
  brand: string;
  expMonth: string;
  expYear: string; // 2 digits, as in the success redirect
}

/**
 * Checks a card as the Vault would (ozura-api.md §10): 13–19 digits, Luhn, a month 01–12 in
 * this month or later, a 3-digit CVC (4 for Amex). Returns the field errors a customer sees.
 */
export function checkCard(input: CardInput, nowMs: number): { card?: CheckedCard; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const pan = input.number.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(pan)) errors.number = 'Enter a card number of 13 to 19 digits';
  else if (!luhnValid(pan)) errors.number = 'This card number is not valid';

  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input.expiry);
  let expMonth = '';
  let expYear = '';
  if (!expiry) errors.expiry = 'Enter the expiry as MM/YY';
  else {
    const month = Number(expiry[1]);
    const year = Number((expiry[2] ?? '').slice(-2)) + 2000;
    const now = new Date(nowMs);
    if (month < 1 || month > 12) errors.expiry = 'Enter a month from 01 to 12';
    else if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
      errors.expiry = 'This card has expired';
    }
    expMonth = String(month).padStart(2, '0');
    expYear = String(year % 100).padStart(2, '0');
  }

  const brand = cardBrand(pan);
  const cvcLength = brand === 'AMEX' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(input.cvc.trim()))
    errors.cvc = `Enter the ${cvcLength}-digit security code`;

  if (Object.keys(errors).length > 0) return { errors };
  return { card: { pan, brand, expMonth, expYear }, errors };
}
