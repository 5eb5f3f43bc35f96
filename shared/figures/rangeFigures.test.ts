import { describe, expect, it } from 'vitest';
import { summarizeRange } from './rangeFigures';
import { tablePeriod } from './testPeriods';

const period = (label: string, S: number, N: number, E: number) => tablePeriod(label, S, N, E);

describe('whole-range summary', () => {
  it('treats the range as one period: S first, ΣN, E last', () => {
    const summary = summarizeRange([period('2024-01', 100, 10, 105), period('2024-02', 105, 20, 110)]);
    expect(summary.inputs.customersAtStart).toBe(100);
    expect(summary.inputs.newCustomers).toBe(30);
    expect(summary.inputs.customersAtEnd).toBe(110);
    expect(summary.metrics.retentionRate).toBe(80);
    expect(summary.metrics.lostCustomers).toBe(20);
  });

  it("totals the rows' lost customers even when the rows do not chain", () => {
    const summary = summarizeRange([period('2024-01', 107, 21, 120), period('2024-02', 1000, 200, 900)]);
    expect(summary.metrics.lostCustomers).toBe(8 + 300);
    expect(summary.metrics.retentionRate).toBeCloseTo(((900 - 221) / 107) * 100, 12);
  });

  it('leaves sums null when a row lacks the figure, and everything null for no rows', () => {
    const rows = [period('2024-01', 100, 10, 105), { ...period('2024-02', 105, 0, 110), newCustomers: null }];
    expect(summarizeRange(rows).inputs.newCustomers).toBeNull();
    expect(summarizeRange([]).metrics.retentionRate).toBeNull();
    expect(summarizeRange([]).metrics.lostCustomers).toBeNull();
  });
});
