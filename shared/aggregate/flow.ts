/**
 * S, N, E and L of every period, counted from the placement in O(customers + periods).
 *
 * With s and e the period offsets of a customer's start and end (e = past the range
 * when there is no end), the definitions of docs/metrics.md become, for the period at p:
 * N: s = p; L: e = p; E: s ≤ p < e; S: s < p ≤ e, that is E of the period before.
 * So N and L are tallies, E is the running total of N − L, and S is E one period back.
 * R (customers of S still customers at the end): s < p < e, that is S less the customers
 * of S who ended in p, which are L less the new customers who also ended in p (s = e = p).
 */
import type { Placement } from './placement';

export interface CustomerFlow {
  customersAtStart: Int32Array;
  newCustomers: Int32Array;
  customersAtEnd: Int32Array;
  lostCustomers: Int32Array;
  customersRetained: Int32Array;
}

export function countCustomerFlow({ periods, startAt, endAt }: Placement): CustomerFlow {
  const count = periods.length;
  const newCustomers = new Int32Array(count);
  const lostCustomers = new Int32Array(count);
  const lostWhileNew = new Int32Array(count);
  for (let i = 0; i < startAt.length; i++) {
    const start = startAt[i]!; // typed arrays of equal length: every index below is in range
    if (start < 0) continue;
    newCustomers[start]!++;
    const end = endAt[i]!;
    if (end < count) lostCustomers[end]!++;
    if (end === start) lostWhileNew[start]!++;
  }
  const customersAtStart = new Int32Array(count);
  const customersAtEnd = new Int32Array(count);
  const customersRetained = new Int32Array(count);
  let running = 0;
  for (let p = 0; p < count; p++) {
    customersAtStart[p] = running;
    customersRetained[p] = running - (lostCustomers[p]! - lostWhileNew[p]!);
    running += newCustomers[p]! - lostCustomers[p]!;
    customersAtEnd[p] = running;
  }
  return { customersAtStart, newCustomers, customersAtEnd, lostCustomers, customersRetained };
}
