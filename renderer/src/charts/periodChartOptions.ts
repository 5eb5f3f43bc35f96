/**
 * The ag-charts options of one period chart. Every text the library draws follows the UI
 * language: its own texts (legend and accessibility labels) from ag-charts' locale
 * catalog, the tooltips through a renderer that formats figures with the app's Intl
 * formatters (`92,5 %` in Finnish) instead of the library's default two-decimal English.
 */
import type { AgCartesianChartOptions, AgLineSeriesTooltipRendererParams } from 'ag-charts-community';
import { AG_CHARTS_LOCALE_EN_US, AG_CHARTS_LOCALE_FI_FI } from 'ag-charts-locale';
import type { UiLanguage } from '../../../shared/document';
import { axisRange, type PeriodPoint } from './chartData';
import type { SeriesKey } from './chartList';

export interface ChartLine {
  key: SeriesKey;
  name: string;
  /** A dashed line marks a bound rather than a figure. */
  dashed?: boolean;
  color: string;
  /** Why this line's figure at a point should be read with care (drawn hollow, said in the tooltip); null when sound. */
  caveat?: (point: PeriodPoint) => string | null;
}

export interface PeriodChartSpec {
  title: string;
  points: readonly PeriodPoint[];
  lines: readonly ChartLine[];
  format: (value: number | null) => string;
  /** The y axis's usual range; it widens only when a figure falls outside it. */
  range: readonly [number, number];
  language: UiLanguage;
}

export const CHART_LOCALES: Record<UiLanguage, Record<string, string>> = {
  en: AG_CHARTS_LOCALE_EN_US,
  fi: AG_CHARTS_LOCALE_FI_FI,
};

export function periodChartOptions(spec: PeriodChartSpec): AgCartesianChartOptions {
  const { points, lines, format } = spec;
  const [min, max] = axisRange(points, lines, spec.range);
  return {
    data: points as PeriodPoint[],
    title: { text: spec.title, fontSize: 14 },
    background: { visible: false },
    animation: { enabled: false },
    locale: { localeText: CHART_LOCALES[spec.language] },
    series: lines.map((line) => ({
      type: 'line' as const,
      xKey: 'label',
      yKey: line.key,
      yName: line.name,
      stroke: line.color,
      marker: {
        enabled: !line.dashed && points.length <= 60,
        fill: line.color,
        stroke: line.color,
        size: 5,
        // An uncertain figure's marker is hollow, so the eye does not give it the weight of the others.
        itemStyler: ({ datum }: { datum: PeriodPoint }) => (line.caveat?.(datum) ? { fill: '#ffffff', size: 7 } : {}),
      },
      ...(line.dashed && { lineDash: [4, 4], strokeWidth: 1 }),
      tooltip: {
        renderer: ({ datum }: AgLineSeriesTooltipRendererParams<PeriodPoint>) => {
          const caveat = line.caveat?.(datum) ?? null;
          const value = format(datum[line.key] ?? null);
          return { heading: datum.label, data: [{ label: line.name, value: caveat ? `${value} (${caveat})` : value }] };
        },
      },
    })),
    axes: {
      x: { type: 'category', position: 'bottom' },
      y: { type: 'number', position: 'left', min, max },
    },
    legend: { position: 'bottom' },
  };
}
