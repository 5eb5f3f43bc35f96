import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOf, dayNumberOf, formatIsoDate, isValidCivilDate, parseIsoDate } from './calendar';

describe('calendar dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(dayNumberOf(2000, 3, 1)).toBe(11017);
    expect(dayNumberOf(1969, 12, 31)).toBe(-1);
  });

  it('agrees with an independent count by UTC milliseconds for every day of 1900-2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2100, 12, 31) }), (n) => {
        const utc = new Date(n * 86_400_000);
        expect(civilDateOf(n)).toEqual({
          year: utc.getUTCFullYear(),
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        });
        expect(formatIsoDate(n)).toBe(utc.toISOString().slice(0, 10));
      }),
    );
  });

  it('reads ISO dates and refuses impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-2-1')).toBeNull();
    expect(isValidCivilDate(2024, 4, 31)).toBe(false);
  });
});
