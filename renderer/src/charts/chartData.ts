/**
 * The charts' figures per period, from shared metrics. Values are rounded to one decimal
 * here because a chart only displays them (its tooltips show what it is given).
 */
import type { PeriodRow } from '../../../shared/document';
import { computeRowMetrics } from '../../../shared/metrics';

export interface PeriodPoint {
  label: string;
  retention: number | null;
  churn: number | null;
  nps: number | null;
  npsLower: number | null;
  npsUpper: number | null;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function periodPoints(periods: readonly PeriodRow[]): PeriodPoint[] {
  return periods.map((row) => {
    const metrics = computeRowMetrics(row);
    const { nps, npsMarginOfError: margin } = metrics;
    const band = nps !== null && margin !== null;
    return {
      label: row.label,
      retention: oneDecimal(metrics.retentionRate),
      churn: oneDecimal(metrics.churnRate),
      nps: oneDecimal(nps),
      npsLower: band ? oneDecimal(Math.max(-100, nps - margin)) : null,
      npsUpper: band ? oneDecimal(Math.min(100, nps + margin)) : null,
    };
  });
}

/**
 * The y axis range: `usual` (0-100 for percentages), widened to whole numbers around any
 * drawn figure outside it, so a negative retention from a bad row or a simple retention
 * over 100 is shown rather than clipped.
 */
export function axisRange(
  points: readonly PeriodPoint[],
  lines: readonly { key: keyof Omit<PeriodPoint, 'label'> }[],
  usual: readonly [number, number],
): [number, number] {
  let [min, max] = usual;
  for (const point of points) {
    for (const line of lines) {
      const value = point[line.key];
      if (value === null) continue;
      min = Math.min(min, Math.floor(value));
      max = Math.max(max, Math.ceil(value));
    }
  }
  return [min, max];
}

/**
 * How many of the latest periods a chart draws: ten years of months. More points than
 * pixels cannot be read, and redrawing thousands of them would slow typing in the grid.
 */
export const CHART_PERIODS = 120;

/** How many of the latest periods the charts' text tables list: enough to read, few enough to stay light. */
export const TABLE_PERIODS = 24;
