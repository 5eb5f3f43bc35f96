import { describe, expect, it } from 'vitest';
import { listRangeInputs } from '../../shared/aggregate/listRange';
import { dayNumberOf, formatIsoDate, parseIsoDate } from '../../shared/calendar';
import { netPromoterScore, npsMarginOfError } from '../../shared/nps';
import { exactRetentionRate, retentionRate } from '../../shared/metrics';
import { EXAMPLE_NPS, EXAMPLE_QUARTERS, exampleCalendar, exampleCustomers, exampleImport } from './exampleList';

/** 2 December 2026: last month is November, the last full quarter 2026-Q3 (two months follow it). */
const DECEMBER = dayNumberOf(2026, 12, 2);
/** 15 July 2026: last month is June, itself the end of the last full quarter 2026-Q2. */
const JULY = dayNumberOf(2026, 7, 15);

describe('the example customer list', () => {
  it('is the same list every time for the same day, and moves with the day', () => {
    expect(exampleCustomers(DECEMBER)).toEqual(exampleCustomers(DECEMBER));
    expect(exampleCustomers(dayNumberOf(2026, 12, 31))).toEqual(exampleCustomers(DECEMBER));
    const [first] = exampleCustomers(JULY);
    expect(formatIsoDate(first!.start)).toMatch(/^2023-07-/);
  });

  it('has about 300 customers over 36 months ending last month, about a third of them ended', () => {
    for (const today of [DECEMBER, JULY, dayNumberOf(2026, 8, 31)]) {
      const customers = exampleCustomers(today);
      expect(customers.length).toBeGreaterThanOrEqual(285);
      expect(customers.length).toBeLessThanOrEqual(305);
      const ended = customers.filter((customer) => customer.end !== null).length / customers.length;
      expect(ended).toBeGreaterThan(0.28);
      expect(ended).toBeLessThan(0.38);
      for (const customer of customers) {
        expect(customer.end === null || customer.end >= customer.start).toBe(true);
        expect(customer.purchases).toBeGreaterThanOrEqual(1);
        expect(customer.revenue).toBeGreaterThan(0);
      }
    }
    const { document } = exampleImport(DECEMBER, 'month', 'en');
    expect(document.periods).toHaveLength(36);
    expect(document.periods[0]!.label).toBe('2023-12');
    expect(document.periods.at(-1)!.label).toBe('2026-11');
  });

  it('gives ids in order of start and the rows a sheet under a header row would', () => {
    const customers = exampleCustomers(DECEMBER);
    expect(customers.slice(0, 2).map(({ id, row }) => [id, row])).toEqual([
      ['C-1001', 2],
      ['C-1002', 3],
    ]);
    expect(customers.every((customer, i) => i === 0 || customers[i - 1]!.start <= customer.start)).toBe(true);
  });

  it("counts into monthly periods that chain: each period's S is the E of the one before", () => {
    const { periods } = exampleImport(DECEMBER, 'month', 'en').document;
    expect(periods[0]!.customersAtStart).toBe(0);
    periods.slice(1).forEach((period, i) => expect(period.customersAtStart).toBe(periods[i]!.customersAtEnd));
    for (const period of periods) {
      expect(period.aggregated).toBe(true);
      expect(period.customersRetained).toBeLessThanOrEqual(period.customersAtStart!);
    }
  });

  it('has a plausible latest month: about 200 customers, retention near 99 %, CLV inputs from the list', () => {
    const latest = exampleImport(DECEMBER, 'month', 'en').document.periods.at(-1)!;
    expect(latest).toMatchObject({ label: '2026-11', customersAtStart: 197, newCustomers: 6, customersAtEnd: 201 });
    const retention = retentionRate(latest.customersAtStart, latest.newCustomers, latest.customersAtEnd)!;
    expect(retention).toBeGreaterThan(97);
    expect(retention).toBeLessThan(100);
    expect(latest.avgPurchaseValue).toBeGreaterThan(40);
    expect(latest.avgPurchaseValue).toBeLessThan(80);
    expect(latest.purchasesPerYear).toBeGreaterThan(2);
    expect(latest.lifespanYears).toBeGreaterThan(1);
  });

  it("repeats the articles' worked examples as its last three full quarters", () => {
    for (const [today, labels] of [
      [DECEMBER, ['2026-Q1', '2026-Q2', '2026-Q3']],
      [JULY, ['2025-Q4', '2026-Q1', '2026-Q2']],
    ] as const) {
      const { periods } = exampleImport(today, 'quarter', 'fi').document;
      const worked = periods.filter((period) => (labels as readonly string[]).includes(period.label));
      expect(
        worked.map(({ label, customersAtStart, newCustomers, customersAtEnd }) => ({
          label,
          customersAtStart,
          newCustomers,
          customersAtEnd,
        })),
      ).toEqual(labels.map((label, i) => ({ label, ...EXAMPLE_QUARTERS[i] })));
      // Nobody started and left within these quarters: R = E − N, and exact retention = retention.
      for (const period of worked) {
        expect(period.customersRetained).toBe(period.customersAtEnd! - period.newCustomers!);
        expect(exactRetentionRate(period.customersAtStart, period.customersRetained)).toBeCloseTo(
          retentionRate(period.customersAtStart, period.newCustomers, period.customersAtEnd)!,
          12,
        );
      }
    }
    const { periods } = exampleImport(JULY, 'quarter', 'en').document;
    const last = periods.at(-1)!;
    expect(last.label).toBe('2026-Q2');
    expect(retentionRate(last.customersAtStart, last.newCustomers, last.customersAtEnd)).toBeCloseTo(95.3333, 4);
    const first = periods.at(-3)!;
    expect(retentionRate(first.customersAtStart, first.newCustomers, first.customersAtEnd)).toBeCloseTo(92.5234, 4);
  });

  it('places the worked quarters by the calendar: after a full quarter come zero to two more months', () => {
    const months = (calendar: ReturnType<typeof exampleCalendar>) => [
      calendar.lastMonth - calendar.firstMonth + 1,
      calendar.lastMonth - calendar.quarterEnd,
    ];
    expect(months(exampleCalendar(JULY))).toEqual([36, 0]);
    expect(months(exampleCalendar(dayNumberOf(2026, 8, 1)))).toEqual([36, 1]);
    expect(months(exampleCalendar(DECEMBER))).toEqual([36, 2]);
    expect(months(exampleCalendar(dayNumberOf(2027, 1, 1)))).toEqual([36, 0]);
  });

  it("has 200 dated NPS answers, the articles' 100 / 60 / 40: NPS 30 ± 10.8 over the whole list", () => {
    const customers = exampleCustomers(DECEMBER);
    const answered = customers.filter((customer) => customer.npsScore !== null);
    expect(answered).toHaveLength(200);
    for (const customer of answered) {
      expect(customer.npsDate).not.toBeNull();
      expect(customer.npsDate!).toBeGreaterThanOrEqual(customer.start);
      expect(customer.npsDate!).toBeLessThanOrEqual(customer.end ?? parseIsoDate('2026-11-30')!);
    }
    const whole = listRangeInputs(customers, parseIsoDate('2023-12-01')!, parseIsoDate('2026-11-30')!);
    const counts = { promoters: whole.promoters!, passives: whole.passives!, detractors: whole.detractors! };
    expect(counts).toEqual(EXAMPLE_NPS);
    expect(netPromoterScore(counts)).toBeCloseTo(30, 12);
    expect(npsMarginOfError(counts)!.toFixed(1)).toBe('10.8');
  });

  it('is a customer-list document with a margin set, and a report without problems, named in the language', () => {
    const fi = exampleImport(DECEMBER, 'month', 'fi');
    expect(fi.document).toMatchObject({ source: 'customerList', settings: { language: 'fi', periodKind: 'month' } });
    expect(fi.document.settings.defaultProfitMarginPct).toBe(30);
    expect(fi.document.listStats?.customers).toBe(fi.customers.length);
    expect(fi.document.cohorts?.rows).toHaveLength(36);
    expect(fi.fileName).toBe('Esimerkkiaineisto');
    expect(fi.report).toMatchObject({
      fileName: 'Esimerkkiaineisto',
      shape: 'customerList',
      rowsRead: fi.customers.length,
      rowsUsed: fi.customers.length,
      rowsRejected: 0,
      issues: [],
    });
    expect(fi.report.mapping.startDate).toEqual({ column: 'B', header: 'Alkupäivä', confidence: 1 });
    expect(exampleImport(DECEMBER, 'year', 'en')).toMatchObject({
      fileName: 'Example data',
      document: { settings: { periodKind: 'year' } },
    });
  });
});
