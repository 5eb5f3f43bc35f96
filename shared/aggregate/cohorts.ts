/**
 * The cohort table: one row per period of the range (the cohort of a customer is the
 * period holding its start date), one column per age k = 0 … up to the last period.
 *
 * A customer of cohort c is still a customer at the end of period c + k when its end
 * offset is after c + k (the E rule, end > last day). So each customer adds one to the
 * tally of the age at which it leaves, e − c, and activeAtEnd[k] is the cohort size
 * minus the leavers at ages ≤ k: O(customers + cohorts × ages).
 */
import type { CohortRow, CohortTable } from '../document';
import type { PeriodKind } from '../periods';
import type { Placement } from './placement';

export function buildCohortTable({ periods, startAt, endAt }: Placement, kind: PeriodKind): CohortTable {
  const count = periods.length;
  const sizes = new Int32Array(count);
  // leavers[c][a]: customers of cohort c who leave at age a; ages run to the last period only.
  const leavers = periods.map((_, cohort) => new Int32Array(count - cohort));
  for (let i = 0; i < startAt.length; i++) {
    const cohort = startAt[i]!;
    if (cohort < 0) continue;
    sizes[cohort]!++;
    const age = endAt[i]! - cohort; // past the last age for customers with no end
    if (age < count - cohort) leavers[cohort]![age]!++;
  }
  const rows = periods.map((period, cohort): CohortRow => {
    const size = sizes[cohort]!;
    let active = size;
    const activeAtEnd = Array.from(leavers[cohort]!, (leaving) => (active -= leaving));
    const retainedPct = activeAtEnd.map((stillActive) => (size > 0 ? (stillActive / size) * 100 : null));
    return { label: period.label, size, activeAtEnd, retainedPct };
  });
  return { periodKind: kind, rows };
}
