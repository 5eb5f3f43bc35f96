/**
 * The ag-charts options of the cohort retention curves: x = age in periods (+0, +1, …),
 * y = % of the cohort still customers; one thin line per cohort (oldest to newest in the
 * palette of cohortCurves.ts) and the average as a bold line on top. Every text follows
 * the UI language: the library's own from its locale catalog, the tooltips and axis labels
 * from the app's catalogs and Intl formatters (`70,8 %`, `1 234 / 1 500`).
 */
import type {
  AgCartesianChartOptions,
  AgLineSeriesOptions,
  AgLineSeriesTooltipRendererParams,
} from 'ag-charts-community';
import type { UiLanguage } from '../../../shared/document';
import type { PeriodKind } from '../../../shared/periods';
import type { Formatters } from '../format/formatters';
import type { Translate } from '../i18n/I18nContext';
import { AVERAGE_COLOR, curveColor, type CohortCurve, type CurvePoint } from './cohortData';
import { CHART_LOCALES } from './periodChartOptions';

export interface CohortCurvesSpec {
  /** The cohorts' curves, oldest first. */
  cohorts: readonly CohortCurve[];
  average: CohortCurve;
  periodKind: PeriodKind;
  language: UiLanguage;
  t: Translate;
  formatters: Formatters;
}

/** At most about a dozen age ticks: every age, every 2nd, 3rd, 6th, 12th, … (whole periods only). */
export function ageTicks(lastAge: number): number[] {
  const steps = [1, 2, 3, 6, 12, 24, 60, 120];
  const step = steps.find((candidate) => lastAge / candidate <= 12) ?? Math.ceil(lastAge / 12);
  return Array.from({ length: Math.floor(lastAge / step) + 1 }, (_, index) => index * step);
}

export function cohortCurvesOptions(spec: CohortCurvesSpec): AgCartesianChartOptions {
  const { t, formatters } = spec;
  const ageLabel = (age: number) => t('ui.charts.cohortAge', { age });
  const lastAge = Math.max(1, ...[...spec.cohorts, spec.average].map((curve) => curve.points.length - 1));
  const axisPercent = new Intl.NumberFormat(formatters.locale, { style: 'percent', maximumFractionDigits: 0 });
  const averageName = t('ui.cohorts.average');

  const line = (curve: CohortCurve, color: string): AgLineSeriesOptions<CurvePoint> => {
    const average = curve.label === null;
    const name = curve.label ?? averageName;
    return {
      type: 'line',
      data: curve.points,
      xKey: 'age',
      yKey: 'share',
      xName: t('ui.cohorts.age'),
      yName: name,
      stroke: color,
      strokeWidth: average ? 3.5 : 1.5,
      // A cohort observed at +0 only is a single point: without a marker it would not show.
      marker: {
        enabled: average || curve.points.length === 1,
        fill: color,
        stroke: color,
        size: average ? 6 : 5,
      },
      tooltip: {
        renderer: ({ datum }: AgLineSeriesTooltipRendererParams<CurvePoint>) => ({
          heading: name,
          data: [
            { label: t('ui.cohorts.age'), value: ageLabel(datum.age) },
            { label: t('ui.cohorts.share'), value: formatters.percent(datum.share) },
            {
              label: t('ui.cohorts.customers'),
              value: t('ui.cohorts.customersOf', { active: datum.active, size: datum.size }),
            },
            ...(datum.cohorts === undefined
              ? []
              : [{ label: t('ui.cohorts.cohorts'), value: formatters.count(datum.cohorts) }]),
          ],
        }),
      },
    };
  };

  return {
    background: { visible: false },
    animation: { enabled: false },
    locale: { localeText: CHART_LOCALES[spec.language] },
    // The average last, so it is drawn over the cohorts' lines.
    series: [
      ...spec.cohorts.map((curve, index) => line(curve, curveColor(index, spec.cohorts.length))),
      line(spec.average, AVERAGE_COLOR),
    ],
    axes: {
      x: {
        type: 'number',
        position: 'bottom',
        min: 0,
        max: lastAge,
        nice: false,
        interval: { values: ageTicks(lastAge) },
        label: { formatter: ({ value }: { value: number }) => ageLabel(value) },
        title: { text: t(`ui.cohorts.ageAxis.${spec.periodKind}`), fontSize: 12 },
      },
      y: {
        type: 'number',
        position: 'left',
        min: 0,
        max: 100,
        interval: { values: [0, 25, 50, 75, 100] },
        label: { formatter: ({ value }: { value: number }) => axisPercent.format(value / 100) },
      },
    },
    // The average first, then the newest cohorts: the lines a reader looks for first.
    // One column on the right: a legend below would need rows (or pages) and take the plot's height.
    legend: {
      position: 'right',
      orientation: 'vertical',
      reverseOrder: true,
      spacing: 12,
      item: { padding: 2, label: { fontSize: 11 } },
    },
  };
}
