/**
 * aggregateCustomers against a deliberately naive oracle written from docs/metrics.md alone:
 * for every period and every customer it compares ISO date strings `YYYY-MM-DD`, with
 * period bounds from JS `Date.UTC`. It shares no code with the implementation (no
 * calendar.ts, periods.ts, nps.ts or difference arrays), so a slip in either shows up
 * as a disagreement on random customer lists biased towards period edges and leap days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../customers';
import type { PeriodKind } from '../periods';
import { derivedFigure } from '../figures/registry';
import { computeRowMetrics } from '../figures/rowFigures';
import { aggregateCustomers, type AggregatedList } from './index';
import { rangeOracle } from './rangeOracle';
import { dayOfUtc, isoOf, kindArb, listArb, MS_PER_DAY } from './testLists';

const isoOfUtc = (year: number, month0: number, date: number) => isoOf(dayOfUtc(year, month0, date));
const daysBetween = (fromIso: string, toIso: string) => (Date.parse(toIso) - Date.parse(fromIso)) / MS_PER_DAY;

interface OraclePeriod {
  label: string;
  first: string;
  last: string;
}

/** Every period from the one holding `fromIso` to the one holding `toIso`, walking Date.UTC months. */
function oraclePeriods(kind: PeriodKind, fromIso: string, toIso: string): OraclePeriod[] {
  const step = { month: 1, quarter: 3, year: 12 }[kind];
  let year = Number(fromIso.slice(0, 4));
  let month0 = Math.floor((Number(fromIso.slice(5, 7)) - 1) / step) * step;
  const periods: OraclePeriod[] = [];
  while (isoOfUtc(year, month0, 1) <= toIso) {
    const label =
      kind === 'year'
        ? `${year}`
        : kind === 'quarter'
          ? `${year}-Q${month0 / 3 + 1}`
          : isoOfUtc(year, month0, 1).slice(0, 7);
    periods.push({ label, first: isoOfUtc(year, month0, 1), last: isoOfUtc(year, month0 + step, 0) });
    [year, month0] = month0 + step >= 12 ? [year + 1, 0] : [year, month0 + step];
  }
  return periods;
}

interface OracleCustomer {
  start: string;
  end: string | null;
  record: CustomerRecord;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Everything aggregateCustomers returns, the slow and obvious way. */
function oracle(records: CustomerRecord[], kind: PeriodKind) {
  const customers: OracleCustomer[] = records
    .map((record) => ({ start: isoOf(record.start), end: record.end === null ? null : isoOf(record.end), record }))
    .filter((c) => c.end === null || c.end >= c.start);
  const dates = customers.flatMap((c) => (c.end === null ? [c.start] : [c.start, c.end])).sort();
  const periods = dates.length === 0 ? [] : oraclePeriods(kind, dates[0]!, dates[dates.length - 1]!);
  const observedUntil = dates[dates.length - 1];
  const endsAfter = (c: OracleCustomer, day: string) => c.end === null || c.end > day;

  const rows = periods.map(({ label, first, last }) => {
    const active = customers.filter((c) => c.start <= last && (c.end === null || c.end >= first));
    const buyers = active.filter((c) => (c.record.purchases ?? 0) > 0 && c.record.revenue !== null);
    const withPurchases = active.filter((c) => c.record.purchases !== null);
    const tenureYears = withPurchases.map((c) => (daysBetween(c.start, c.end ?? observedUntil!) + 1) / 365.2425);
    const exact = {
      label,
      firstDay: first,
      lastDay: last,
      // One period is a range of one: S, N, E, L, R and the NPS counts by the range oracle's rules.
      ...rangeOracle(records, first, last),
    };
    const clv = {
      avgPurchaseValue:
        buyers.length === 0
          ? null
          : sum(buyers.map((c) => c.record.revenue!)) / sum(buyers.map((c) => c.record.purchases!)),
      purchasesPerYear:
        withPurchases.length === 0 ? null : sum(withPurchases.map((c) => c.record.purchases!)) / sum(tenureYears),
    };
    return { exact, clv };
  });

  const cohorts = periods.map((cohort, c) => {
    const members = customers.filter((m) => cohort.first <= m.start && m.start <= cohort.last);
    const activeAtEnd = periods.slice(c).map((later) => members.filter((m) => endsAfter(m, later.last)).length);
    return { label: cohort.label, size: members.length, activeAtEnd };
  });
  const purchases = customers.map((c) => c.record.purchases).filter((p) => p !== null);
  const buyers = purchases.filter((p) => p >= 1).length;
  const repeatPurchaseRate = buyers === 0 ? null : (purchases.filter((p) => p >= 2).length / buyers) * 100;
  return { rows, cohorts, listStats: { customers: customers.length, repeatPurchaseRate } };
}

/** Equal, or both numbers within floating-point rounding (sums of revenue carry some). */
const close = (actual: number | null, expected: number | null) =>
  actual === null || expected === null
    ? actual === expected
    : Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

function compare(actual: AggregatedList, expected: ReturnType<typeof oracle>) {
  const exact = actual.periods.map((row) => ({
    label: row.label,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    S: row.customersAtStart,
    N: row.newCustomers,
    E: row.customersAtEnd,
    L: computeRowMetrics(row).lostCustomers, // S + N − E, against L's own definition in the oracle
    R: row.customersRetained,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
  }));
  expect(exact).toEqual(expected.rows.map((row) => row.exact));
  expect(actual.periods.filter((row) => row.id !== row.label)).toEqual([]);
  const clvMismatches = actual.periods.filter((row, p) => {
    const want = expected.rows[p]!.clv;
    return !close(row.avgPurchaseValue, want.avgPurchaseValue) || !close(row.purchasesPerYear, want.purchasesPerYear);
  });
  expect(clvMismatches.map((row) => row.label)).toEqual([]);

  expect(actual.cohorts.rows.map(({ label, size, activeAtEnd }) => ({ label, size, activeAtEnd }))).toEqual(
    expected.cohorts,
  );
  const pctMismatches = actual.cohorts.rows.filter(({ size, activeAtEnd, retainedPct }) =>
    retainedPct.some((pct, k) => !close(pct, size === 0 ? null : (activeAtEnd[k]! / size) * 100)),
  );
  expect(pctMismatches.map((row) => row.label)).toEqual([]);
  expect(actual.listStats.customers).toBe(expected.listStats.customers);
  expect(close(actual.listStats.repeatPurchaseRate, expected.listStats.repeatPurchaseRate)).toBe(true);
}

describe('aggregateCustomers against the naive oracle', () => {
  it('agrees on every period, NPS count, CLV default, cohort cell and list figure', () => {
    fc.assert(
      fc.property(listArb, kindArb, (list, kind) => compare(aggregateCustomers(list, kind), oracle(list, kind))),
      { numRuns: 1000 },
    );
  });

  it('never puts the retention rate above exact retention, and the note counts the difference', () => {
    fc.assert(
      fc.property(listArb, kindArb, (list, kind) => {
        for (const row of aggregateCustomers(list, kind).periods) {
          const metrics = computeRowMetrics(row);
          if (metrics.exactRetentionRate === null) continue;
          // E − N = R − (new customers lost within the period): CRR ≤ exact retention.
          expect(metrics.retentionRate!).toBeLessThanOrEqual(metrics.exactRetentionRate + 1e-9);
          const lostWhileNew = row.customersRetained! - (row.customersAtEnd! - row.newCustomers!);
          expect(lostWhileNew).toBeGreaterThanOrEqual(0);
          const note = derivedFigure('exactRetentionRate').note?.({ ...row, ...metrics }) ?? null;
          expect(note).toEqual(lostWhileNew > 0 ? { reason: 'lostWhileNew', count: lostWhileNew } : null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('chains periods: S of each period is E of the one before, and the first starts from zero', () => {
    fc.assert(
      fc.property(listArb, kindArb, (list, kind) => {
        const { periods } = aggregateCustomers(list, kind);
        periods.forEach((row, p) => expect(row.customersAtStart).toBe(p === 0 ? 0 : periods[p - 1]!.customersAtEnd));
      }),
      { numRuns: 200 },
    );
  });

  it('derives the lifespan from the churn of each period, and never gives NaN or Infinity', () => {
    const perYear = { month: 12, quarter: 4, year: 1 };
    fc.assert(
      fc.property(listArb, kindArb, (list, kind) => {
        const { periods } = aggregateCustomers(list, kind);
        const wrongLifespan = periods.filter(
          ({ customersAtStart: s, newCustomers: n, customersAtEnd: e, lifespanYears }) => {
            const churn = s === 0 ? null : 100 - ((e! - n!) / s!) * 100;
            return !close(lifespanYears, churn !== null && churn > 0 ? 100 / (churn * perYear[kind]) : null);
          },
        );
        expect(wrongLifespan.map((row) => row.label)).toEqual([]);
        const figures = periods.flatMap((row) => Object.values(row).filter((value) => typeof value === 'number'));
        expect(figures.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
