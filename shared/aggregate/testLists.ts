/**
 * Random customer lists for the aggregation's property tests, and the naive readings of a
 * list that the oracles (aggregate.oracle.test.ts, listRange.test.ts) share. Written from
 * docs/metrics.md alone with JS `Date.UTC` and ISO date strings: nothing here uses
 * calendar.ts, periods.ts or nps.ts, so an oracle cannot inherit a slip of the code it checks.
 */
import fc from 'fast-check';
import type { CustomerRecord } from '../customers';
import type { PeriodKind } from '../periods';

export const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of a day number. */
export const isoOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The day number of a UTC date; a month or date past its end rolls over, as `Date.UTC` does. */
export const dayOfUtc = (year: number, month0: number, date: number) => Date.UTC(year, month0, date) / MS_PER_DAY;

/** 9-10 promoters, 7-8 passives, 0-6 detractors; anything but a whole number 0-10 is no response. */
export const npsClassOf = (score: number | null) =>
  score === null || !Number.isInteger(score) || score < 0 || score > 10
    ? null
    : score >= 9
      ? 'promoters'
      : score >= 7
        ? 'passives'
        : 'detractors';

/** Days from 2019 to 2024, half of them on the first or last day of a month or on a leap day. */
export const dayArb = fc.oneof(
  fc.integer({ min: dayOfUtc(2019, 0, 1), max: dayOfUtc(2024, 11, 31) }),
  fc
    .record({ year: fc.integer({ min: 2019, max: 2024 }), month0: fc.integer({ min: 0, max: 11 }), last: fc.boolean() })
    .map(({ year, month0, last }) => (last ? dayOfUtc(year, month0 + 1, 0) : dayOfUtc(year, month0, 1))),
  fc.constantFrom(dayOfUtc(2020, 1, 29), dayOfUtc(2024, 1, 29)),
);

const customerArb = fc
  .record({
    a: dayArb,
    b: dayArb,
    shape: fc.constantFrom('open', 'closed', 'sameDay', 'reversed'),
    purchases: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    revenue: fc.option(
      fc.integer({ min: -5_000, max: 100_000 }).map((cents) => cents / 100),
      { nil: null },
    ),
    npsScore: fc.option(fc.integer({ min: -1, max: 11 }), { nil: null }),
    npsDate: fc.option(dayArb, { nil: null }),
  })
  .map(({ a, b, shape, ...figures }): Omit<CustomerRecord, 'row'> => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const [start, end] = { open: [low, null], closed: [low, high], sameDay: [a, a], reversed: [high, low] }[shape];
    return { id: null, start: start!, end: end ?? null, segment: null, ...figures };
  });

/** Lists of up to 40 customers; in about half of them no NPS response has a date. */
export const listArb = fc
  .tuple(fc.array(customerArb, { maxLength: 40 }), fc.boolean())
  .map(([list, undated]) =>
    list.map((c, i): CustomerRecord => ({ ...c, row: i + 2, npsDate: undated ? null : c.npsDate })),
  );

export const kindArb = fc.constantFrom<PeriodKind>('month', 'quarter', 'year');
