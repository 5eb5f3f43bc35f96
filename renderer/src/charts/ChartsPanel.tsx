/**
 * The registry's period charts (retention and churn, NPS with its margin of error) and the
 * cohorts: their retention curves beside the heatmap. The charts get the workspace's settled
 * periods (updated once the edited cell is painted) and are memoised, so typing in the grid
 * never waits for a redraw.
 */
import { memo, useMemo } from 'react';
import type { CohortTable, PeriodRow } from '../../../shared/document';
import { figureNameKey } from '../../../shared/figures/figureText';
import type { Formatters } from '../format/formatters';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { uncertaintyText } from '../../../shared/figures/uncertainty';
import { CHART_PERIODS, periodPoints, type PeriodPoint } from './chartData';
import { PERIOD_CHARTS, type ChartSeries, type ChartSpec } from './chartList';
import { CohortCurves } from './CohortCurves';
import { TABLE_COHORTS } from './cohortData';
import { CohortHeatmap } from './CohortHeatmap';
import { PeriodChart } from './PeriodChart';
import type { ChartLine } from './periodChartOptions';

interface ChartsPanelProps {
  periods: readonly PeriodRow[];
  cohorts: CohortTable | null;
  formatters: Formatters;
}

function lineName(series: ChartSeries, t: Translate): string {
  const name = t(figureNameKey(series.figure));
  if (series.band === null) return name;
  return t(series.band === 'Upper' ? 'ui.charts.bandUpper' : 'ui.charts.bandLower', { name });
}

function ChartOf({
  chart,
  periods,
  formatters,
}: {
  chart: ChartSpec;
  periods: readonly PeriodRow[];
  formatters: Formatters;
}) {
  const { t } = useI18n();
  const points = useMemo(() => periodPoints(periods.slice(-CHART_PERIODS), chart), [periods, chart]);
  const lines = useMemo<ChartLine[]>(
    () =>
      chart.series.map((series) => ({
        key: series.key,
        name: lineName(series, t),
        color: series.color,
        dashed: series.band !== null,
        caveat: (point: PeriodPoint) => {
          const uncertainty = point.uncertain?.[series.figure];
          if (series.band !== null || uncertainty === undefined) return null;
          const { key, params } = uncertaintyText(uncertainty);
          return t(key, params);
        },
      })),
    [chart, t],
  );
  // Every line of a chart is in the unit of its first figure (the registry groups them so).
  const first = chart.series[0];
  const format = first ? formatters.figure(first.figure) : formatters.count;
  return (
    <PeriodChart
      testId={chart.testId}
      title={t(chart.title)}
      points={points}
      lines={lines}
      format={format}
      range={chart.range}
    />
  );
}

export const ChartsPanel = memo(function ChartsPanel({ periods, cohorts, formatters }: ChartsPanelProps) {
  const { t } = useI18n();
  const cohortRows = useMemo(() => cohorts?.rows.slice(-TABLE_COHORTS) ?? [], [cohorts]);
  const heatmap = <CohortHeatmap rows={cohortRows} cohortCount={cohorts?.rows.length ?? 0} formatters={formatters} />;
  return (
    <section className="pito-charts" data-testid="charts" aria-label={t('ui.charts.label')}>
      {periods.length > CHART_PERIODS && (
        <p className="pito-muted pito-charts-note">{t('ui.charts.shownRecent', { count: CHART_PERIODS })}</p>
      )}
      {/* The period charts a row of their own, so the cohorts' pair always starts a row. */}
      <div className="pito-chart-row">
        {PERIOD_CHARTS.map((chart) => (
          <ChartOf key={chart.id} chart={chart} periods={periods} formatters={formatters} />
        ))}
      </div>
      {cohorts && cohortRows.length > 0 ? (
        // The curves beside the heatmap, the pair a row of its own (stacked where it is too narrow for two).
        <div className="pito-chart-row pito-cohorts" data-testid="cohort-panel">
          <CohortCurves rows={cohortRows} periodKind={cohorts.periodKind} formatters={formatters} />
          {heatmap}
        </div>
      ) : (
        heatmap
      )}
    </section>
  );
});
