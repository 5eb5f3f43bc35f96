/**
 * Default CLV inputs of every period, derived from a customer list (docs/aggregation.md
 * and the `aggregate.clvDefaults.*` definitions say the same in words).
 *
 * A list holds each customer's total purchases and revenue with no purchase dates, so a
 * period cannot see its own purchases. The defaults therefore use the totals of the
 * customers active in the period (start ≤ last day and no end or end ≥ first day, that
 * is start offset ≤ p ≤ end offset), summed with difference arrays:
 * - average purchase = Σ revenue / Σ purchases, over active customers with ≥ 1 purchase and a revenue;
 * - purchases per year = Σ purchases / Σ years as a customer, over active customers with a purchase count;
 *   years as a customer run from start to end (or to the list's latest date), both days included;
 * - lifespan = 100 / (churn % × periods per year), from the period's own S, N and E.
 * The margin is not in a list: it stays null and the document's default margin applies.
 */
import type { CustomerRecord } from '../customers';
import { churnRate, retentionRate } from '../metrics';
import type { PeriodKind } from '../periods';
import { purchasesOf, revenueOf } from './figures';
import type { CustomerFlow } from './flow';
import { SKIPPED, type Placement } from './placement';
import { SpanSums } from './spanSums';

/** The mean Gregorian year, so leap years weigh what they do over the long run. */
export const DAYS_PER_YEAR = 365.2425;

const PERIODS_PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, year: 1 };

export interface PurchaseDefaults {
  avgPurchaseValue: (number | null)[];
  purchasesPerYear: (number | null)[];
}

/** numerator / denominator per period, null where no customer contributed. */
function ratios(contributors: Float64Array, numerator: Float64Array, denominator: Float64Array): (number | null)[] {
  return Array.from(contributors, (count, p) => (count > 0 ? numerator[p]! / denominator[p]! : null));
}

/** Null when no counted customer has a purchase count: the list has no purchase data. */
export function derivePurchaseDefaults(
  customers: readonly CustomerRecord[],
  { periods, startAt, endAt, observedUntil }: Placement,
): PurchaseDefaults | null {
  const count = periods.length;
  const [buyers, revenue, purchasesBought] = [new SpanSums(count), new SpanSums(count), new SpanSums(count)];
  const [counted, purchases, tenureDays] = [new SpanSums(count), new SpanSums(count), new SpanSums(count)];
  let hasPurchases = false;
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    const bought = startAt[i] === SKIPPED ? null : purchasesOf(customer);
    if (bought === null) continue;
    hasPurchases = true;
    const [from, toExclusive] = [startAt[i]!, Math.min(endAt[i]! + 1, count)];
    counted.add(from, toExclusive, 1);
    purchases.add(from, toExclusive, bought);
    tenureDays.add(from, toExclusive, (customer.end ?? observedUntil) - customer.start + 1);
    const spent = revenueOf(customer);
    if (bought > 0 && spent !== null) {
      buyers.add(from, toExclusive, 1);
      revenue.add(from, toExclusive, spent);
      purchasesBought.add(from, toExclusive, bought);
    }
  }
  if (!hasPurchases) return null;
  const tenureYears = tenureDays.totals().map((days) => days / DAYS_PER_YEAR);
  return {
    avgPurchaseValue: ratios(buyers.totals(), revenue.totals(), purchasesBought.totals()),
    purchasesPerYear: ratios(counted.totals(), purchases.totals(), tenureYears),
  };
}

/** Expected years as a customer if the period's churn repeated every period; null without a positive churn. */
export function lifespanYears(flow: CustomerFlow, p: number, kind: PeriodKind): number | null {
  const retention = retentionRate(flow.customersAtStart[p]!, flow.newCustomers[p]!, flow.customersAtEnd[p]!);
  const churn = churnRate(retention);
  return churn !== null && churn > 0 ? 100 / (churn * PERIODS_PER_YEAR[kind]) : null;
}
