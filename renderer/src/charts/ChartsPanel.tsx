/**
 * Retention and churn, NPS with its margin of error, and the cohort heatmap. The charts
 * get the workspace's settled periods (updated once the edited cell is painted) and are
 * memoised, so typing in the grid never waits for a redraw.
 */
import { memo, useMemo } from 'react';
import type { CohortTable, PeriodRow } from '../../../shared/document';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import { CHART_PERIODS, periodPoints } from './chartData';
import { CohortHeatmap } from './CohortHeatmap';
import { PeriodChart } from './PeriodChart';
import type { ChartLine } from './periodChartOptions';

const PERCENT_RANGE = [0, 100] as const;
const NPS_RANGE = [-100, 100] as const;

interface ChartsPanelProps {
  periods: readonly PeriodRow[];
  cohorts: CohortTable | null;
  formatters: Formatters;
}

export const ChartsPanel = memo(function ChartsPanel({ periods, cohorts, formatters }: ChartsPanelProps) {
  const { t } = useI18n();
  const points = useMemo(() => periodPoints(periods.slice(-CHART_PERIODS)), [periods]);
  const retentionLines = useMemo<ChartLine[]>(
    () => [
      { key: 'retention', name: t('metric.retentionRate.name'), color: '#1f77b4' },
      { key: 'churn', name: t('metric.churnRate.name'), color: '#d62728' },
    ],
    [t],
  );
  const npsLines = useMemo<ChartLine[]>(
    () => [
      { key: 'nps', name: t('metric.nps.name'), color: '#2ca02c' },
      { key: 'npsUpper', name: t('ui.charts.npsUpper'), color: '#7fbf7f', dashed: true },
      { key: 'npsLower', name: t('ui.charts.npsLower'), color: '#7fbf7f', dashed: true },
    ],
    [t],
  );
  return (
    <section className="pito-charts" data-testid="charts" aria-label={t('ui.charts.label')}>
      {periods.length > CHART_PERIODS && (
        <p className="pito-muted pito-charts-note">{t('ui.charts.shownRecent', { count: CHART_PERIODS })}</p>
      )}
      <PeriodChart
        testId="retention-chart"
        title={t('ui.charts.retentionTitle')}
        points={points}
        lines={retentionLines}
        format={formatters.percent}
        range={PERCENT_RANGE}
      />
      <PeriodChart
        testId="nps-chart"
        title={t('ui.charts.npsTitle')}
        points={points}
        lines={npsLines}
        format={formatters.score}
        range={NPS_RANGE}
      />
      <CohortHeatmap cohorts={cohorts} formatters={formatters} />
    </section>
  );
});
