/** Row identity for the grid and the history; random so rows from an import and rows typed in never clash. */
import { dayNumberOf } from '../../../shared/calendar';
import { periodAt, periodIndexOf, type PeriodKind } from '../../../shared/periods';

export function newRowId(): string {
  return crypto.randomUUID();
}

export function newRowIds(count: number): string[] {
  return Array.from({ length: count }, newRowId);
}

/** The label of the period holding `now` (local calendar date), where an empty grid starts. */
export function currentPeriodLabel(kind: PeriodKind, now = new Date()): string {
  return periodAt(periodIndexOf(dayNumberOf(now.getFullYear(), now.getMonth() + 1, now.getDate()), kind), kind).label;
}
