/**
 * What the grid shows for each period: its inputs, its derived figures from shared
 * metrics and its row checks. Rows are cached by the row object, so after an edit only
 * the edited row is computed again and every other row keeps its identity (the grid then
 * redraws that one row only).
 */
import type { PeriodMetrics, PeriodRow } from '../../../shared/document';
import { summarizeTableRange, type RangeNote } from '../../../shared/figures/tableRange';
import { computeRowMetrics } from '../../../shared/figures/rowFigures';
import { checkRow, type RowCheck } from '../../../shared/rowChecks';

export interface GridRow extends PeriodRow, PeriodMetrics {
  checks: RowCheck[];
  /** The pinned whole-range row: computed, never edited. */
  isTotals: boolean;
  /** For the whole-range row: why some of its figures are blank. */
  rangeNotes?: RangeNote[];
}

export const TOTALS_ROW_ID = 'totals';

export function toGridRow(row: PeriodRow, defaultProfitMarginPct: number | null): GridRow {
  return { ...row, ...computeRowMetrics(row, defaultProfitMarginPct), checks: checkRow(row), isTotals: false };
}

/** Maps periods to grid rows, reusing the rows of unchanged periods while the default margin stays. */
export function createGridRowCache(): (
  periods: readonly PeriodRow[],
  defaultProfitMarginPct: number | null,
) => GridRow[] {
  let cache = new WeakMap<PeriodRow, GridRow>();
  let cachedMargin: number | null | undefined;
  return (periods, defaultProfitMarginPct) => {
    if (defaultProfitMarginPct !== cachedMargin) {
      cache = new WeakMap();
      cachedMargin = defaultProfitMarginPct;
    }
    return periods.map((row) => {
      let gridRow = cache.get(row);
      if (!gridRow) {
        gridRow = toGridRow(row, defaultProfitMarginPct);
        cache.set(row, gridRow);
      }
      return gridRow;
    });
  };
}

/** The pinned bottom row: the whole range as one period (shared/figures/rangeFigures.ts). */
export function totalsRow(periods: readonly PeriodRow[], label: string): GridRow {
  const summary = summarizeTableRange(periods);
  return {
    ...summary.inputs,
    ...summary.metrics,
    id: TOTALS_ROW_ID,
    label,
    firstDay: periods[0]?.firstDay ?? null,
    lastDay: periods[periods.length - 1]?.lastDay ?? null,
    aggregated: false,
    checks: [],
    isTotals: true,
    rangeNotes: summary.notes,
  };
}
