/**
 * listRangeInputs against the naive range oracle (rangeOracle.ts) on random lists and random
 * ranges, against aggregateCustomers for a range of one period, and on the list of issue 12
 * that made the range worth counting from the list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyInputs, type PeriodInputs } from '../document';
import { computeRowMetrics } from '../figures/rowFigures';
import { aggregateCustomers } from './index';
import { listRangeInputs } from './listRange';
import { rangeOracle } from './rangeOracle';
import { customer, day } from './testCustomers';
import { dayArb, isoOf, kindArb, listArb } from './testLists';

/** What a range counts from the list: its customer flow and its NPS responses. */
function countsOf(row: PeriodInputs) {
  const { customersAtStart, newCustomers, customersAtEnd, customersRetained, promoters, passives, detractors } = row;
  return { customersAtStart, newCustomers, customersAtEnd, customersRetained, promoters, passives, detractors };
}

/** F ≤ T, both anywhere in the lists' years and biased to month edges like the lists' dates. */
const rangeArb = fc.tuple(dayArb, dayArb).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

describe('listRangeInputs', () => {
  it('agrees with the naive oracle on S, N, E, L, R and the NPS counts of any range, L being S + N − E', () => {
    fc.assert(
      fc.property(listArb, rangeArb, (list, [first, last]) => {
        const inputs = listRangeInputs(list, first, last);
        const want = rangeOracle(list, isoOf(first), isoOf(last));
        expect({
          S: inputs.customersAtStart,
          N: inputs.newCustomers,
          E: inputs.customersAtEnd,
          L: computeRowMetrics(inputs).lostCustomers, // S + N − E, against L's own definition in the oracle
          R: inputs.customersRetained,
          promoters: inputs.promoters,
          passives: inputs.passives,
          detractors: inputs.detractors,
        }).toEqual(want);
        // Nothing else: the list has no purchase dates to place in a range.
        expect({ ...inputs, ...emptyInputs() }).toEqual(emptyInputs());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a range of exactly one period the row aggregateCustomers gives that period', () => {
    fc.assert(
      fc.property(listArb, kindArb, (list, kind) => {
        for (const row of aggregateCustomers(list, kind).periods) {
          const inputs = listRangeInputs(list, day(row.firstDay!), day(row.lastDay!));
          expect(countsOf(inputs), row.label).toEqual(countsOf(row));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never puts the retention rate of a range above its exact retention', () => {
    fc.assert(
      fc.property(listArb, rangeArb, (list, [first, last]) => {
        const metrics = computeRowMetrics(listRangeInputs(list, first, last));
        if (metrics.exactRetentionRate === null) return;
        expect(metrics.retentionRate!).toBeLessThanOrEqual(metrics.exactRetentionRate + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('counts a customer’s score once over the range, not once per period', () => {
    const list = [
      customer('2023-06-01', null, { npsScore: 10 }),
      customer('2024-03-15', '2024-08-31', { npsScore: 3 }),
      customer('2024-12-01', '2024-12-31'), // the list's periods run to December
    ];
    const inputs = listRangeInputs(list, day('2024-01-01'), day('2024-12-31'));
    // Without response dates: the scores of the customers in E at T. The detractor left in August.
    expect([inputs.promoters, inputs.passives, inputs.detractors]).toEqual([1, 0, 0]);
    // The months' counts hold the promoter once in each of them.
    const months = aggregateCustomers(list, 'month').periods.filter((row) => row.label.startsWith('2024-'));
    expect(months.map((row) => row.promoters)).toEqual(Array(12).fill(1));
  });

  it('gives a sensible exact retention over three years of many new customers, where (E − N) / S is far below zero', () => {
    // 100 customers before the range, 63 of them still there at its end; 1000 new in it, 800 of them gone by then.
    const before = Array.from({ length: 100 }, (_, i) => customer('2021-06-01', i < 63 ? null : '2023-05-31'));
    const joined = Array.from({ length: 1000 }, (_, i) =>
      customer(`${2022 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, i < 800 ? '2024-11-30' : null),
    );
    const inputs = listRangeInputs([...before, ...joined], day('2022-01-01'), day('2024-12-31'));
    expect(inputs).toMatchObject({
      customersAtStart: 100,
      newCustomers: 1000,
      customersAtEnd: 263,
      customersRetained: 63,
    });
    const metrics = computeRowMetrics(inputs);
    expect(metrics.retentionRate).toBeCloseTo(-737, 9); // (263 − 1000) / 100
    expect(metrics.exactRetentionRate).toBe((inputs.customersRetained! / inputs.customersAtStart!) * 100);
    expect(metrics.exactRetentionRate).toBe(63);
    expect(metrics.retentionRate!).toBeLessThanOrEqual(metrics.exactRetentionRate!);
    expect(metrics.lostCustomers).toBe(837); // 37 of those at the start and 800 of the new
  });
});
