/**
 * The CLV inputs derived from a customer list, on lists small enough to work out by hand
 * (docs/aggregation.md states the definitions).
 */
import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from './clvDefaults';
import { aggregateCustomers } from './index';
import { customer } from './testCustomers';

// The list's latest date is 2024-03-31 (Z's start): open customers are observed until then.
const list = [
  customer('2024-01-01', '2024-01-31', { purchases: 2, revenue: 100 }), // X: 31 days
  customer('2024-01-01', null, { purchases: 6, revenue: 90 }), // Y: 91 days to 2024-03-31
  customer('2024-01-01', '2024-01-31', { purchases: 0, revenue: 0 }), // V: never bought, 31 days
  customer('2024-01-01', '2024-02-15'), // W: no purchase figure; leaves in February
  customer('2024-02-20', null, { purchases: 4, revenue: null }), // U: no revenue, 41 days
  customer('2024-03-31'), // Z: no purchase figure
];

function clvColumns(rows: ReturnType<typeof aggregateCustomers>['periods']) {
  return rows.map((row) => [row.label, row.avgPurchaseValue, row.purchasesPerYear, row.lifespanYears]);
}

describe('CLV inputs from a customer list', () => {
  it('uses the totals of the customers active in each period', () => {
    const rows = aggregateCustomers(list, 'month').periods;
    expect(clvColumns(rows)).toEqual([
      // January: X, Y, V and W are active; S = 0, so no churn and no lifespan.
      ['2024-01', (100 + 90) / (2 + 6), (2 + 6 + 0) / ((31 + 91 + 31) / DAYS_PER_YEAR), null],
      // February: Y, W and U; S = 2 (Y, W), N = 1 (U), E = 2: churn 50 % a month, lifespan 100 / (50 × 12).
      ['2024-02', 90 / 6, (6 + 4) / ((91 + 41) / DAYS_PER_YEAR), 100 / (50 * 12)],
      // March: Y, U and Z, and nobody leaves: churn 0, lifespan blank.
      ['2024-03', 90 / 6, (6 + 4) / ((91 + 41) / DAYS_PER_YEAR), null],
    ]);
    expect(rows.map((row) => row.profitMarginPct)).toEqual([null, null, null]);
  });

  it('annualises the churn of quarters and years', () => {
    const quarterList = [
      ...Array.from({ length: 3 }, () => customer('2023-11-01')),
      customer('2023-11-01', '2024-02-15'),
    ];
    // 2024-Q1: S = 4, N = 0, E = 3, churn 25 % a quarter; 2024: the same as a year.
    expect(aggregateCustomers(quarterList, 'quarter').periods[1]!.lifespanYears).toBe(100 / (25 * 4));
    expect(aggregateCustomers(quarterList, 'year').periods[1]!.lifespanYears).toBe(100 / 25);
  });

  it('gives 0 purchases a year but no average purchase when nobody bought', () => {
    const [row] = aggregateCustomers([customer('2024-01-01', null, { purchases: 0, revenue: 0 })], 'month').periods;
    expect([row!.avgPurchaseValue, row!.purchasesPerYear]).toEqual([null, 0]);
  });

  it('leaves purchase figures blank for a list without purchases, but still gives the lifespan', () => {
    const rows = aggregateCustomers(
      list.map((c) => ({ ...c, purchases: null, revenue: null })),
      'month',
    ).periods;
    expect(clvColumns(rows)).toEqual([
      ['2024-01', null, null, null],
      ['2024-02', null, null, 100 / (50 * 12)],
      ['2024-03', null, null, null],
    ]);
  });
});
