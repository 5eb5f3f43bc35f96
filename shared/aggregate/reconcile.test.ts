import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../customers';
import { dayNumberOf } from '../calendar';
import { aggregateCustomers } from './index';
import { reconcileWithList } from './reconcile';

const customer = (id: string, start: [number, number, number], end: [number, number, number] | null) =>
  ({
    row: 0,
    id,
    start: dayNumberOf(...start),
    end: end === null ? null : dayNumberOf(...end),
    purchases: null,
    revenue: null,
    npsScore: null,
    npsDate: null,
  }) as unknown as CustomerRecord;

const LIST = [
  customer('A', [2024, 1, 5], null),
  customer('B', [2024, 1, 9], [2024, 1, 20]), // joined and left in January: N 2, E 1 there
  customer('C', [2024, 2, 3], [2024, 3, 1]),
];

describe('reconciling a reopened workbook with its customer list', () => {
  const periods = aggregateCustomers(LIST, 'month').periods;
  const asSaved = periods.map((row) => ({ ...row, customersRetained: null, aggregated: false }));

  it('gives the periods the list still gives their customers kept and marks them the list’s', () => {
    expect(reconcileWithList(asSaved, LIST, 'month')).toEqual(periods);
    expect(periods.every((row) => row.aggregated)).toBe(true);
  });

  it('keeps a period edited since as the user’s own, checked and without the list’s R', () => {
    const edited = asSaved.map((row) => (row.label === '2024-02' ? { ...row, customersAtEnd: 9 } : row));
    const reconciled = reconcileWithList(edited, LIST, 'month');
    expect(reconciled.find((row) => row.label === '2024-02')).toMatchObject({
      aggregated: false,
      customersRetained: null,
    });
    expect(reconciled.find((row) => row.label === '2024-03')).toMatchObject({ aggregated: true });
  });
});
