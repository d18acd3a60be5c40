import { describe, expect, it } from 'vitest';
import { hourlyBars, MAX_CHART_HOURS } from '../../../src/renderer/src/features/history/hourly-bars';

// The takings chart's bars, read in the machine's own zone (the clock on the wall).

const at = (day: number, hour: number, amountMinor: number) => ({
  hour: new Date(2026, 11, day, hour).toISOString(),
  amountMinor,
});

describe('hourlyBars', () => {
  it('draws every hour from the first sale to the last, a quiet hour as a zero bar', () => {
    expect(hourlyBars([at(5, 9, 1200), at(5, 10, 800), at(5, 13, 450)])).toEqual({
      kind: 'stretch',
      bars: [
        { hourOfDay: 9, amountMinor: 1200 },
        { hourOfDay: 10, amountMinor: 800 },
        { hourOfDay: 11, amountMinor: 0 },
        { hourOfDay: 12, amountMinor: 0 },
        { hourOfDay: 13, amountMinor: 450 },
      ],
    });
  });

  it('runs on past midnight within one stretch of at most MAX_CHART_HOURS', () => {
    const bars = hourlyBars([at(5, 22, 100), at(6, 1, 300)]);
    expect(bars.bars.map((b) => b.hourOfDay)).toEqual([22, 23, 0, 1]);
    const full = hourlyBars([at(5, 6, 1), at(6, 5, 2)]);
    expect(full).toMatchObject({ kind: 'stretch' });
    expect(full.bars).toHaveLength(MAX_CHART_HOURS);
  });

  it('adds a longer period up by hour of the day, all 24 of them', () => {
    const { kind, bars } = hourlyBars([at(1, 9, 100), at(2, 9, 250), at(3, 14, 40)]);
    expect(kind).toBe('by-hour-of-day');
    expect(bars).toHaveLength(24);
    expect(bars[9]).toEqual({ hourOfDay: 9, amountMinor: 350 });
    expect(bars[14]).toEqual({ hourOfDay: 14, amountMinor: 40 });
    expect(bars.reduce((sum, b) => sum + b.amountMinor, 0)).toBe(390);
  });

  it('has no bars without takings', () => {
    expect(hourlyBars([])).toEqual({ kind: 'stretch', bars: [] });
  });
});
