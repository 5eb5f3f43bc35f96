/**
 * A reopened workbook's periods matched against its customer list. A period whose S, N and E
 * are what the list gives it (same label, the saved period kind) is the list's as
 * aggregated: it takes the list's R (a workbook of format 1 did not store it) and is marked
 * aggregated, so the row checks, which a list's own counts cannot fail, do not flag it. A
 * period edited since, in Pito or in Excel, stays the user's and is checked.
 */
import type { CustomerRecord } from '../customers';
import type { PeriodRow } from '../document';
import type { PeriodKind } from '../periods';
import { aggregateCustomers } from './index';

export function reconcileWithList(
  periods: readonly PeriodRow[],
  customers: readonly CustomerRecord[],
  kind: PeriodKind,
): PeriodRow[] {
  const listed = new Map(aggregateCustomers(customers, kind).periods.map((period) => [period.label, period]));
  return periods.map((row) => {
    const list = listed.get(row.label);
    const same =
      list !== undefined &&
      row.customersAtStart === list.customersAtStart &&
      row.newCustomers === list.newCustomers &&
      row.customersAtEnd === list.customersAtEnd &&
      (row.customersRetained === null || row.customersRetained === list.customersRetained);
    return same ? { ...row, customersRetained: list.customersRetained, aggregated: true } : row;
  });
}
