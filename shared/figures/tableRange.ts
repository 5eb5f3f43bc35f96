/**
 * A range of a period table's rows (or of a customer list's rows whose S, N or E were edited):
 * the registry's range rules (summarizeRange), and the condition they rest on.
 *
 * S of the first row, the rows' N and E of the last row describe one group of customers only
 * when the rows chain, every row's S being the E of the row before (docs/metrics.md, "A range
 * of periods"). When they do not, the figures read from that flow have no meaning, so they are
 * blank and the range says why. summarizeRange itself stays as it is: the grid's totals row
 * shows every row's figures as they stand.
 */
import { DERIVED_FIELDS, type DerivedField, type PeriodRow } from '../document';
import { FIGURES } from './registry';
import { chainsOn } from '../periodChain';
import { summarizeRange, type RangeSummary } from './rangeFigures';

/** Why a figure of a range is blank. */
export type RangeNote = 'periodsDoNotChain';

/** The figures of a range that follow its customers from S through N to E (the registry's rangeNeedsChain). */
export const FLOW_FIGURES: readonly DerivedField[] = DERIVED_FIELDS.filter((id) => FIGURES[id].rangeNeedsChain);

export interface TableRangeSummary extends RangeSummary {
  notes: RangeNote[];
}

/** Every row chains on the row before it (shared/periodChain.ts). */
export function periodsChain(rows: readonly PeriodRow[]): boolean {
  return rows.every((row, p) => p === 0 || chainsOn(rows[p - 1]!, row));
}

export function summarizeTableRange(rows: readonly PeriodRow[]): TableRangeSummary {
  const summary = summarizeRange(rows);
  if (periodsChain(rows)) return { ...summary, notes: [] };
  const metrics = { ...summary.metrics };
  for (const id of FLOW_FIGURES) metrics[id] = null;
  return { inputs: summary.inputs, metrics, notes: ['periodsDoNotChain'] };
}
