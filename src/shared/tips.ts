// Tips (#20): what a preset or a custom tip adds to a sale, in integer minor units. Kept free of
// zod so the customer's buttons and main's create compute the very same amount.
import { maxAmountMinor, minorUnits, parseDecimal } from './money';

/** A percent tip above this is refused (a preset or a customer's choice). */
export const MAX_TIP_PERCENT = 100;
/** How many presets a profile offers the customer, besides "custom" and "no tip". */
export const TIP_PRESET_COUNT = 3;

/** What the customer chose: a percent of the sale, or an amount ("2.50"). "No tip" is no choice. */
export type TipChoice = { kind: 'percent'; percent: string } | { kind: 'amount'; amount: string };

/** A profile's tipping: off by default; presets are percents or amounts in the sale's currency. */
export interface Tipping {
  enabled: boolean;
  unit: 'percent' | 'amount';
  presets: string[];
}

export const TIPPING_OFF: Tipping = { enabled: false, unit: 'percent', presets: ['10', '15', '20'] };

/** Hundredths of a percent in "12.5" (1250), or undefined if it is not a percent we accept. */
export function percentHundredths(percent: string): number | undefined {
  const parsed = parseDecimal(percent, 2);
  if (!parsed.ok || parsed.minor <= 0 || parsed.minor > MAX_TIP_PERCENT * 100) return undefined;
  return parsed.minor;
}

/**
 * `percent` of `saleMinor`, rounded half-up to the currency's minor unit (whole yen for JPY,
 * since a sale in JPY is already counted in whole yen). Exact: integers only, in BigInt.
 */
export function percentOf(saleMinor: number, hundredths: number): number {
  return Number((BigInt(saleMinor) * BigInt(hundredths) + 5000n) / 10000n);
}

/** The tip a choice adds to a sale, in minor units; undefined when the choice is not valid. */
export function tipMinorOf(choice: TipChoice, saleMinor: number, currency: string): number | undefined {
  if (choice.kind === 'percent') {
    const hundredths = percentHundredths(choice.percent);
    return hundredths === undefined ? undefined : percentOf(saleMinor, hundredths);
  }
  const minor = minorUnits(choice.amount, currency);
  return minor === undefined || minor <= 0 ? undefined : minor;
}

/** Why a tip cannot go on this sale, or undefined when it can. */
export function tipProblem(
  choice: TipChoice,
  saleMinor: number,
  currency: string,
): 'tip.invalid' | 'tip.totalTooLarge' | undefined {
  const tip = tipMinorOf(choice, saleMinor, currency);
  if (tip === undefined) return 'tip.invalid';
  if (saleMinor + tip > maxAmountMinor(currency)) return 'tip.totalTooLarge';
  return undefined;
}

/** One button of the customer's tip choice: what it adds, worked out for this sale. */
export interface TipOption {
  choice: TipChoice;
  tipMinor: number;
}

/** The profile's presets as buttons for this sale (presets that do not apply are left out). */
export function tipOptions(tipping: Tipping, saleMinor: number, currency: string): TipOption[] {
  return tipping.presets.flatMap((preset) => {
    const choice: TipChoice =
      tipping.unit === 'percent' ? { kind: 'percent', percent: preset } : { kind: 'amount', amount: preset };
    const tipMinor = tipMinorOf(choice, saleMinor, currency);
    return tipMinor === undefined || tipProblem(choice, saleMinor, currency) ? [] : [{ choice, tipMinor }];
  });
}
