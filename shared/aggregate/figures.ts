/**
 * A customer's purchase and revenue figures as the aggregation trusts them. The reader
 * rejects bad values before they arrive; a value that still is not a usable number is
 * treated as missing rather than let NaN or a negative count into a sum.
 */
import type { CustomerRecord } from '../customers';

/** The purchase count when it is a finite number ≥ 0, else null. */
export function purchasesOf(customer: CustomerRecord): number | null {
  const { purchases } = customer;
  return purchases !== null && Number.isFinite(purchases) && purchases >= 0 ? purchases : null;
}

/** The revenue when it is a finite number (refunds may make it negative), else null. */
export function revenueOf(customer: CustomerRecord): number | null {
  const { revenue } = customer;
  return revenue !== null && Number.isFinite(revenue) ? revenue : null;
}
