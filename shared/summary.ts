/**
 * Whole-range figures (the grid's pinned totals row, the Summary cards and sheet).
 *
 * The range is treated as one long period, so every row formula applies unchanged:
 * S = customers at the start of the first period, N = all new customers of the range,
 * E = customers at the end of the last period, NPS from all responses of the range.
 * Retention over the range is therefore (E_last − ΣN) / S_first × 100, the same CRR
 * formula: the customers at the end who were there at the start, over those at the start.
 * Lost over the range is the total of the rows' lost customers; when the rows chain (each
 * period's S is the previous period's E) it equals S + ΣN − E of the range.
 * CLV has no whole-range meaning and stays null.
 */
import { computeRowMetrics } from './metrics';
import { emptyInputs, type PeriodInputs, type PeriodMetrics, type PeriodRow } from './document';

/** Sum of a column, or null when any row lacks the figure (a partial sum would mislead). */
function sumOf(rows: readonly PeriodRow[], field: keyof PeriodInputs): number | null {
  let total = 0;
  for (const row of rows) {
    const value = row[field];
    if (value === null) return null;
    total += value;
  }
  return total;
}

export function rangeInputs(rows: readonly PeriodRow[]): PeriodInputs {
  const inputs = emptyInputs();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return inputs;
  inputs.customersAtStart = first.customersAtStart;
  inputs.newCustomers = sumOf(rows, 'newCustomers');
  inputs.customersAtEnd = last.customersAtEnd;
  inputs.promoters = sumOf(rows, 'promoters');
  inputs.passives = sumOf(rows, 'passives');
  inputs.detractors = sumOf(rows, 'detractors');
  return inputs;
}

export interface RangeSummary {
  inputs: PeriodInputs;
  metrics: PeriodMetrics;
}

export function summarizeRange(rows: readonly PeriodRow[]): RangeSummary {
  const inputs = rangeInputs(rows);
  let totalLost: number | null = rows.length > 0 ? 0 : null;
  for (const row of rows) {
    const lost = computeRowMetrics(row).lostCustomers;
    totalLost = lost === null || totalLost === null ? null : totalLost + lost;
  }
  return { inputs, metrics: { ...computeRowMetrics(inputs), lostCustomers: totalLost } };
}
