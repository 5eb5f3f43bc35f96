/**
 * Retention and churn, NPS with its margin of error, and the cohort heatmap. The charts
 * follow edits through a deferred value, so typing in the grid never waits for a redraw.
 */
import { useDeferredValue, useMemo } from 'react';
import type { PitoDocument } from '../../../shared/document';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import { CHART_PERIODS, periodPoints } from './chartData';
import { CohortHeatmap } from './CohortHeatmap';
import { PeriodChart, type ChartLine } from './PeriodChart';

const PERCENT_RANGE: [number, number] = [0, 100];
const NPS_RANGE: [number, number] = [-100, 100];

export function ChartsPanel({ document, formatters }: { document: PitoDocument; formatters: Formatters }) {
  const { t } = useI18n();
  const periods = useDeferredValue(document.periods);
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
      <CohortHeatmap cohorts={document.cohorts} formatters={formatters} />
    </section>
  );
}
