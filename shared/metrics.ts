/**
 * The formulas of the derived figures, as `docs/metrics.md` defines them (the registry,
 * shared/figures/registry.ts, says which figure uses which).
 * Pure functions, unrounded, null where undefined: never 0, NaN or Infinity.
 */

type Count = number | null;

/** L = S + N − E. */
export function lostCustomers(start: Count, added: Count, end: Count): number | null {
  if (start === null || added === null || end === null) return null;
  return start + added - end;
}

/** CRR = (E − N) / S × 100; null when S is 0 or an input is missing. */
export function retentionRate(start: Count, added: Count, end: Count): number | null {
  if (start === null || added === null || end === null || start === 0) return null;
  return ((end - added) / start) * 100;
}

/**
 * R / S × 100: the share of the customers at the start still customers at the end
 * (exact retention, from a customer list); null when S is 0 or R is unknown. Since
 * E − N = R − (new customers lost within the period), it is never below the CRR.
 */
export function exactRetentionRate(start: Count, retained: Count): number | null {
  if (start === null || retained === null || start === 0) return null;
  return (retained / start) * 100;
}

/** E / S × 100: shown beside CRR because it hides churn offset by new customers. */
export function simpleRetentionRate(start: Count, end: Count): number | null {
  if (start === null || end === null || start === 0) return null;
  return (end / start) * 100;
}

/** 100 − CRR; null when CRR is. */
export function churnRate(retention: number | null): number | null {
  return retention === null ? null : 100 - retention;
}

export interface ClvInputs {
  avgPurchaseValue: number | null;
  purchasesPerYear: number | null;
  lifespanYears: number | null;
  profitMarginPct: number | null;
}

/** Average purchase × purchases per year × lifespan (years) × margin % / 100. */
export function customerLifetimeValue(inputs: ClvInputs): number | null {
  const { avgPurchaseValue, purchasesPerYear, lifespanYears, profitMarginPct } = inputs;
  if (avgPurchaseValue === null || purchasesPerYear === null || lifespanYears === null || profitMarginPct === null) {
    return null;
  }
  return (avgPurchaseValue * purchasesPerYear * lifespanYears * profitMarginPct) / 100;
}

/**
 * Customers with two or more purchases / customers with at least one × 100
 * (toistuvien ostojen osuus); null when nobody has purchased.
 */
export function repeatPurchaseRate(purchaseCounts: Iterable<number>): number | null {
  let buyers = 0;
  let repeaters = 0;
  for (const count of purchaseCounts) {
    if (count >= 1) buyers++;
    if (count >= 2) repeaters++;
  }
  return buyers === 0 ? null : (repeaters / buyers) * 100;
}
