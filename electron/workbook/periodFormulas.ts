/**
 * The Excel formulas of the Periods sheet: each derived column is its registry entry's
 * formula over the same row's cells, and the whole-range row combines each figure by its
 * range rule, exactly as shared/figures/rangeFigures.ts does. IF evaluates only the branch
 * it takes, so a division never runs when its divisor is zero or blank.
 */
import type { FigureId } from '../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../shared/figures/registry';
import { cellOf } from './periodsLayout';

/** The workbook-level name of the default margin cell (a fraction, blank for none). */
export const DEFAULT_MARGIN_NAME = 'PitoDefaultMargin';

/** A derived figure's formula on a sheet row; null for an input, which holds a value. */
export function rowFormula(id: FigureId, row: number): string | null {
  const figure = FIGURES[id];
  if (figure.kind === 'input') return null;
  return figure.formula({ cell: (other) => cellOf(other, row), defaultMargin: DEFAULT_MARGIN_NAME });
}

/** A cell's value, blank when the referenced cell is blank (a bare `=B2` shows 0 for a blank B2). */
export const copyOf = (cell: string) => `IF(${cell}="","",${cell})`;

/** A column's sum, blank when any row lacks the figure (a partial sum would mislead, as in rangeFigures.ts). */
const sumOf = (field: FigureId, first: number, last: number) => {
  const range = `${cellOf(field, first)}:${cellOf(field, last)}`;
  return `IF(COUNT(${range})<ROWS(${range}),"",SUM(${range}))`;
};

/**
 * The whole-range row's formula of each figure that has one, by its range rule: the first
 * period's cell, the last period's, the column's sum, or the row formula over this row's
 * own combined cells. A figure without a whole-range meaning ('none') is left blank.
 */
export function totalsRowFormulas(first: number, last: number, totalsRow: number): Partial<Record<FigureId, string>> {
  const formulas: Partial<Record<FigureId, string>> = {};
  for (const id of FIGURE_IDS) {
    switch (FIGURES[id].range) {
      case 'first':
        formulas[id] = copyOf(cellOf(id, first));
        break;
      case 'last':
        formulas[id] = copyOf(cellOf(id, last));
        break;
      case 'sum':
        formulas[id] = sumOf(id, first, last);
        break;
      case 'recomputed': {
        const formula = rowFormula(id, totalsRow);
        if (formula !== null) formulas[id] = formula;
        break;
      }
      case 'none':
        break;
    }
  }
  return formulas;
}
