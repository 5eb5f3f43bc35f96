import { describe, expect, it } from 'vitest';
import { customer, day } from '../../shared/aggregate/testCustomers';
import type { ImportReport } from '../../shared/importModel';
import { withFutureDates } from './futureDates';

const report: ImportReport = {
  fileName: 'list.csv',
  sheet: null,
  rowsRead: 3,
  rowsUsed: 3,
  rowsRejected: 0,
  issues: [],
} as unknown as ImportReport;

describe('dates after the day of the import', () => {
  it('are named once, at the first such row, with how many customers have one', () => {
    const list = [
      { ...customer('2026-01-05', '2027-03-31'), row: 4 },
      { ...customer('2026-02-01'), row: 2 },
      { ...customer('2026-12-20'), row: 3 },
    ];
    const { issues } = withFutureDates(report, list, day('2026-12-02'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'datesAfterToday',
        severity: 'warning',
        row: 3,
        params: { row: 3, value: '2026-12-20', today: '2026-12-02', count: 2 },
      }),
    ]);
    expect(issues[0]?.message).toContain('2 customers have a start or end date after today');
  });

  it('leave a list of the past as it was', () => {
    const list = [customer('2026-01-05', '2026-12-02'), customer('2025-06-01')];
    expect(withFutureDates(report, list, day('2026-12-02'))).toBe(report);
  });
});
