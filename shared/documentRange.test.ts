import { describe, expect, it } from 'vitest';
import { aggregateCustomers } from './aggregate/index';
import { listRangeInputs } from './aggregate/listRange';
import { customer, day } from './aggregate/testCustomers';
import { documentRangeFigures } from './documentRange';
import { summarizeTableRange } from './figures/tableRange';
import { resolveRange, type PeriodSpan } from './ranges';

const LIST = [
  customer('2024-01-05', null, { npsScore: 9 }),
  customer('2024-01-20', '2024-02-10', { npsScore: 2 }),
  customer('2024-02-03', '2024-04-01'),
];
const { periods } = aggregateCustomers(LIST, 'month');
const span = resolveRange(periods, { first: '2024-02', last: '2024-03' }) as PeriodSpan;

describe('documentRangeFigures', () => {
  it('counts the range from the customer list while its rows are the list’s', () => {
    const range = documentRangeFigures(periods, span, LIST, null);
    expect(range.basis).toBe('customerList');
    expect(range.notes).toEqual([]);
    expect(range.figures).toMatchObject(listRangeInputs(LIST, day('2024-02-01'), day('2024-03-31')));
    expect(range.figures).toMatchObject({ customersAtStart: 2, customersRetained: 1, exactRetentionRate: 50 });
  });

  it('takes the rows by the table rules for a period table, or once a row of the range was edited', () => {
    const edited = periods.map((row) =>
      row.label === '2024-03' ? { ...row, customersAtEnd: 9, aggregated: false } : row,
    );
    const rows = edited.slice(span.firstIndex, span.lastIndex + 1);
    const { inputs, metrics, notes } = summarizeTableRange(rows);
    expect(documentRangeFigures(edited, span, LIST, null)).toEqual({
      basis: 'periodRows',
      notes,
      figures: { ...inputs, ...metrics },
    });
    expect(documentRangeFigures(periods, span, null, null).basis).toBe('periodRows');
    // An edit outside the range leaves the range the list's.
    const february = resolveRange(periods, { first: '2024-02', last: '2024-02' }) as PeriodSpan;
    expect(documentRangeFigures(edited, february, LIST, null).basis).toBe('customerList');
  });
});
