/**
 * Whole-range figures (the grid's pinned totals row, the range card, the Summary sheet and
 * the workbook's whole-range row), each combined by its registry entry's range rule.
 *
 * The range is treated as one long period, so the row formulas apply unchanged: S of the
 * first period, all new customers of the range, E of the last period, NPS from all
 * responses of the range. Retention over the range is therefore (E_last − ΣN) / S_first ×
 * 100: the customers at the end who were there at the start, over those at the start.
 */
import { DERIVED_FIELDS, INPUT_FIELDS, type PeriodInputs, type PeriodMetrics, type PeriodRow } from '../document';
import type { FigureId, RangeRule, RowFigures } from './figureTypes';
import { computeRowMetrics } from './rowFigures';
import { FIGURES, derivedFigure } from './registry';

export interface RangeSummary {
  inputs: PeriodInputs;
  metrics: PeriodMetrics;
}

/** Sum of a figure over the rows, or null when any row lacks it (a partial sum would mislead). */
function sumOf(rows: readonly Readonly<RowFigures>[], id: FigureId): number | null {
  let total = 0;
  for (const row of rows) {
    const value = row[id];
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** A figure combined by a rule that does not recompute it. */
function combined(rule: Exclude<RangeRule, 'recomputed'>, rows: readonly Readonly<RowFigures>[], id: FigureId) {
  switch (rule) {
    case 'first':
      return rows[0]?.[id] ?? null;
    case 'last':
      return rows[rows.length - 1]?.[id] ?? null;
    case 'sum':
      return sumOf(rows, id);
    case 'none':
      return null;
  }
}

export function summarizeRange(rows: readonly PeriodRow[]): RangeSummary {
  if (rows.length === 0) return { inputs: emptyRange(INPUT_FIELDS), metrics: emptyRange(DERIVED_FIELDS) };
  // A derived figure summed over the range (lost customers) needs each row's own value.
  const figured: RowFigures[] = rows.map((row) => ({ ...row, ...computeRowMetrics(row) }));
  const range = {} as RowFigures;
  for (const id of INPUT_FIELDS) {
    const rule = FIGURES[id].range;
    // An input has no formula to recompute it by.
    range[id] = rule === 'recomputed' ? null : combined(rule, figured, id);
  }
  const options = { defaultProfitMarginPct: null };
  for (const id of DERIVED_FIELDS) {
    const { range: rule, compute } = derivedFigure(id);
    range[id] = rule === 'recomputed' ? compute(range, options) : combined(rule, figured, id);
  }
  return {
    inputs: pick(range, INPUT_FIELDS),
    metrics: pick(range, DERIVED_FIELDS),
  };
}

function emptyRange<K extends FigureId>(ids: readonly K[]): Record<K, null> {
  return Object.fromEntries(ids.map((id) => [id, null])) as Record<K, null>;
}

function pick<K extends FigureId>(figures: RowFigures, ids: readonly K[]): Record<K, number | null> {
  return Object.fromEntries(ids.map((id) => [id, figures[id]])) as Record<K, number | null>;
}
