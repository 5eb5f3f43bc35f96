/**
 * The cohort retention curves beside the heatmap: one line per cohort (the latest
 * CURVE_COHORTS of the table's) and their average in bold. The same figures are in the
 * heatmap beside it, the average as its last row, so the canvas needs no text table of its own.
 */
import { useMemo } from 'react';
import { AllCommunityModule, ModuleRegistry } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import type { CohortRow } from '../../../shared/document';
import type { PeriodKind } from '../../../shared/periods';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import { cohortCurves } from './cohortData';
import { cohortCurvesOptions } from './cohortCurvesOptions';

ModuleRegistry.registerModules(AllCommunityModule);

interface CohortCurvesProps {
  /** The cohorts the panel shows (the heatmap's rows), oldest first. */
  rows: readonly CohortRow[];
  periodKind: PeriodKind;
  formatters: Formatters;
}

export function CohortCurves({ rows, periodKind, formatters }: CohortCurvesProps) {
  const { t, language } = useI18n();
  const curves = useMemo(() => cohortCurves(rows), [rows]);
  const options = useMemo(
    () =>
      cohortCurvesOptions({
        cohorts: curves.cohorts,
        average: curves.average,
        periodKind,
        language,
        t,
        formatters,
      }),
    [curves, periodKind, language, t, formatters],
  );
  const cohortsWithCustomers = curves.cohorts.length + curves.older;
  return (
    <figure
      className="pito-chart pito-cohort-curves"
      data-testid="cohort-curves"
      data-lines={[...curves.cohorts.map((curve) => curve.label), 'average'].join(' ')}
    >
      <figcaption>{t('ui.cohorts.curvesTitle')}</figcaption>
      {cohortsWithCustomers === 0 ? (
        <p className="pito-muted">{t('ui.charts.cohortNone')}</p>
      ) : (
        <>
          <AgCharts options={options} className="pito-chart-canvas" />
          <p className="pito-muted pito-cohort-note" data-testid="cohort-curves-note">
            {t('ui.cohorts.averageDefinition', { count: cohortsWithCustomers })}{' '}
            {curves.older > 0 && t('ui.cohorts.curvesRecent', { shown: curves.cohorts.length })}{' '}
            {t('ui.cohorts.legendHint')}
          </p>
        </>
      )}
    </figure>
  );
}
