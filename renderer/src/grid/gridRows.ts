/**
 * What the grid shows for each period: its inputs, its derived figures from shared
 * metrics and its row checks. Rows are cached by the row object, so after an edit only
 * the edited row is computed again and every other row keeps its identity (the grid then
 * redraws that one row only).
 */
import { DERIVED_FIELDS, emptyInputs, type PeriodMetrics, type PeriodRow } from '../../../shared/document';
import type { RowFigures } from '../../../shared/figures/figureTypes';
import { computeRowMetrics } from '../../../shared/figures/rowFigures';
import { checkRow, type RowCheck } from '../../../shared/rowChecks';

export interface GridRow extends PeriodRow, PeriodMetrics {
  checks: RowCheck[];
  /** The pinned whole-range row: computed, never edited. */
  isTotals: boolean;
  /** For the summary range's row: what it covers, and why some of its figures are blank. */
  rangeHint?: string;
}

export const TOTALS_ROW_ID = 'totals';

const emptyMetrics = (): PeriodMetrics => Object.fromEntries(DERIVED_FIELDS.map((id) => [id, null])) as PeriodMetrics;

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

/**
 * The pinned bottom row: the summary range as one period (renderer/src/summary/useSummaryRange.ts);
 * blank while the list is counted or when the periods cannot give the range. `hint` says what
 * it covers and why a figure of it is blank.
 */
export function totalsRow(figures: RowFigures | null, label: string, hint: string): GridRow {
  const blank = { ...emptyInputs(), ...emptyMetrics() };
  return {
    ...blank,
    ...figures,
    id: TOTALS_ROW_ID,
    label,
    firstDay: null,
    lastDay: null,
    aggregated: false,
    checks: [],
    isTotals: true,
    rangeHint: hint,
  };
}
