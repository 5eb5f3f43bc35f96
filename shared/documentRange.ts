/**
 * The figures of a document's range of periods, by the rule docs/metrics.md gives for its
 * source ("A range of periods"): from the customer list itself while the range's rows are the
 * list's as aggregated, otherwise from the rows by the registry's range rules, blank where the
 * rows do not chain.
 */
import { parseIsoDate, type DayNumber } from './calendar';
import type { CustomerRecord } from './customers';
import type { PeriodRow } from './document';
import { listRangeInputs } from './aggregate/listRange';
import type { RowFigures } from './figures/figureTypes';
import { computeRowMetrics } from './figures/rowFigures';
import { summarizeTableRange, type RangeNote } from './figures/tableRange';
import type { PeriodSpan } from './ranges';

/** Where the range's figures come from: the customers of the list, or the periods' rows. */
export type RangeBasis = 'customerList' | 'periodRows';

export interface RangeFigures {
  basis: RangeBasis;
  notes: RangeNote[];
  figures: RowFigures;
}

function dayOf(iso: string | null): DayNumber | null {
  return iso === null ? null : parseIsoDate(iso);
}

/**
 * `customers`: the list behind the document, or null for a period table. A row of the range
 * edited since the list gave it makes the rows the user's own figures, so they decide.
 */
export function documentRangeFigures(
  periods: readonly PeriodRow[],
  span: PeriodSpan,
  customers: readonly CustomerRecord[] | null,
  defaultProfitMarginPct: number | null,
): RangeFigures {
  const rows = periods.slice(span.firstIndex, span.lastIndex + 1);
  const [first, last] = [dayOf(span.firstDay), dayOf(span.lastDay)];
  if (customers !== null && first !== null && last !== null && rows.every((row) => row.aggregated)) {
    const inputs = listRangeInputs(customers, first, last);
    return {
      basis: 'customerList',
      notes: [],
      figures: { ...inputs, ...computeRowMetrics(inputs, defaultProfitMarginPct) },
    };
  }
  const { inputs, metrics, notes } = summarizeTableRange(rows);
  return { basis: 'periodRows', notes, figures: { ...inputs, ...metrics } };
}
