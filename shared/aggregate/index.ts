/**
 * A customer list into period rows, a cohort table and whole-list figures, exactly as
 * docs/metrics.md ("From a customer list to periods", "Cohorts", "Repeat purchase rate")
 * defines them; docs/aggregation.md states every choice made where it is silent.
 *
 * O(customers + periods + cohort cells) with typed counting arrays and no object per
 * customer, so a million customers aggregate in well under a second.
 */
import { formatIsoDate } from '../calendar';
import type { CustomerRecord } from '../customers';
import type { CohortTable, CustomerListStats, PeriodRow } from '../document';
import { repeatPurchaseRate } from '../metrics';
import type { PeriodKind } from '../periods';
import { derivePurchaseDefaults, lifespanYears } from './clvDefaults';
import { buildCohortTable } from './cohorts';
import { purchasesOf } from './figures';
import { countCustomerFlow } from './flow';
import { countNpsResponses } from './npsCounts';
import { placeCustomers, SKIPPED, type Placement } from './placement';

export { MAX_PERIODS, TooManyPeriodsError } from './placement';

export interface AggregatedList {
  periods: PeriodRow[];
  cohorts: CohortTable;
  listStats: CustomerListStats;
}

/**
 * The valid purchase counts of the counted customers, for repeatPurchaseRate. A typed
 * array rather than a generator: iterating it allocates nothing per customer.
 */
function countedPurchases(customers: readonly CustomerRecord[], { startAt, counted }: Placement): Float64Array {
  const counts = new Float64Array(counted);
  let filled = 0;
  for (let i = 0; i < customers.length; i++) {
    const purchases = startAt[i] === SKIPPED ? null : purchasesOf(customers[i]!);
    if (purchases !== null) counts[filled++] = purchases;
  }
  return counts.subarray(0, filled);
}

function periodRows(customers: readonly CustomerRecord[], placement: Placement, kind: PeriodKind): PeriodRow[] {
  const flow = countCustomerFlow(placement);
  const nps = countNpsResponses(customers, placement);
  const purchase = derivePurchaseDefaults(customers, placement);
  return placement.periods.map((period, p) => ({
    id: period.label,
    label: period.label,
    firstDay: formatIsoDate(period.firstDay),
    lastDay: formatIsoDate(period.lastDay),
    customersAtStart: flow.customersAtStart[p]!,
    newCustomers: flow.newCustomers[p]!,
    customersAtEnd: flow.customersAtEnd[p]!,
    customersRetained: flow.customersRetained[p]!,
    aggregated: true,
    avgPurchaseValue: purchase?.avgPurchaseValue[p] ?? null,
    purchasesPerYear: purchase?.purchasesPerYear[p] ?? null,
    lifespanYears: lifespanYears(flow, p, kind),
    profitMarginPct: null, // not in a customer list: the document's default margin applies
    promoters: nps ? nps.promoter[p]! : null,
    passives: nps ? nps.passive[p]! : null,
    detractors: nps ? nps.detractor[p]! : null,
  }));
}

export function aggregateCustomers(customers: readonly CustomerRecord[], kind: PeriodKind): AggregatedList {
  const placement = placeCustomers(customers, kind);
  if (!placement) {
    return {
      periods: [],
      cohorts: { periodKind: kind, rows: [] },
      listStats: { customers: 0, repeatPurchaseRate: null },
    };
  }
  return {
    periods: periodRows(customers, placement, kind),
    cohorts: buildCohortTable(placement, kind),
    listStats: {
      customers: placement.counted,
      repeatPurchaseRate: repeatPurchaseRate(countedPurchases(customers, placement)),
    },
  };
}
