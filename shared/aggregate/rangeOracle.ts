/**
 * A range of periods from a customer list, the slow and obvious way: docs/metrics.md's rules
 * for one period applied to the range's first day F and last day T, customer by customer, on
 * ISO date strings. For the tests of listRange.ts, of each period of aggregateCustomers (a period
 * is a range of one) and of the CLI's `--range`; it shares no code
 * with the implementation.
 */
import type { CustomerRecord } from '../customers';
import { isoOf, npsClassOf } from './testLists';

export interface OracleRange {
  S: number;
  N: number;
  E: number;
  L: number;
  R: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
}

/** `first` and `last`: F and T as `YYYY-MM-DD`. */
export function rangeOracle(records: readonly CustomerRecord[], first: string, last: string): OracleRange {
  const customers = records
    .map((record) => ({ start: isoOf(record.start), end: record.end === null ? null : isoOf(record.end), record }))
    .filter((c) => c.end === null || c.end >= c.start);
  const stillThereAfter = (c: (typeof customers)[number], day: string) => c.end === null || c.end > day;
  const inS = (c: (typeof customers)[number]) => c.start < first && (c.end === null || c.end >= first);
  const inE = (c: (typeof customers)[number]) => c.start <= last && stillThereAfter(c, last);
  // Where any scored customer has a response date, the responses dated in F…T; else the scores of E.
  const scored = customers.filter((c) => npsClassOf(c.record.npsScore) !== null);
  const dated = scored.some((c) => c.record.npsDate !== null);
  const responses = dated
    ? scored.filter(
        (c) => c.record.npsDate !== null && first <= isoOf(c.record.npsDate) && isoOf(c.record.npsDate) <= last,
      )
    : scored.filter(inE);
  const npsCount = (category: string) =>
    scored.length === 0 ? null : responses.filter((c) => npsClassOf(c.record.npsScore) === category).length;
  return {
    S: customers.filter(inS).length,
    N: customers.filter((c) => first <= c.start && c.start <= last).length,
    E: customers.filter(inE).length,
    L: customers.filter((c) => c.end !== null && first <= c.end && c.end <= last).length,
    R: customers.filter((c) => inS(c) && stillThereAfter(c, last)).length,
    promoters: npsCount('promoters'),
    passives: npsCount('passives'),
    detractors: npsCount('detractors'),
  };
}
