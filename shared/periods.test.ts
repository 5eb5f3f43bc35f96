import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatIsoDate } from './calendar';
import { nextPeriodLabel, parsePeriodLabel, periodAt, periodIndexOf, periodRange } from './periods';

function days(label: string) {
  const period = parsePeriodLabel(label);
  return period && [formatIsoDate(period.firstDay), formatIsoDate(period.lastDay)];
}

describe('period calendar', () => {
  it('labels months, quarters and years exactly so', () => {
    const day = dayNumberOf(2024, 5, 17);
    expect(periodAt(periodIndexOf(day, 'month'), 'month').label).toBe('2024-05');
    expect(periodAt(periodIndexOf(day, 'quarter'), 'quarter').label).toBe('2024-Q2');
    expect(periodAt(periodIndexOf(day, 'year'), 'year').label).toBe('2024');
  });

  it('gives first and last days, leap years included', () => {
    expect(days('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(days('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(days('2024-Q4')).toEqual(['2024-10-01', '2024-12-31']);
    expect(days('2024')).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('puts the first and last day of a period in that period', () => {
    for (const kind of ['month', 'quarter', 'year'] as const) {
      for (const period of periodRange(
        periodIndexOf(dayNumberOf(2023, 11, 1), kind),
        periodIndexOf(dayNumberOf(2025, 2, 1), kind),
        kind,
      )) {
        expect(periodIndexOf(period.firstDay, kind)).toBe(period.index);
        expect(periodIndexOf(period.lastDay, kind)).toBe(period.index);
        expect(periodIndexOf(period.lastDay + 1, kind)).toBe(period.index + 1);
      }
    }
  });

  it('continues the calendar across year ends', () => {
    expect(nextPeriodLabel('2024-12')).toBe('2025-01');
    expect(nextPeriodLabel('2024-Q4')).toBe('2025-Q1');
    expect(nextPeriodLabel('2024')).toBe('2025');
    expect(nextPeriodLabel('Tammikuu')).toBeNull();
  });

  it('refuses labels that are not periods', () => {
    expect(parsePeriodLabel('2024-13')).toBeNull();
    expect(parsePeriodLabel('2024-Q5')).toBeNull();
    expect(parsePeriodLabel('')).toBeNull();
  });
});
