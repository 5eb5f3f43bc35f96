/** Every derived figure of one period row, computed by the registry's entries in order. */
import { DERIVED_FIELDS, type PeriodInputs, type PeriodMetrics } from '../document';
import type { RowFigures } from './figureTypes';
import { derivedFigure } from './registry';

/**
 * All derived figures of a row. `defaultProfitMarginPct` stands in for a row's missing
 * margin (the document setting), so CLV can show without typing it per row.
 */
export function computeRowMetrics(row: PeriodInputs, defaultProfitMarginPct: number | null = null): PeriodMetrics {
  // Each figure may read the derived figures before it (churn reads retention), so they fill in order.
  const figures = { ...row } as RowFigures;
  const options = { defaultProfitMarginPct };
  const metrics = {} as PeriodMetrics;
  for (const id of DERIVED_FIELDS) {
    const value = derivedFigure(id).compute(figures, options);
    figures[id] = value;
    metrics[id] = value;
  }
  return metrics;
}
