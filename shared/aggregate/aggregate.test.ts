/**
 * Small customer lists whose every figure was worked out by hand from docs/metrics.md:
 * period edges, same-period starts and ends, leap days, gap periods, each period kind.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodRow } from '../document';
import { computeRowMetrics } from '../figures/rowFigures';
import { aggregateCustomers, TooManyPeriodsError } from './index';
import { skipReasonOf } from './placement';
import { customer, day } from './testCustomers';

/** label → [S, N, E, L] */
function flowOf(periods: PeriodRow[]) {
  return Object.fromEntries(
    periods.map((row) => [
      row.label,
      [row.customersAtStart, row.newCustomers, row.customersAtEnd, computeRowMetrics(row).lostCustomers],
    ]),
  );
}

const edgeCases = [
  customer('2024-01-15', '2024-01-20', { npsScore: 0 }), // starts and ends in January: N and L there
  customer('2024-01-01', null, { npsScore: 10 }), // first day of the range, still a customer
  customer('2024-01-31', '2024-02-01', { npsScore: 7 }), // last day of January to first day of February
  customer('2024-02-10', '2024-02-29', { npsScore: 3 }), // ends on the leap day, the last day of February
  customer('2024-04-30', '2024-05-01'), // March is a gap: nobody starts or ends in it
];

describe('aggregateCustomers: customers per period', () => {
  it('gives no periods and an empty cohort table for an empty list', () => {
    expect(aggregateCustomers([], 'quarter')).toEqual({
      periods: [],
      cohorts: { periodKind: 'quarter', rows: [] },
      listStats: { customers: 0, repeatPurchaseRate: null },
    });
  });

  it('counts months at their edges, with a gap month as a row of its own', () => {
    const { periods } = aggregateCustomers(edgeCases, 'month');
    expect(periods.map((row) => [row.id, row.label, row.firstDay, row.lastDay])).toEqual([
      ['2024-01', '2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03', '2024-03-01', '2024-03-31'],
      ['2024-04', '2024-04', '2024-04-01', '2024-04-30'],
      ['2024-05', '2024-05', '2024-05-01', '2024-05-31'],
    ]);
    expect(flowOf(periods)).toEqual({
      '2024-01': [0, 3, 2, 1],
      '2024-02': [2, 1, 1, 2],
      '2024-03': [1, 0, 1, 0],
      '2024-04': [1, 1, 2, 0],
      '2024-05': [2, 0, 1, 1],
    });
  });

  it('counts quarters and years', () => {
    expect(flowOf(aggregateCustomers(edgeCases, 'quarter').periods)).toEqual({
      '2024-Q1': [0, 4, 1, 3],
      '2024-Q2': [1, 1, 1, 1],
    });
    expect(flowOf(aggregateCustomers(edgeCases, 'year').periods)).toEqual({ '2024': [0, 5, 1, 4] });
  });

  it('places leap days and year ends', () => {
    const list = [customer('2020-02-29', '2021-02-28'), customer('2019-12-31', '2020-01-01')];
    expect(flowOf(aggregateCustomers(list, 'year').periods)).toEqual({
      '2019': [0, 1, 1, 0],
      '2020': [1, 1, 1, 1],
      '2021': [1, 0, 0, 1],
    });
    expect(flowOf(aggregateCustomers(list, 'quarter').periods)['2020-Q1']).toEqual([1, 1, 1, 1]);
  });

  it('reproduces the worked examples of docs/metrics.md', () => {
    const stayers = Array.from({ length: 99 }, () => customer('2024-01-05'));
    const leavers = Array.from({ length: 8 }, () => customer('2024-01-05', '2024-02-14'));
    const newcomers = Array.from({ length: 21 }, () => customer('2024-02-03'));
    const february = aggregateCustomers([...stayers, ...leavers, ...newcomers], 'month').periods[1]!;
    expect([february.customersAtStart, february.newCustomers, february.customersAtEnd]).toEqual([107, 21, 120]);
    const metrics = computeRowMetrics(february);
    expect(metrics.lostCustomers).toBe(8);
    expect(metrics.retentionRate).toBeCloseTo(92.523364486, 8);
    expect(metrics.churnRate).toBeCloseTo(7.476635514, 8);

    // 1000 / 200 / 900: new customers who leave in their first period count in N and in L.
    const old = Array.from({ length: 1000 }, (_, i) => customer('2023-06-01', i < 250 ? '2024-03-31' : null));
    const fresh = Array.from({ length: 200 }, (_, i) => customer('2024-03-01', i < 50 ? '2024-03-02' : null));
    const march = aggregateCustomers([...old, ...fresh], 'quarter').periods.find((row) => row.label === '2024-Q1')!;
    expect([march.customersAtStart, march.newCustomers, march.customersAtEnd]).toEqual([1000, 200, 900]);
    expect(computeRowMetrics(march).retentionRate).toBeCloseTo(70, 10);
  });

  it('never counts a record the reader should have rejected', () => {
    const list = [
      customer('2024-01-10', '2024-01-09', { row: 7, purchases: 3 }),
      { ...customer('2024-01-10'), row: 8, start: Number.NaN },
      { ...customer('2024-01-10'), row: 9, end: 19_700.5 },
      customer('2024-02-10', null, { row: 10, purchases: 1 }),
    ];
    expect(list.map(skipReasonOf)).toEqual(['endBeforeStart', 'noStart', 'unreadableEnd', null]);
    const result = aggregateCustomers(list, 'month');
    expect(flowOf(result.periods)).toEqual({ '2024-02': [0, 1, 1, 0] });
    expect(result.listStats).toEqual({ customers: 1, repeatPurchaseRate: 0 });
  });

  it('stops with a specific error when the dates span more periods than it can tabulate', () => {
    const list = [customer('1800-01-01'), customer('2024-01-01')];
    expect(() => aggregateCustomers(list, 'month')).toThrow(TooManyPeriodsError);
    expect(() => aggregateCustomers(list, 'month')).toThrow('2689 periods, from 1800-01 to 2024-01');
    expect(aggregateCustomers(list, 'year').periods).toHaveLength(225);
  });
});

describe('aggregateCustomers: cohorts', () => {
  it('follows each cohort to the last period, empty cohorts included', () => {
    const { cohorts } = aggregateCustomers(edgeCases, 'month');
    expect(cohorts.periodKind).toBe('month');
    expect(cohorts.rows.map(({ label, size, activeAtEnd }) => [label, size, activeAtEnd])).toEqual([
      ['2024-01', 3, [2, 1, 1, 1, 1]],
      ['2024-02', 1, [0, 0, 0, 0]],
      ['2024-03', 0, [0, 0, 0]],
      ['2024-04', 1, [1, 0]],
      ['2024-05', 0, [0]],
    ]);
    const third = (1 / 3) * 100;
    expect(cohorts.rows[0]!.retainedPct).toEqual([(2 / 3) * 100, third, third, third, third]);
    expect(cohorts.rows[2]!.retainedPct).toEqual([null, null, null]);
    expect(cohorts.rows[3]!.retainedPct).toEqual([100, 0]);
  });
});

describe('aggregateCustomers: NPS', () => {
  it('without response dates, counts the scores of the customers at the end of each period', () => {
    const counts = aggregateCustomers(edgeCases, 'month').periods.map((r) => [r.promoters, r.passives, r.detractors]);
    // January ends with the 10 and the 7; the 0 and the 3 never reach a period's end.
    expect(counts).toEqual([
      [1, 1, 0],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });

  it('with response dates, counts the responses dated in each period and drops the others', () => {
    const list = [
      customer('2024-01-15', null, { npsScore: 9, npsDate: day('2024-03-31') }), // in the gap month
      customer('2024-01-15', '2024-01-16', { npsScore: 8, npsDate: day('2024-04-01') }), // after the customer left
      customer('2024-01-20', null, { npsScore: 2, npsDate: day('2023-12-31') }), // before the first period
      customer('2024-01-20', null, { npsScore: 5 }), // no date in a dated list
      customer('2024-02-01', '2024-04-15', { npsScore: 11, npsDate: day('2024-02-01') }), // not a 0-10 score
    ];
    const counts = aggregateCustomers(list, 'month').periods.map((r) => [
      r.label,
      r.promoters,
      r.passives,
      r.detractors,
    ]);
    expect(counts).toEqual([
      ['2024-01', 0, 0, 0],
      ['2024-02', 0, 0, 0],
      ['2024-03', 1, 0, 0],
      ['2024-04', 0, 1, 0],
    ]);
  });

  it('leaves the counts blank for a list with no scores', () => {
    const [row] = aggregateCustomers([customer('2024-01-15', null, { npsScore: 12 })], 'month').periods;
    expect([row!.promoters, row!.passives, row!.detractors]).toEqual([null, null, null]);
  });
});

describe('aggregateCustomers: repeat purchase rate', () => {
  it('counts customers with two or more purchases over those with at least one', () => {
    const list = [0, 1, 2, 5, null, Number.NaN, -3].map((purchases) => customer('2024-01-01', null, { purchases }));
    expect(aggregateCustomers(list, 'month').listStats).toEqual({ customers: 7, repeatPurchaseRate: (2 / 3) * 100 });
  });

  it('is blank without purchase data', () => {
    expect(aggregateCustomers(edgeCases, 'month').listStats).toEqual({ customers: 5, repeatPurchaseRate: null });
  });
});
