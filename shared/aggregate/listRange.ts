/**
 * A range of periods counted from the customer list itself (docs/metrics.md, "A range of
 * periods"): the range from F (the first day of its first period) to T (the last day of its
 * last) is one period, and the customer-list rules apply to it as written.
 *
 * The periods' rows cannot give this. Their NPS counts would hold a customer once in every
 * period whose E holds them, and their R says nothing of who stayed over the whole range.
 *
 * O(customers) per call, with counters and no object per customer.
 */
import type { DayNumber } from '../calendar';
import type { CustomerRecord } from '../customers';
import { emptyInputs, type PeriodInputs } from '../document';
import type { NpsCategory } from '../nps';
import { npsCategoryOf, npsRuleOf } from './npsCounts';
import { skipReasonOf } from './placement';

/** A response date inside F…T; a date that is not a whole day number cannot be placed (as npsCounts.ts places them). */
function respondedWithin(npsDate: DayNumber | null, firstDay: DayNumber, lastDay: DayNumber): boolean {
  return npsDate !== null && Number.isInteger(npsDate) && firstDay <= npsDate && npsDate <= lastDay;
}

/**
 * S, N, E, R and the NPS counts of the range, the CLV inputs null (the list has no purchase
 * dates to place in a range): `computeRowMetrics` gives the rest, L = S + N − E among them.
 */
export function listRangeInputs(
  customers: readonly CustomerRecord[],
  firstDay: DayNumber,
  lastDay: DayNumber,
): PeriodInputs {
  const rule = npsRuleOf(customers);
  const responses: Record<NpsCategory, number> = { promoter: 0, passive: 0, detractor: 0 };
  let [atStart, added, atEnd, retained] = [0, 0, 0, 0];
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    if (skipReasonOf(customer) !== null) continue;
    const { start, end } = customer;
    const stillAtEnd = end === null || end > lastDay;
    const inE = start <= lastDay && stillAtEnd;
    if (start < firstDay && (end === null || end >= firstDay)) {
      atStart++;
      if (stillAtEnd) retained++;
    }
    if (firstDay <= start && start <= lastDay) added++;
    if (inE) atEnd++;
    const category = rule === null ? null : npsCategoryOf(customer);
    if (category === null) continue;
    const responds = rule === 'byCustomersAtEnd' ? inE : respondedWithin(customer.npsDate, firstDay, lastDay);
    if (responds) responses[category]++;
  }
  const scored = rule !== null;
  return {
    ...emptyInputs(),
    customersAtStart: atStart,
    newCustomers: added,
    customersAtEnd: atEnd,
    customersRetained: retained,
    promoters: scored ? responses.promoter : null,
    passives: scored ? responses.passive : null,
    detractors: scored ? responses.detractor : null,
  };
}
