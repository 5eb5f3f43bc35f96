/**
 * The charts' figures per period, from shared metrics. Values are rounded to one decimal
 * here because a chart only displays them (its tooltips show what it is given).
 */
import type { PeriodRow } from '../../../shared/document';
import type { FigureId, Uncertainty } from '../../../shared/figures/figureTypes';
import { FIGURES } from '../../../shared/figures/registry';
import { figureUncertainty } from '../../../shared/figures/uncertainty';
import { computeRowMetrics } from '../../../shared/figures/rowFigures';
import type { ChartSpec, SeriesKey } from './chartList';

/**
 * One period of a chart: its label, the value of each of the chart's lines, and the
 * uncertainty of any figure resting on too little (drawn hollow, named in the tooltip).
 */
export type PeriodPoint = { label: string; uncertain?: Partial<Record<FigureId, Uncertainty>> } & Partial<
  Record<SeriesKey, number | null>
>;

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function periodPoints(periods: readonly PeriodRow[], chart: ChartSpec): PeriodPoint[] {
  const [lowest, highest] = chart.bounds;
  return periods.map((row) => {
    const figures = { ...row, ...computeRowMetrics(row) };
    const point: PeriodPoint = { label: row.label };
    for (const { key, figure, band } of chart.series) {
      const value = figures[figure];
      const marginOf = FIGURES[figure].marginOf;
      if (band === null) {
        point[key] = oneDecimal(value);
        const uncertainty = figureUncertainty(figure, figures);
        if (uncertainty !== null) point.uncertain = { ...point.uncertain, [figure]: uncertainty };
        continue;
      }
      const margin = marginOf === null ? null : figures[marginOf];
      const bound = value === null || margin === null ? null : band === 'Upper' ? value + margin : value - margin;
      point[key] = bound === null ? null : oneDecimal(Math.min(highest, Math.max(lowest, bound)));
    }
    return point;
  });
}

/**
 * The y axis range: `usual` (0-100 for percentages), widened to whole numbers around any
 * drawn figure outside it, so a negative retention from a bad row or a simple retention
 * over 100 is shown rather than clipped.
 */
export function axisRange(
  points: readonly PeriodPoint[],
  lines: readonly { key: SeriesKey }[],
  usual: readonly [number, number],
): [number, number] {
  let [min, max] = usual;
  for (const point of points) {
    for (const line of lines) {
      const value = point[line.key];
      if (value === null || value === undefined) continue;
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
