import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../../../shared/parse';
import { profileColumns } from './columnProfile';
import { lostCustomersColumn } from './lostColumn';

/** The lost column of a table with the period, S, N and E in A-D and the header given in E. */
function lostColumnOf(header: string, values: readonly (string | number)[] = [12, 30, 7]): number | null {
  const headers = ['Period', 'S', 'N', 'E', header];
  const rows: SheetRow[] = values.map((value, index) => ({
    number: index + 2,
    cells: [`2024-0${index + 1}`, 100, 10, 100, value],
  }));
  const profiles = profileColumns(headers, rows).map((column) => column.profile);
  return lostCustomersColumn(profiles, [0, 1, 2, 3]);
}

describe("a period table's own lost customers column", () => {
  it('is recognised by a header that names customers lost, in Finnish and English', () => {
    for (const header of [
      'Menetetyt asiakkaat',
      'Menetetyt',
      'Poistuneet asiakkaat',
      'Poistuneet (kpl)',
      'Lopettaneet',
      'Irtisanotut',
      'Poistuma (kpl)',
      'Lost customers',
      'Customers lost',
      'Lost',
      'Churned customers',
      'Cancellations',
      'Number of lost customers',
      'Churn count',
    ])
      expect(lostColumnOf(header), header).toBe(4);
    // Counts 0-10 profile as scores: a small table's lost customers still count.
    expect(lostColumnOf('Menetetyt', [1, 0, 3])).toBe(4);
  });

  it('is not a rate, money, a date, new customers, an NPS count or a header that may mean those who stayed', () => {
    for (const header of [
      'Churn %',
      'Churn rate',
      'Poistuma %',
      'Poistuneiden osuus',
      'Churn',
      'Customer churn',
      'Asiakaspoistuma',
      'Lost revenue',
      'Menetetty myynti',
      'Churned MRR',
      'Cancelled orders',
      'Lopetuspäivä',
      'Customers left',
      'Net change',
      'Revenue',
    ])
      expect(lostColumnOf(header), header).toBeNull();
  });

  it('holds whole numbers, and is no column the mapping reads as a field', () => {
    expect(lostColumnOf('Lost customers', [2.5, 3.25, 1.5])).toBeNull();
    expect(lostColumnOf('Lost customers', ['many', 'few', 'some'])).toBeNull();
    const profiles = profileColumns(['Lost customers'], [{ number: 2, cells: [3] }]).map((column) => column.profile);
    expect(lostCustomersColumn(profiles, [0])).toBeNull();
    expect(lostCustomersColumn(profiles, [])).toBe(0);
  });
});
