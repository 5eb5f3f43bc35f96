import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DERIVED_FIELDS, emptyInputs, type PeriodInputs } from './document';
import {
  churnRate,
  customerLifetimeValue,
  exactRetentionRate,
  lostCustomers,
  repeatPurchaseRate,
  retentionRate,
  simpleRetentionRate,
} from './metrics';
import { computeRowMetrics } from './figures/rowFigures';

function row(values: Partial<PeriodInputs>): PeriodInputs {
  return { ...emptyInputs(), ...values };
}

describe('exact retention', () => {
  it('is R / S × 100, and null without customers at the start or without R', () => {
    expect(exactRetentionRate(200, 150)).toBe(75);
    expect(exactRetentionRate(0, 0)).toBeNull();
    expect(exactRetentionRate(200, null)).toBeNull();
    expect(exactRetentionRate(null, 10)).toBeNull();
  });
});

describe('worked examples of docs/metrics.md', () => {
  it.each([
    { S: 107, N: 21, E: 120, L: 8, crr: (99 / 107) * 100 },
    { S: 1000, N: 200, E: 900, L: 300, crr: 70 },
    { S: 150, N: 50, E: 193, L: 7, crr: (143 / 150) * 100 },
    { S: 100, N: 0, E: 85, L: 15, crr: 85 },
  ])('S=$S N=$N E=$E gives L=$L and CRR $crr', ({ S, N, E, L, crr }) => {
    const metrics = computeRowMetrics(row({ customersAtStart: S, newCustomers: N, customersAtEnd: E }));
    expect(metrics.lostCustomers).toBe(L);
    expect(metrics.retentionRate).toBeCloseTo(crr, 12);
    expect(metrics.churnRate).toBeCloseTo(100 - crr, 12);
  });

  it('keeps the first example unrounded: 92.523… and 7.476…', () => {
    const crr = retentionRate(107, 21, 120);
    expect(crr).toBeCloseTo(92.523364485981, 10);
    expect(churnRate(crr)).toBeCloseTo(7.476635514019, 10);
  });

  it('gives simple retention 99 % for S = 100, E = 99', () => {
    expect(simpleRetentionRate(100, 99)).toBe(99);
  });

  it('gives NPS 30 ± 10.8 for 100 promoters, 60 passives, 40 detractors', () => {
    const metrics = computeRowMetrics(row({ promoters: 100, passives: 60, detractors: 40 }));
    expect(metrics.nps).toBeCloseTo(30, 12);
    expect(Number(metrics.npsMarginOfError?.toFixed(1))).toBe(10.8);
  });
});

describe('undefined figures are null, never 0, NaN or Infinity', () => {
  it('S = 0 makes retention, simple retention and churn null', () => {
    const metrics = computeRowMetrics(row({ customersAtStart: 0, newCustomers: 5, customersAtEnd: 5 }));
    expect(metrics.retentionRate).toBeNull();
    expect(metrics.simpleRetentionRate).toBeNull();
    expect(metrics.churnRate).toBeNull();
    expect(metrics.lostCustomers).toBe(0);
  });

  it('a missing S, N or E makes every customer figure null', () => {
    for (const missing of ['customersAtStart', 'newCustomers', 'customersAtEnd'] as const) {
      const inputs = row({ customersAtStart: 10, newCustomers: 2, customersAtEnd: 11, [missing]: null });
      const metrics = computeRowMetrics(inputs);
      expect(metrics.lostCustomers).toBeNull();
      expect(metrics.retentionRate).toBeNull();
      expect(metrics.churnRate).toBeNull();
    }
    expect(lostCustomers(null, 1, 1)).toBeNull();
  });

  it('no NPS responses make NPS and its margin null', () => {
    const zero = computeRowMetrics(row({ promoters: 0, passives: 0, detractors: 0 }));
    expect(zero.nps).toBeNull();
    expect(zero.npsMarginOfError).toBeNull();
    const missing = computeRowMetrics(row({ promoters: 3, passives: null, detractors: 1 }));
    expect(missing.nps).toBeNull();
  });

  it('any missing CLV input makes CLV null', () => {
    const full = { avgPurchaseValue: 50, purchasesPerYear: 4, lifespanYears: 3, profitMarginPct: 25 };
    expect(customerLifetimeValue(full)).toBe(150);
    for (const key of Object.keys(full) as (keyof typeof full)[]) {
      expect(customerLifetimeValue({ ...full, [key]: null })).toBeNull();
    }
  });

  it('the default margin stands in for a missing row margin, not for a set one', () => {
    const inputs = row({ avgPurchaseValue: 50, purchasesPerYear: 4, lifespanYears: 3 });
    expect(computeRowMetrics(inputs, 40).clv).toBe(240);
    expect(computeRowMetrics({ ...inputs, profitMarginPct: 25 }, 40).clv).toBe(150);
    expect(computeRowMetrics(inputs).clv).toBeNull();
  });

  it('an empty row has every derived figure null', () => {
    expect(Object.values(computeRowMetrics(emptyInputs()))).toEqual(Array(DERIVED_FIELDS.length).fill(null));
  });
});

describe('repeat purchase rate', () => {
  it('counts customers with two or more purchases among those with at least one', () => {
    expect(repeatPurchaseRate([0, 1, 2, 5, 1])).toBe(50);
    expect(repeatPurchaseRate([0, 0])).toBeNull();
    expect(repeatPurchaseRate([])).toBeNull();
  });
});

describe('properties over random rows', () => {
  const counts = fc.integer({ min: 0, max: 1_000_000 });

  it('L = S + N − E and CRR + churn = 100 whenever S > 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), counts, counts, (S, N, E) => {
        const metrics = computeRowMetrics(row({ customersAtStart: S, newCustomers: N, customersAtEnd: E }));
        expect(metrics.lostCustomers).toBe(S + N - E);
        expect((metrics.retentionRate as number) + (metrics.churnRate as number)).toBeCloseTo(100, 9);
        expect(Number.isFinite(metrics.retentionRate)).toBe(true);
      }),
    );
  });

  it('NPS stays within −100…100 and its margin is finite and non-negative', () => {
    fc.assert(
      fc.property(counts, counts, counts, (promoters, passives, detractors) => {
        const { nps, npsMarginOfError } = computeRowMetrics(row({ promoters, passives, detractors }));
        if (promoters + passives + detractors === 0) {
          expect(nps).toBeNull();
          return;
        }
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expect(npsMarginOfError).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(npsMarginOfError)).toBe(true);
      }),
    );
  });

  it('simple retention is never below CRR: it hides churn offset by new customers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), counts, counts, (S, N, E) => {
        const crr = retentionRate(S, N, E) as number;
        expect(simpleRetentionRate(S, E) as number).toBeGreaterThanOrEqual(crr - 1e-9);
      }),
    );
  });
});
