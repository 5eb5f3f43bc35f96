/**
 * The period charts and their lines, from the metric registry: each figure with a chart
 * is a line in it, and a figure shown with a margin gets two dashed band lines around it.
 */
import type { ChartId, FigureId } from '../../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../../shared/figures/registry';
import type { MessageKey } from '../../../shared/i18n';

/** A line's key in a chart point: the figure's id, or the figure's id with Upper / Lower for its band. */
export type SeriesKey = FigureId | `${FigureId}${'Upper' | 'Lower'}`;

export interface ChartSeries {
  key: SeriesKey;
  figure: FigureId;
  /** A band line: the figure plus or minus its margin. */
  band: 'Upper' | 'Lower' | null;
  color: string;
}

export interface ChartSpec {
  id: ChartId;
  testId: string;
  title: MessageKey;
  /** The y axis's usual range, kept so a chart does not jump as figures change; it widens for a figure outside it. */
  range: readonly [number, number];
  /** What the figures can be at most: a margin band is never drawn past it. */
  bounds: readonly [number, number];
  series: readonly ChartSeries[];
}

/** A band's lighter colour: the line's colour half blended with white. */
function lighter(color: string): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  return `#${channels
    .map((channel) =>
      Math.round((channel + 255) / 2)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function seriesOf(chart: ChartId): ChartSeries[] {
  return FIGURE_IDS.flatMap((figure) => {
    const { chart: drawn, marginOf } = FIGURES[figure];
    if (drawn?.id !== chart) return [];
    const line: ChartSeries = { key: figure, figure, band: null, color: drawn.color };
    if (marginOf === null) return [line];
    const band = (side: 'Upper' | 'Lower'): ChartSeries => ({
      key: `${figure}${side}`,
      figure,
      band: side,
      color: lighter(drawn.color),
    });
    return [line, band('Upper'), band('Lower')];
  });
}

export const PERIOD_CHARTS: readonly ChartSpec[] = [
  {
    id: 'retention',
    testId: 'retention-chart',
    title: 'ui.charts.retentionTitle',
    range: [0, 100],
    bounds: [-Infinity, Infinity],
    series: seriesOf('retention'),
  },
  {
    id: 'nps',
    testId: 'nps-chart',
    title: 'ui.charts.npsTitle',
    range: [-100, 100],
    bounds: [-100, 100],
    series: seriesOf('nps'),
  },
];
