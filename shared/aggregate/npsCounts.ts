/**
 * Promoters, passives and detractors of every period from a customer list.
 *
 * docs/metrics.md: where the list has NPS response dates, the responses dated inside the
 * period; otherwise the scores of the customers counted in E. The choice is made for
 * the whole list (one rule for every period, so periods compare): as soon as one scored
 * customer has a response date, responses are placed by date, and a score without a
 * date cannot be placed and is left out. Responses dated outside the range of periods
 * are left out too.
 */
import type { CustomerRecord } from '../customers';
import { classifyNpsScore, type NpsCategory } from '../nps';
import { SKIPPED, skipReasonOf, type Placement } from './placement';
import { SpanSums } from './spanSums';

export type NpsTallies = Record<NpsCategory, Float64Array>;

/** The category of a customer's score; null without a score 0-10. */
export function npsCategoryOf(customer: CustomerRecord): NpsCategory | null {
  return customer.npsScore === null ? null : classifyNpsScore(customer.npsScore);
}

export type NpsRule = 'byResponseDate' | 'byCustomersAtEnd';

/**
 * Which rule the list follows; null when no counted customer has a score 0-10. It is the
 * list's, not a period's: a range of periods counted from the list (listRange.ts) follows it too.
 */
export function npsRuleOf(customers: readonly CustomerRecord[]): NpsRule | null {
  let rule: NpsRule | null = null;
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    if (skipReasonOf(customer) !== null || npsCategoryOf(customer) === null) continue;
    if (customer.npsDate !== null) return 'byResponseDate';
    rule = 'byCustomersAtEnd';
  }
  return rule;
}

/** Counts per period; null when the list has no NPS data (the row's counts stay blank). */
export function countNpsResponses(customers: readonly CustomerRecord[], placement: Placement): NpsTallies | null {
  const rule = npsRuleOf(customers);
  if (rule === null) return null;
  const { periods, startAt, endAt, offsetOfDay } = placement;
  const sums: Record<NpsCategory, SpanSums> = {
    promoter: new SpanSums(periods.length),
    passive: new SpanSums(periods.length),
    detractor: new SpanSums(periods.length),
  };
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    const category = startAt[i] === SKIPPED ? null : npsCategoryOf(customer);
    if (category === null) continue;
    if (rule === 'byCustomersAtEnd') {
      sums[category].add(startAt[i]!, endAt[i]!, 1); // counted in E at offsets start ≤ p < end
      continue;
    }
    const responseAt = customer.npsDate === null ? -1 : offsetOfDay(customer.npsDate);
    if (responseAt >= 0) sums[category].add(responseAt, responseAt + 1, 1);
  }
  return { promoter: sums.promoter.totals(), passive: sums.passive.totals(), detractor: sums.detractor.totals() };
}
