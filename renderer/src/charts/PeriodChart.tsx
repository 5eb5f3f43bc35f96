/**
 * One line chart of figures per period (ag-charts community), with the same figures as
 * a text table below it for screen readers (and for tests: a canvas has no text).
 */
import { useMemo } from 'react';
import { AllCommunityModule, ModuleRegistry } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { useI18n } from '../i18n/I18nContext';
import { TABLE_PERIODS, type PeriodPoint } from './chartData';
import { periodChartOptions, type ChartLine } from './periodChartOptions';

ModuleRegistry.registerModules(AllCommunityModule);

interface PeriodChartProps {
  testId: string;
  title: string;
  points: readonly PeriodPoint[];
  lines: readonly ChartLine[];
  format: (value: number | null) => string;
  /** The y axis's usual range, kept so a chart does not jump as figures change; widened only for figures outside it. */
  range: readonly [number, number];
}

export function PeriodChart({ testId, title, points, lines, format, range }: PeriodChartProps) {
  const { t, language } = useI18n();
  const options = useMemo(
    () => periodChartOptions({ title, points, lines, format, range, language }),
    [points, lines, title, format, range, language],
  );
  const recent = points.slice(-TABLE_PERIODS);
  // ag-charts would draw its own English "No data" text; say it in the UI language instead.
  const empty = !points.some((point) => lines.some((line) => (point[line.key] ?? null) !== null));
  return (
    <figure className="pito-chart" data-testid={testId}>
      {empty ? (
        <>
          <figcaption className="pito-chart-title">{title}</figcaption>
          <p className="pito-muted">{t('ui.charts.noFigures', { figures: lines[0]?.name ?? '' })}</p>
        </>
      ) : (
        <AgCharts options={options} className="pito-chart-canvas" />
      )}
      <table className="sr-only" data-testid={`${testId}-data`}>
        <caption>
          {t('ui.charts.dataTable')}{' '}
          {recent.length < points.length && t('ui.charts.shownRecent', { count: recent.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('metric.label.name')}</th>
            {lines.map((line) => (
              <th scope="col" key={line.key}>
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {recent.map((point, index) => (
            <tr key={`${index}:${point.label}`} data-period={point.label}>
              <th scope="row">{point.label}</th>
              {lines.map((line) => (
                <td key={line.key} data-key={line.key} title={line.caveat?.(point) ?? undefined}>
                  {format(point[line.key] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
