/** Hours one chart shows side by side; a longer period is added up by hour of the day instead. */
export const MAX_CHART_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

export interface HourBar {
  /** The hour it starts, as the clock on the wall says it (0–23). */
  hourOfDay: number;
  amountMinor: number;
}

export interface HourlyBars {
  /** Each hour of one stretch (`'stretch'`), or the day's 24 hours with every day added up (`'by-hour-of-day'`). */
  kind: 'stretch' | 'by-hour-of-day';
  bars: HourBar[];
}

/**
 * The bars of the takings chart from main's hours with takings (oldest first). The quiet hours
 * between get a bar of zero, so a lull reads as one. Over more than MAX_CHART_HOURS the period
 * is added up by hour of the day: which hours are busy, not a thousand thin bars.
 */
export function hourlyBars(hours: readonly { hour: string; amountMinor: number }[]): HourlyBars {
  const first = hours[0];
  const last = hours.at(-1);
  if (!first || !last) return { kind: 'stretch', bars: [] };
  const start = Date.parse(first.hour);
  const span = Math.round((Date.parse(last.hour) - start) / HOUR_MS) + 1;
  if (span <= MAX_CHART_HOURS) {
    const bars = Array.from({ length: span }, (_, n) => ({
      hourOfDay: new Date(start + n * HOUR_MS).getHours(),
      amountMinor: 0,
    }));
    for (const h of hours)
      (bars[Math.round((Date.parse(h.hour) - start) / HOUR_MS)] as HourBar).amountMinor += h.amountMinor;
    return { kind: 'stretch', bars };
  }
  const day = Array.from({ length: 24 }, (_, hourOfDay) => ({ hourOfDay, amountMinor: 0 }));
  for (const h of hours) (day[new Date(h.hour).getHours()] as HourBar).amountMinor += h.amountMinor;
  return { kind: 'by-hour-of-day', bars: day };
}
